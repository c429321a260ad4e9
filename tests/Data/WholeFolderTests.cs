using NeuralNetLessons.Data;
using Xunit;

namespace NeuralNetLessons.Tests.Data;

/// <summary>Folders made whole or not at all, as downloaded data sets are.</summary>
public class WholeFolderTests
{
    [Fact]
    public void Fills_a_scratch_folder_beside_the_target_then_renames_it()
    {
        using var temp = new TempFolder();
        var seenWhileFilling = new List<string[]>();

        string full = WholeFolder.Create(temp.Combine("data", "set"), folder =>
        {
            File.WriteAllText(Path.Combine(folder, "a.txt"), "whole");
            seenWhileFilling.Add(temp.Contents());
            return folder;
        });

        string[] during = Assert.Single(seenWhileFilling);
        Assert.Equal(3, during.Length);
        Assert.Matches(@"^data/\.set\.[0-9a-f]{32}\.tmp/a\.txt$", during[2]);
        Assert.Equal(temp.Combine("data", "set"), full);
        Assert.Equal(["data", "data/set", "data/set/a.txt"], temp.Contents());
    }

    [Fact]
    public void A_folder_inside_the_scratch_folder_can_be_the_one_moved_into_place()
    {
        using var temp = new TempFolder();

        WholeFolder.Create(temp.Combine("set"), folder =>
        {
            string inner = Directory.CreateDirectory(Path.Combine(folder, "unpacked", "set")).FullName;
            File.WriteAllText(Path.Combine(folder, "download.tgz"), "archive");
            File.WriteAllText(Path.Combine(inner, "a.txt"), "whole");
            return inner;
        });

        Assert.Equal(["set", "set/a.txt"], temp.Contents());
    }

    [Fact]
    public void A_fill_that_fails_halfway_leaves_nothing_behind()
    {
        using var temp = new TempFolder();

        Assert.Throws<IOException>(() => WholeFolder.Create(temp.Combine("set"), folder =>
        {
            File.WriteAllText(Path.Combine(folder, "half.txt"), "half");
            throw new IOException("the line broke");
        }));

        Assert.Empty(temp.Contents());
    }

    [Fact]
    public void An_existing_target_is_kept_and_not_filled_again()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.Combine("set"));

        string full = WholeFolder.Create(temp.Combine("set"), _ => throw new InvalidOperationException("not to be called"));

        Assert.Equal(temp.Combine("set"), full);
    }

    [Fact]
    public void A_target_another_process_made_meanwhile_is_kept_and_the_scratch_folder_removed()
    {
        using var temp = new TempFolder();

        string full = WholeFolder.Create(temp.Combine("set"), folder =>
        {
            Directory.CreateDirectory(temp.Combine("set"));
            File.WriteAllText(temp.Combine("set", "theirs.txt"), "first");
            File.WriteAllText(Path.Combine(folder, "ours.txt"), "second");
            return folder;
        });

        Assert.Equal(temp.Combine("set"), full);
        Assert.Equal(["set", "set/theirs.txt"], temp.Contents());
    }
}
