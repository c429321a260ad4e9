namespace NeuralNetLessons.Data;

/// <summary>
/// A folder holding a data set in MNIST's four IDX files, under MNIST's names (Fashion-MNIST uses
/// the same): <c>train-images-idx3-ubyte.gz</c>, <c>train-labels-idx1-ubyte.gz</c>,
/// <c>t10k-images-idx3-ubyte.gz</c>, <c>t10k-labels-idx1-ubyte.gz</c>, each gzipped or not.
/// </summary>
internal static class IdxDataSet
{
    /// <summary>The four files' names, as published: train images, train labels, test images, test labels.</summary>
    public static IReadOnlyList<string> FileNames { get; } =
        ["train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz", "t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz"];

    /// <summary>The training part's files, then the test part's.</summary>
    static readonly (string Images, string Labels)[] Parts = [(FileNames[0], FileNames[1]), (FileNames[2], FileNames[3])];

    /// <summary>
    /// Checks what can be checked without reading every pixel: the four files are there, their IDX
    /// headers are images of 28x28 and labels, each part has as many labels as images, and each
    /// file is as long as its header says. Throws naming the file, or the folder and
    /// <paramref name="source"/> (who named it) when files are missing.
    /// </summary>
    public static void Check(string root, string title, string source)
    {
        foreach (var part in Parts)
        {
            FilesOf(root, part, title, source, IdxFile.CheckHeaderAndSize);
        }
    }

    /// <summary>Both parts of the data set in <paramref name="root"/>, read whole (see <see cref="IdxFile"/>).</summary>
    public static TrainAndTest Load(string root, string title, bool flatten)
    {
        string folder = Path.GetFullPath(root);
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"There is no folder {folder}: expected {title}'s four IDX files in it.");
        }
        LabelledImages train = LoadPart(folder, Parts[0], title, flatten);
        try
        {
            return new TrainAndTest(train, LoadPart(folder, Parts[1], title, flatten));
        }
        catch
        {
            train.Dispose();
            throw;
        }
    }

    static LabelledImages LoadPart(string folder, (string Images, string Labels) part, string title, bool flatten)
    {
        var (imagesFile, labelsFile) = FilesOf(folder, part, title, "The folder passed to Load", IdxFile.ReadHeader);
        var labels = IdxFile.ReadLabels(labelsFile);
        try
        {
            return new LabelledImages(IdxFile.ReadImages(imagesFile, flatten), labels);
        }
        catch
        {
            labels.Dispose();
            throw;
        }
    }

    /// <summary>A part's two files, once <paramref name="readHeader"/> has found one label per image in their headers.</summary>
    static (string Images, string Labels) FilesOf(
        string root, (string Images, string Labels) part, string title, string source, Func<string, IdxKind, IdxHeader> readHeader)
    {
        string imagesFile = Find(root, part.Images, title, source);
        string labelsFile = Find(root, part.Labels, title, source);
        int images = readHeader(imagesFile, IdxKind.Images).Count;
        int labels = readHeader(labelsFile, IdxKind.Labels).Count;
        if (images != labels)
        {
            throw new InvalidDataException(
                $"{imagesFile} holds {RemoteFile.Count(images)} images but {labelsFile} holds {RemoteFile.Count(labels)} labels; "
                + "each image needs one label.");
        }
        return (imagesFile, labelsFile);
    }

    /// <summary>The file <paramref name="name"/> in <paramref name="root"/>, or unpacked, without ".gz".</summary>
    static string Find(string root, string name, string title, string source)
    {
        string packed = Path.Combine(root, name);
        string unpacked = Path.ChangeExtension(packed, null);
        return File.Exists(packed) ? packed
            : File.Exists(unpacked) ? unpacked
            : throw new InvalidDataException(
                $"{source} names {root}, which does not hold {title}: {name} (or {Path.GetFileName(unpacked)}) is missing. "
                + $"It should hold {string.Join(", ", FileNames)}.");
    }
}
