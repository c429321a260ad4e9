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

    public static string RealImage(string classFolder, string name) =>
        Path.Combine(MnistTinyRoot, classFolder, name);

    static string FindRealData()
    {
        string? fromEnvironment = Environment.GetEnvironmentVariable(MnistTiny.EnvironmentVariable);
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return fromEnvironment;
        }
        string shared = Path.GetFullPath(Path.Combine(Notebooks.RepositoryPaths.Root, "..", "shared", "data", "mnist_tiny"));
        return Directory.Exists(shared) ? shared : MnistTiny.Locate();
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
