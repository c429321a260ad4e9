using NeuralNetLessons.Data;
using Xunit;
namespace NeuralNetLessons.Tests.Data;

public class MnistTinyTests
{
    static readonly Func<string, string?> NoEnvironment = _ => null;

    static string Unused(string folder) => throw new InvalidOperationException($"unexpected download into {folder}");

    /// <summary>A miniature data set: one PNG per class folder, labels.csv listing <paramref name="train3Rows"/> rows for train/3.</summary>
    static string MakeDataSet(string root, int train3Rows = 1)
    {
        var rows = new List<string> { "name,label" };
        foreach (string classFolder in new[] { "train/3", "train/7", "valid/3", "valid/7" })
        {
            Directory.CreateDirectory(Path.Combine(root, classFolder));
            File.WriteAllBytes(Path.Combine(root, classFolder, "1.png"), TestImages.GreyPng());
            int count = classFolder == "train/3" ? train3Rows : 1;
            rows.AddRange(Enumerable.Range(1, count).Select(i => $"{classFolder}/{i}.png,{classFolder[^1]}"));
        }
        File.WriteAllLines(Path.Combine(root, "labels.csv"), rows);
        return root;
    }

    [Fact]
    public void Given_path_to_the_real_data_is_checked_and_returned()
    {
        var log = new StringWriter();
        string root = MnistTiny.Locate(TestData.MnistTinyRoot, log);

        Assert.Equal(Path.GetFullPath(TestData.MnistTinyRoot), root);
        Assert.Contains(root, log.ToString());
    }

    [Fact]
    public void Given_path_wins_over_everything_else()
    {
        using var temp = new TempFolder();
        string given = MakeDataSet(temp.Combine("given"));
        string other = MakeDataSet(temp.Combine("other"));

        string root = MnistTiny.Folder.FindOrDownload(given, null, _ => other, [temp.Path], temp.Path, Unused);

        Assert.Equal(given, root);
    }

    [Fact]
    public void Given_path_that_does_not_exist_is_an_error_naming_it()
    {
        using var temp = new TempFolder();
        string missing = temp.Combine("nowhere");

        var error = Assert.Throws<DirectoryNotFoundException>(
            () => MnistTiny.Folder.FindOrDownload(missing, null, NoEnvironment, [temp.Path], temp.Path, Unused));

        Assert.Contains(missing, error.Message);
    }

    [Fact]
    public void Given_path_that_is_not_the_data_set_is_an_error_naming_it()
    {
        using var temp = new TempFolder();

        var error = Assert.Throws<InvalidDataException>(
            () => MnistTiny.Folder.FindOrDownload(temp.Path, null, NoEnvironment, [temp.Path], temp.Path, Unused));

        Assert.Contains(temp.Path, error.Message);
        Assert.Contains("train/ and valid/", error.Message);
    }

    [Fact]
    public void Environment_variable_is_used_when_no_path_is_given()
    {
        using var temp = new TempFolder();
        string fromEnvironment = MakeDataSet(temp.Combine("elsewhere"));
        MakeDataSet(temp.Combine("data", "mnist_tiny"));

        string root = MnistTiny.Folder.FindOrDownload(
            null, null, name => name == "MNIST_TINY_DIR" ? fromEnvironment : null, [temp.Path], temp.Path, Unused);

        Assert.Equal(fromEnvironment, root);
    }

    [Fact]
    public void Environment_variable_naming_a_missing_folder_is_an_error_naming_both()
    {
        using var temp = new TempFolder();
        string missing = temp.Combine("nowhere");

        var error = Assert.Throws<DirectoryNotFoundException>(
            () => MnistTiny.Folder.FindOrDownload(null, null, _ => missing, [temp.Path], temp.Path, Unused));

        Assert.Contains("MNIST_TINY_DIR", error.Message);
        Assert.Contains(missing, error.Message);
    }

