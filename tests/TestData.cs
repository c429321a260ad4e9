using NeuralNetLessons.Data;
namespace NeuralNetLessons.Tests;

/// <summary>Where the tests find the real MNIST_TINY, and throw-away folders for everything else.</summary>
static class TestData
{
    /// <summary>
    /// The real data set: <c>MNIST_TINY_DIR</c> if set (CI sets it), else <c>../shared/data/mnist_tiny</c>
    /// beside the repository where that copy exists, else wherever <see cref="MnistTiny.Locate(string?, TextWriter?)"/>
    /// finds or downloads it, as for a user.
    /// </summary>
    public static string MnistTinyRoot { get; } = FindRealData();

    /// <summary>
    /// Real MNIST digits of all ten classes in the original IDX files, for tests on machines without
    /// the internet: <c>../shared/data/mnist-small</c> beside the repository (8,000 train and 2,000
    /// test images, see its README); null where that copy is not there.
    /// </summary>
    public static string? MnistSmallRoot { get; } = Beside("mnist-small");

    /// <summary>
    /// The MNIST the notebooks are given, found as <see cref="MnistTinyRoot"/> is: <c>MNIST_DIR</c> if
    /// set (CI sets it), else <c>../shared/data/mnist-small</c> beside the repository; null where
    /// neither is there, and then a notebook finds or downloads MNIST itself, as for a user.
    /// </summary>
    public static string? MnistRoot { get; } =
        Environment.GetEnvironmentVariable(Mnist.EnvironmentVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment : MnistSmallRoot;

    /// <summary>
    /// Fashion-MNIST where this machine has it: <c>FASHION_MNIST_DIR</c> if set, else the folder Debian's
    /// package <c>dataset-fashion-mnist</c> installs; null where neither is there. The tests never download it.
    /// </summary>
    public static string? FashionMnistRoot { get; } =
        Environment.GetEnvironmentVariable(FashionMnist.EnvironmentVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment
        : Directory.Exists(FashionMnist.DebianFolder) ? FashionMnist.DebianFolder : null;

    public static string RealImage(string classFolder, string name) =>
        Path.Combine(MnistTinyRoot, classFolder, name);

    static string FindRealData()
    {
        string? fromEnvironment = Environment.GetEnvironmentVariable(MnistTiny.EnvironmentVariable);
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return fromEnvironment;
        }
        return Beside("mnist_tiny") ?? MnistTiny.Locate();
    }

    /// <summary><c>../shared/data/name</c> beside the repository, where that folder exists.</summary>
    static string? Beside(string name)
    {
        string shared = Path.GetFullPath(Path.Combine(Notebooks.RepositoryPaths.Root, "..", "shared", "data", name));
        return Directory.Exists(shared) ? shared : null;
    }
}

/// <summary>A fresh empty folder under the system temp folder, deleted on Dispose.</summary>
sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("nnl-test-").FullName;

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    /// <summary>Every file and folder below this one, relative, sorted: what a test left behind.</summary>
    public string[] Contents() =>
        Directory.GetFileSystemEntries(Path, "*", SearchOption.AllDirectories)
            .Select(entry => System.IO.Path.GetRelativePath(Path, entry))
            .Order(StringComparer.Ordinal)
            .ToArray();

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
