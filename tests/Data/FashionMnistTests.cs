using NeuralNetLessons.Data;
using TorchSharp;
using Xunit;
using static TorchSharp.torch;

namespace NeuralNetLessons.Tests.Data;

/// <summary>
/// Fashion-MNIST: found at a path, FASHION_MNIST_DIR, data/fashion-mnist upwards, then where
/// Debian's package dataset-fashion-mnist puts it; never downloaded.
/// </summary>
public class FashionMnistTests
{
    static readonly Func<string, string?> NoEnvironment = _ => null;

    [Fact]
    public void Debian_s_folder_comes_after_the_data_folder_and_is_taken_when_nothing_else_is_found()
    {
        using var temp = new TempFolder();
        string dataFolder = TestIdx.DataSet(temp.Combine("repo", "data", "fashion-mnist"));
        string debian = TestIdx.DataSet(temp.Combine("usr", "share", "datasets", "fashion-mnist"));
        var log = new StringWriter();

        Assert.Equal(dataFolder, FashionMnist.Locate(null, null, NoEnvironment, [temp.Combine("repo")], debian));
        Assert.Equal(debian, FashionMnist.Locate(null, log, NoEnvironment, [temp.Combine("usr")], debian));
        Assert.Equal($"Fashion-MNIST: {debian}", log.ToString().Trim());
    }

    [Fact]
    public void Debian_s_folder_is_checked_like_any_other()
    {
        using var temp = new TempFolder();
        string debian = TestIdx.DataSet(temp.Combine("fashion-mnist"), train: 4, testLabels: 3);

        var error = Assert.Throws<InvalidDataException>(() => FashionMnist.Locate(null, null, NoEnvironment, [temp.Path], debian));

        Assert.Contains("holds 2 images but", error.Message);
    }

    [Fact]
    public void Finding_it_nowhere_is_an_error_saying_how_to_get_it()
    {
        using var temp = new TempFolder();
        string debian = temp.Combine("not-installed");

        var error = Assert.Throws<DirectoryNotFoundException>(() => FashionMnist.Locate(null, null, NoEnvironment, [temp.Path], debian));

        Assert.Contains("Fashion-MNIST was not found", error.Message);
        Assert.Contains("FASHION_MNIST_DIR", error.Message);
        Assert.Contains("data/fashion-mnist", error.Message);
        Assert.Contains("apt-get install dataset-fashion-mnist", error.Message);
        Assert.Contains(debian, error.Message);
    }

    [Fact]
    public void A_folder_that_is_not_Fashion_MNIST_is_an_error_that_says_so()
    {
        using var temp = new TempFolder();

        var error = Assert.Throws<InvalidDataException>(() => FashionMnist.Locate(temp.Path, null, NoEnvironment, [], temp.Combine("none")));

        Assert.StartsWith($"The path given names {temp.Path}, which does not hold Fashion-MNIST: train-images-idx3-ubyte.gz", error.Message);
    }

    [SkippableFact]
    public void Debian_s_package_is_found_checked_and_loaded_whole()
    {
        Skip.IfNot(Directory.Exists(FashionMnist.DebianFolder),
            $"Debian's package dataset-fashion-mnist is not installed ({FashionMnist.DebianFolder} does not exist): apt-get install dataset-fashion-mnist");
        using var temp = new TempFolder();
        var log = new StringWriter();

        string folder = FashionMnist.Locate(null, log, NoEnvironment, [temp.Path], FashionMnist.DebianFolder);
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
