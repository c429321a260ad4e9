namespace NeuralNetLessons.Data;

/// <summary>
/// Finds fastai's MNIST_TINY data set, downloading it if there is no copy yet:
/// the C# counterpart of <c>untar_data(URLs.MNIST_TINY)</c>.
/// </summary>
public static class MnistTiny
{
    /// <summary>Environment variable that may name the data set's folder.</summary>
    public const string EnvironmentVariable = "MNIST_TINY_DIR";

    /// <summary>fastai's MNIST_TINY archive: 3s and 7s, 28x28 greyscale PNGs (see data/README.md).</summary>
    internal static DataSetArchive Archive { get; } = new(
        new Uri("https://s3.amazonaws.com/fast-ai-sample/mnist_tiny.tgz"),
        342_207,
        "56143e8f24db90d925d82a5a74141875",
        "mnist_tiny",
        EnvironmentVariable);

    /// <summary>Where MNIST_TINY is looked for, and how a folder is checked.</summary>
    internal static DataSetFolder Folder { get; } = new("MNIST_TINY", EnvironmentVariable, "mnist_tiny", CheckFolder);

    static readonly string[] ClassFolders = ["train/3", "train/7", "valid/3", "valid/7"];

    /// <summary>
    /// Returns the data set's root folder (the one holding train/ and valid/), looking in order at:
    /// <paramref name="path"/>; the folder named by <see cref="EnvironmentVariable"/>;
    /// <c>data/mnist_tiny</c> in the current folder or one above it (then the same from the
    /// application's folder). Failing all those it downloads the published archive into the
    /// repository's <c>data/</c> folder (the one holding data/README.md), or, outside the
    /// repository, into a per-user cache folder. Download progress goes to <paramref name="log"/>,
    /// or to the console (a notebook cell's output) when none is given.
    /// </summary>
    public static string Locate(string? path = null, TextWriter? log = null) =>
        Folder.FindOrDownload(path, log, folder => Archive.DownloadInto(folder, log ?? Console.Out));

    /// <summary>Checks that the folder <paramref name="root"/> looks like MNIST_TINY and is complete.</summary>
    static void CheckFolder(string root, string source)
    {
        if (!Directory.Exists(Path.Combine(root, "train")) || !Directory.Exists(Path.Combine(root, "valid")))
        {
            throw new InvalidDataException(
                $"{source} names {root}, which does not look like MNIST_TINY: it should hold train/ and valid/ folders.");
        }

        string labels = Path.Combine(root, "labels.csv");
        if (File.Exists(labels))
        {
            string[] names = File.ReadLines(labels).Skip(1).ToArray();
            foreach (string classFolder in ClassFolders)
            {
                string full = Path.Combine(root, classFolder);
                int pngs = Directory.Exists(full) ? Directory.GetFiles(full, "*.png").Length : 0;
                int listed = names.Count(name => name.StartsWith(classFolder + "/", StringComparison.Ordinal));
                if (pngs != listed)
                {
                    throw new InvalidDataException(
                        $"The data set at {root} looks incomplete: {classFolder} has {pngs} PNGs, labels.csv lists {listed}. "
                        + "Delete the folder to download it again.");
                }
            }
        }
    }
}