    [Fact]
    public void Repository_data_folder_is_found_walking_up()
    {
        using var temp = new TempFolder();
        string expected = MakeDataSet(temp.Combine("repo", "data", "mnist_tiny"));
        string deep = Directory.CreateDirectory(temp.Combine("repo", "notebooks", "lesson")).FullName;

        string root = MnistTiny.Folder.FindOrDownload(null, null, NoEnvironment, [deep], temp.Combine("cache"), Unused);

        Assert.Equal(expected, root);
    }

    [Fact]
    public void Second_start_folder_is_tried_when_the_first_finds_nothing()
    {
        using var temp = new TempFolder();
        string nothingAbove = Directory.CreateDirectory(temp.Combine("a")).FullName;
        string expected = MakeDataSet(temp.Combine("app", "data", "mnist_tiny"));
        string binFolder = Directory.CreateDirectory(temp.Combine("app", "bin")).FullName;

        string root = MnistTiny.Folder.FindOrDownload(null, null, NoEnvironment, [nothingAbove, binFolder], temp.Combine("cache"), Unused);

        Assert.Equal(expected, root);
    }

    [Fact]
    public void Missing_data_is_downloaded_into_the_repository_data_folder()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.Combine("repo", "data"));
        File.WriteAllText(temp.Combine("repo", "data", "README.md"), "data");
        string deep = Directory.CreateDirectory(temp.Combine("repo", "notebooks")).FullName;
        var downloads = new List<string>();

        string root = MnistTiny.Folder.FindOrDownload(null, null, NoEnvironment, [deep], temp.Combine("cache"), folder =>
        {
            downloads.Add(folder);
            return MakeDataSet(Path.Combine(folder, "mnist_tiny"));
        });

        Assert.Equal([temp.Combine("repo", "data")], downloads);
        Assert.Equal(temp.Combine("repo", "data", "mnist_tiny"), root);
    }

    [Fact]
    public void Outside_a_repository_the_download_goes_to_the_cache_folder()
    {
        using var temp = new TempFolder();
        var downloads = new List<string>();

        string root = MnistTiny.Folder.FindOrDownload(null, null, NoEnvironment, [temp.Path], temp.Combine("cache"), folder =>
        {
            downloads.Add(folder);
            return MakeDataSet(Path.Combine(folder, "mnist_tiny"));
        });

        Assert.Equal([temp.Combine("cache")], downloads);
        Assert.Equal(temp.Combine("cache", "mnist_tiny"), root);
    }

    [Fact]
    public void Download_from_a_loopback_server_end_to_end()
    {
        byte[] tgz = TestArchives.GoodMnistTiny();
        using var server = new LoopbackServer(tgz);
        using var http = new HttpClient();
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.Combine("data"));
        File.WriteAllText(temp.Combine("data", "README.md"), "data");
        var archive = TestArchives.Describe(tgz, server.Url);
        var log = new StringWriter();

        string root = MnistTiny.Folder.FindOrDownload(null, log, NoEnvironment, [temp.Path], temp.Combine("cache"),
            folder => archive.DownloadInto(folder, log, http));

        Assert.Equal(temp.Combine("data", "mnist_tiny"), root);
        Assert.Equal(["1.png"], Directory.GetFiles(Path.Combine(root, "train", "3")).Select(Path.GetFileName));
        Assert.Equal(1, server.Requests);
        Assert.Contains("100%", log.ToString());

        // The second time the copy is found walking up, without asking the server.
        Assert.Equal(root, MnistTiny.Folder.FindOrDownload(null, null, NoEnvironment, [temp.Path], temp.Combine("cache"), Unused));
        Assert.Equal(1, server.Requests);
    }

    [Fact]
    public void Folder_counts_different_from_labels_CSV_are_an_error()
    {
        using var temp = new TempFolder();
        string incomplete = MakeDataSet(temp.Combine("data", "mnist_tiny"), train3Rows: 346);

        var error = Assert.Throws<InvalidDataException>(
            () => MnistTiny.Folder.FindOrDownload(null, null, NoEnvironment, [temp.Path], temp.Combine("cache"), Unused));

        Assert.Contains(incomplete, error.Message);
        Assert.Contains("train/3 has 1 PNGs, labels.csv lists 346", error.Message);
        Assert.Contains("Delete the folder", error.Message);
    }
}
