namespace NeuralNetLessons.Data;

/// <summary>
/// Finds and loads Fashion-MNIST (Zalando Research: H. Xiao, K. Rasul, R. Vollgraf): 60,000
/// training and 10,000 test pictures of clothes in ten classes (<see cref="ClassNames"/>), 28x28
/// grey, in the same four IDX files, under the same names, as MNIST. Found as <see cref="Mnist"/> is,
/// then where Debian's package <c>dataset-fashion-mnist</c> installs it (<see cref="DebianFolder"/>),
/// and downloaded if there is no copy: the C# counterpart of torchvision's <c>datasets.FashionMNIST(download=True)</c>.
/// </summary>
public static class FashionMnist
{
    /// <summary>Environment variable that may name the data set's folder.</summary>
    public const string EnvironmentVariable = "FASHION_MNIST_DIR";

    /// <summary>Where Debian's package <c>dataset-fashion-mnist</c> installs the four files.</summary>
    public const string DebianFolder = "/usr/share/datasets/fashion-mnist";

    /// <summary>What each label means, label 0 first, as Fashion-MNIST's README names them.</summary>
    public static IReadOnlyList<string> ClassNames { get; } =
        ["T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"];

    /// <summary>Where Zalando Research publishes the four files, over HTTPS.</summary>
    static readonly Uri Mirror = new("https://raw.githubusercontent.com/zalandoresearch/fashion-mnist/master/data/fashion/");

    /// <summary>The four published files, with the sizes and MD5s torchvision checks (see data/README.md).</summary>
    internal static DataSetFiles Download { get; } = new(
        "fashion-mnist",
        [
            new RemoteFile(new Uri(Mirror, "train-images-idx3-ubyte.gz"), 26_421_880, "8d4fb7e6c68d591d4c3dfef9ec88bf0d"),
            new RemoteFile(new Uri(Mirror, "train-labels-idx1-ubyte.gz"), 29_515, "25c81989df183df01b3e8a0aad5dffbe"),
            new RemoteFile(new Uri(Mirror, "t10k-images-idx3-ubyte.gz"), 4_422_102, "bef4ecab320f06d8554ea6380940ec79"),
            new RemoteFile(new Uri(Mirror, "t10k-labels-idx1-ubyte.gz"), 5_148, "bb300cfdad3c16e7a12a480ee83cd310"),
        ],
        EnvironmentVariable);

    /// <summary>Where Fashion-MNIST is looked for, and how a folder is checked.</summary>
    internal static DataSetFolder Folder { get; } =
        new("Fashion-MNIST", EnvironmentVariable, "fashion-mnist", (root, source) => IdxDataSet.Check(root, "Fashion-MNIST", source));

    /// <summary>
    /// Returns the folder holding Fashion-MNIST's four files, looking in order at:
    /// <paramref name="path"/>; the folder named by <see cref="EnvironmentVariable"/>;
    /// <c>data/fashion-mnist</c> in the current folder or one above it (then the same from the
    /// application's folder); <see cref="DebianFolder"/>. Failing all those it downloads the four files
    /// (30 MB) into the repository's <c>data/fashion-mnist</c>, or, outside the repository, into a
    /// per-user cache folder, checking each one's size and MD5; the folder appears only when all four
    /// are complete. Every folder found is checked: the four files, their IDX headers, one label per
    /// image, and each file's size (Debian's files are packed anew, so their MD5s are not the published
    /// ones, and none is checked there). The folder taken goes to <paramref name="log"/>; download
    /// progress to it, or to the console (a notebook cell's output) when none is given.
    /// </summary>
    public static string Locate(string? path = null, TextWriter? log = null) =>
        Locate(path, log, Environment.GetEnvironmentVariable, DataSetFolder.StartFolders, DebianFolder, DataSetFolder.CacheFolder,
            folder => Download.DownloadInto(folder, log ?? Console.Out));

    internal static string Locate(
        string? path,
        TextWriter? log,
        Func<string, string?> environment,
        IReadOnlyList<string> startFolders,
        string debianFolder,
        string cacheFolder,
        Func<string, string> downloadInto)
    {
        string? found = Folder.Find(path, log, environment, startFolders);
        if (found is not null)
        {
            return found;
        }
        if (Directory.Exists(debianFolder))
        {
            return Folder.Checked(debianFolder, "The Debian package dataset-fashion-mnist", log);
        }
        return Folder.Downloaded(log, startFolders, cacheFolder, downloadInto);
    }

    /// <summary>
    /// Reads the training part (train-*, 60,000) and the test part (t10k-*, 10,000) of the data set
    /// in <paramref name="folder"/> (as <see cref="Locate"/> returns it): images float32 in [0, 1],
    /// [N, 28, 28] or with <paramref name="flatten"/> [N, 784]; labels int64 [N], classes 0 to 9
    /// (see <see cref="ClassNames"/>). Dispose the result to free its tensors.
    /// </summary>
    public static TrainAndTest Load(string folder, bool flatten = false) => IdxDataSet.Load(folder, "Fashion-MNIST", flatten);
}
