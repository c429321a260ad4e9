using NeuralNetLessons.Data;
using Xunit;

namespace NeuralNetLessons.Tests.Data;

/// <summary>Files written whole or not at all, as saved models and sample photos are.</summary>
public class WholeFileTests
{
    [Fact]
    public void Writes_the_file_through_a_temporary_one_creating_its_folder()
    {
        using var temp = new TempFolder();
        string? written = null;

        string full = WholeFile.Write(temp.Combine("new", "file.txt"), temporary =>
        {
            written = temporary;
            File.WriteAllText(temporary, "whole");
        });

        Assert.Equal(temp.Combine("new", "file.txt"), full);
        Assert.Equal("whole", File.ReadAllText(full));
        Assert.NotEqual(full, written);
        Assert.Equal(Path.GetDirectoryName(full), Path.GetDirectoryName(written));
        Assert.Equal(["new", Path.Combine("new", "file.txt")], temp.Contents());
    }

    [Fact]
    public void A_write_that_fails_halfway_keeps_the_old_file_and_leaves_nothing_behind()
    {
        using var temp = new TempFolder();
        string path = temp.Combine("file.txt");
        File.WriteAllText(path, "old");

        Assert.Throws<IOException>(() => WholeFile.Write(path, temporary =>
        {
            File.WriteAllText(temporary, "half");
            throw new IOException("the disk is full");
        }));

        Assert.Equal("old", File.ReadAllText(path));
        Assert.Equal(["file.txt"], temp.Contents());
    }
}
