using NeuralNetLessons.Data;
using TorchSharp;
using Xunit;
using static TorchSharp.torch;

namespace NeuralNetLessons.Tests.Data;

/// <summary>
/// Fashion-MNIST: found at a path, FASHION_MNIST_DIR, data/fashion-mnist upwards, then where
/// Debian's package dataset-fashion-mnist puts it, and downloaded as MNIST is when none of them has it
/// (the download itself is tested in <see cref="MnistTests"/>: the same code).
/// </summary>
public class FashionMnistTests
{
    static readonly Func<string, string?> NoEnvironment = _ => null;

    static string Unused(string folder) => throw new InvalidOperationException($"unexpected download into {folder}");

    static string Locate(string? path, TextWriter? log, IReadOnlyList<string> startFolders, string debianFolder) =>
        FashionMnist.Locate(path, log, NoEnvironment, startFolders, debianFolder, "", Unused);

    [Fact]
    public void Debian_s_folder_comes_after_the_data_folder_and_is_taken_when_nothing_else_is_found()
    {
        using var temp = new TempFolder();
        string dataFolder = TestIdx.DataSet(temp.Combine("repo", "data", "fashion-mnist"));
        string debian = TestIdx.DataSet(temp.Combine("usr", "share", "datasets", "fashion-mnist"));
        var log = new StringWriter();

        Assert.Equal(dataFolder, Locate(null, null, [temp.Combine("repo")], debian));
        Assert.Equal(debian, Locate(null, log, [temp.Combine("usr")], debian));
        Assert.Equal($"Fashion-MNIST: {debian}", log.ToString().Trim());
    }

    [Fact]
    public void Debian_s_folder_is_checked_like_any_other()
    {
        using var temp = new TempFolder();
        string debian = TestIdx.DataSet(temp.Combine("fashion-mnist"), train: 4, testLabels: 3);

        var error = Assert.Throws<InvalidDataException>(() => Locate(null, null, [temp.Path], debian));

        Assert.Contains("holds 2 images but", error.Message);
    }

    [Fact]
    public void Found_nowhere_it_is_downloaded_into_the_repository_s_data_folder_and_checked()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.Combine("data"));
        File.WriteAllText(temp.Combine("data", "README.md"), "data");
        string? parentGiven = null;

        string folder = FashionMnist.Locate(null, null, NoEnvironment, [temp.Path], temp.Combine("not-installed"), temp.Combine("cache"),
            parent => TestIdx.DataSet(Path.Combine(parentGiven = parent, "fashion-mnist")));

        Assert.Equal(temp.Combine("data"), parentGiven);
        Assert.Equal(temp.Combine("data", "fashion-mnist"), folder);
    }

    [Fact]
    public void A_download_that_is_not_Fashion_MNIST_is_an_error_that_says_so()
    {
        using var temp = new TempFolder();

        var error = Assert.Throws<InvalidDataException>(() => FashionMnist.Locate(
            null, null, NoEnvironment, [temp.Path], temp.Combine("not-installed"), temp.Combine("cache"),
            parent => TestIdx.DataSet(Path.Combine(parent, "fashion-mnist"), train: 4, testLabels: 3)));

        Assert.StartsWith(temp.Combine("cache", "fashion-mnist"), error.Message);
        Assert.Contains("holds 2 images but", error.Message);
    }

    [Fact]
    public void The_download_is_the_four_published_files_the_README_names_with_their_sizes_and_MD5s()
    {
        string readme = File.ReadAllText(Path.Combine(Notebooks.RepositoryPaths.Root, "data", "README.md"));

        Assert.Equal(IdxDataSet.FileNames, FashionMnist.Download.Files.Select(file => file.Name));
        Assert.Equal("fashion-mnist", FashionMnist.Download.Folder);
        foreach (RemoteFile file in FashionMnist.Download.Files)
        {
            Assert.StartsWith("https://raw.githubusercontent.com/zalandoresearch/fashion-mnist/master/data/fashion/", file.Url.ToString());
            Assert.Contains(FormattableString.Invariant($"| `{file.Name}` | {file.Size:N0} | `{file.Md5}` |"), readme);
        }
    }

    [Fact]
    public void A_folder_that_is_not_Fashion_MNIST_is_an_error_that_says_so()
    {
        using var temp = new TempFolder();

        var error = Assert.Throws<InvalidDataException>(() => Locate(temp.Path, null, [], temp.Combine("none")));

        Assert.StartsWith($"The path given names {temp.Path}, which does not hold Fashion-MNIST: train-images-idx3-ubyte.gz", error.Message);
    }

    [SkippableFact]
    public void Debian_s_package_is_found_checked_and_loaded_whole()
    {
        Skip.IfNot(Directory.Exists(FashionMnist.DebianFolder),
            $"Debian's package dataset-fashion-mnist is not installed ({FashionMnist.DebianFolder} does not exist): apt-get install dataset-fashion-mnist");
        using var temp = new TempFolder();
        var log = new StringWriter();

        string folder = Locate(null, log, [temp.Path], FashionMnist.DebianFolder);
        using TrainAndTest sets = FashionMnist.Load(folder, flatten: true);

        Assert.Equal(FashionMnist.DebianFolder, folder);
        Assert.Equal($"Fashion-MNIST: {folder}", log.ToString().Trim());
        Assert.Equal([60000L, 784L], sets.Train.Images.shape);
        Assert.Equal([10000L, 784L], sets.Test.Images.shape);
        Assert.Equal(ScalarType.Float32, sets.Train.Images.dtype);
        Assert.InRange(sets.Train.Images.max().item<float>(), 0.99f, 1f);
        // Fashion-MNIST is balanced: 6,000 training and 1,000 test pictures of each class.
        Assert.All(torch.bincount(sets.Train.Labels, minlength: 10).data<long>().ToArray(), count => Assert.Equal(6000, count));
        Assert.All(torch.bincount(sets.Test.Labels, minlength: 10).data<long>().ToArray(), count => Assert.Equal(1000, count));
        // The first training picture is an ankle boot, the first test picture too.
        Assert.Equal("Ankle boot", FashionMnist.ClassNames[(int)sets.Train.Labels[0].item<long>()]);
        Assert.Equal("Ankle boot", FashionMnist.ClassNames[(int)sets.Test.Labels[0].item<long>()]);
    }
}
