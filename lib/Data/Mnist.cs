namespace NeuralNetLessons.Data;

/// <summary>
/// Finds and loads MNIST (Y. LeCun, C. Cortes, C. J. C. Burges): 60,000 training and 10,000 test
/// images of the ten handwritten digits, 28x28 grey, in the four published IDX files. It is found
/// the way <see cref="MnistTiny"/> is, and downloaded if there is no copy yet: the C# counterpart
/// of torchvision's <c>datasets.MNIST(download=True)</c>.
/// </summary>
public static class Mnist
{
    /// <summary>Environment variable that may name the data set's folder.</summary>
    public const string EnvironmentVariable = "MNIST_DIR";

    /// <summary>The mirror torchvision downloads MNIST from.</summary>
    static readonly Uri Mirror = new("https://ossci-datasets.s3.amazonaws.com/mnist/");

    /// <summary>The four published files, with the sizes and MD5s torchvision checks (see data/README.md).</summary>
    internal static DataSetFiles Download { get; } = new(
        "mnist",
        [
            new RemoteFile(new Uri(Mirror, "train-images-idx3-ubyte.gz"), 9_912_422, "f68b3c2dcbeaaa9fbdd348bbdeb94873"),
            new RemoteFile(new Uri(Mirror, "train-labels-idx1-ubyte.gz"), 28_881, "d53e105ee54ea40749a09fcbcd1e9432"),
            new RemoteFile(new Uri(Mirror, "t10k-images-idx3-ubyte.gz"), 1_648_877, "9fb629c4189551a2d022fa330f9573f3"),
            new RemoteFile(new Uri(Mirror, "t10k-labels-idx1-ubyte.gz"), 4_542, "ec29112dd5afa0611ce80d1b7f02629c"),
        ],
        EnvironmentVariable);

    /// <summary>Where MNIST is looked for, and how a folder is checked.</summary>
    internal static DataSetFolder Folder { get; } = new("MNIST", EnvironmentVariable, "mnist", (root, source) => IdxDataSet.Check(root, "MNIST", source));

    /// <summary>
    /// Returns the folder holding MNIST's four files, looking in order at: <paramref name="path"/>;
    /// the folder named by <see cref="EnvironmentVariable"/>; <c>data/mnist</c> in the current folder
    /// or one above it (then the same from the application's folder). Failing all those it downloads
    /// the four files (11 MB) into the repository's <c>data/mnist</c> (beside data/README.md), or,
    /// outside the repository, into a per-user cache folder, checking each one's size and MD5; the
    /// folder appears only when all four are complete. Every folder found is checked: the four
    /// files, their IDX headers, one label per image, and each file's size. Download progress goes
    /// to <paramref name="log"/>, or to the console (a notebook cell's output) when none is given.
    /// </summary>
    public static string Locate(string? path = null, TextWriter? log = null) =>
        Folder.FindOrDownload(path, log, folder => Download.DownloadInto(folder, log ?? Console.Out));

    /// <summary>
    /// Reads the training part (train-*, MNIST: 60,000) and the test part (t10k-*, 10,000) of the
    /// data set in <paramref name="folder"/> (as <see cref="Locate"/> returns it): images float32
    /// in [0, 1], [N, 28, 28] or with <paramref name="flatten"/> [N, 784]; labels int64 [N], the
    /// digits 0 to 9. Dispose the result to free its tensors.
    /// </summary>
    public static TrainAndTest Load(string folder, bool flatten = false) => IdxDataSet.Load(folder, "MNIST", flatten);
}
