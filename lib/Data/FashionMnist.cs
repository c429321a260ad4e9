namespace NeuralNetLessons.Data;

/// <summary>
/// Finds and loads Fashion-MNIST (Zalando Research: H. Xiao, K. Rasul, R. Vollgraf): 60,000
/// training and 10,000 test pictures of clothes in ten classes (<see cref="ClassNames"/>), 28x28
/// grey, in the same four IDX files, under the same names, as MNIST. Nothing is downloaded: on
/// Debian and Ubuntu the package <c>dataset-fashion-mnist</c> installs it in <see cref="DebianFolder"/>.
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

    /// <summary>Where Fashion-MNIST is looked for, and how a folder is checked.</summary>
    internal static DataSetFolder Folder { get; } =
        new("Fashion-MNIST", EnvironmentVariable, "fashion-mnist", (root, source) => IdxDataSet.Check(root, "Fashion-MNIST", source));

    /// <summary>
    /// Returns the folder holding Fashion-MNIST's four files, looking in order at:
    /// <paramref name="path"/>; the folder named by <see cref="EnvironmentVariable"/>;
    /// <c>data/fashion-mnist</c> in the current folder or one above it (then the same from the
    /// application's folder); <see cref="DebianFolder"/>. Every folder found is checked: the four
    /// files, their IDX headers, one label per image, and each file's size (Debian's files are
    /// packed anew, so their MD5s are not the published ones, and none is checked). The folder
    /// taken goes to <paramref name="log"/>. Finding none is an error that says how to get it.
    /// </summary>
    public static string Locate(string? path = null, TextWriter? log = null) =>
        Locate(path, log, Environment.GetEnvironmentVariable, DataSetFolder.StartFolders, DebianFolder);

    internal static string Locate(
        string? path, TextWriter? log, Func<string, string?> environment, IReadOnlyList<string> startFolders, string debianFolder)
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
        throw new DirectoryNotFoundException(
            $"Fashion-MNIST was not found. Pass its folder to FashionMnist.Locate(path), set {EnvironmentVariable} to it, "
            + $"or put its four files ({string.Join(", ", IdxDataSet.FileNames)}) in data/fashion-mnist; "
            + $"on Debian or Ubuntu, `sudo apt-get install dataset-fashion-mnist` puts them in {debianFolder}.");
    }

    /// <summary>
    /// Reads the training part (train-*, 60,000) and the test part (t10k-*, 10,000) of the data set
    /// in <paramref name="folder"/> (as <see cref="Locate"/> returns it): images float32 in [0, 1],
    /// [N, 28, 28] or with <paramref name="flatten"/> [N, 784]; labels int64 [N], classes 0 to 9
    /// (see <see cref="ClassNames"/>). Dispose the result to free its tensors.
    /// </summary>
    public static TrainAndTest Load(string folder, bool flatten = false) => IdxDataSet.Load(folder, "Fashion-MNIST", flatten);
}
