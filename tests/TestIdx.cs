using System.Buffers.Binary;
using System.IO.Compression;

namespace NeuralNetLessons.Tests;

/// <summary>Small IDX files made in memory, right or wrong on purpose, and folders of them as MNIST lays them out.</summary>
static class TestIdx
{
    public const int ImagesMagic = 0x00000803;
    public const int LabelsMagic = 0x00000801;

    /// <summary>An IDX images file: the header, then pixel <c>(i + p) % 256</c> for pixel p of image i.</summary>
    public static byte[] Images(int count, int rows = 28, int columns = 28, int magic = ImagesMagic) =>
        Idx(magic, [count, rows, columns], Enumerable.Range(0, count * rows * columns)
            .Select(p => (byte)((p / (rows * columns) + p % (rows * columns)) % 256)).ToArray());

    /// <summary>An IDX labels file holding <paramref name="labels"/>.</summary>
    public static byte[] Labels(params byte[] labels) => Idx(LabelsMagic, [labels.Length], labels);

    /// <summary>A big-endian IDX header with these dimensions, then <paramref name="payload"/>.</summary>
    public static byte[] Idx(int magic, int[] dimensions, byte[] payload)
    {
        var file = new byte[4 + 4 * dimensions.Length + payload.Length];
        BinaryPrimitives.WriteInt32BigEndian(file, magic);
        for (int d = 0; d < dimensions.Length; d++)
        {
            BinaryPrimitives.WriteInt32BigEndian(file.AsSpan(4 + 4 * d), dimensions[d]);
        }
        payload.CopyTo(file, 4 + 4 * dimensions.Length);
        return file;
    }

    public static byte[] Gzip(byte[] data)
    {
        using var memory = new MemoryStream();
        using (var gzip = new GZipStream(memory, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(data);
        }
        return memory.ToArray();
    }

    public static byte[] Gunzip(byte[] packed)
    {
        using var gzip = new GZipStream(new MemoryStream(packed), CompressionMode.Decompress);
        using var memory = new MemoryStream();
        gzip.CopyTo(memory);
        return memory.ToArray();
    }

    /// <summary>Writes <paramref name="content"/> to <paramref name="folder"/>/<paramref name="name"/> and returns the path.</summary>
    public static string Write(string folder, string name, byte[] content)
    {
        Directory.CreateDirectory(folder);
        string path = Path.Combine(folder, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    /// <summary>
    /// A folder in MNIST's layout: the four gzipped files, <paramref name="train"/> and
    /// <paramref name="test"/> images with labels 0, 1, 2 ... 9, 0 ...; a different label count makes a broken one.
    /// </summary>
    public static string DataSet(string folder, int train = 3, int test = 2, int? testLabels = null)
    {
        Write(folder, "train-images-idx3-ubyte.gz", Gzip(Images(train)));
        Write(folder, "train-labels-idx1-ubyte.gz", Gzip(Labels(Digits(train))));
        Write(folder, "t10k-images-idx3-ubyte.gz", Gzip(Images(test)));
        Write(folder, "t10k-labels-idx1-ubyte.gz", Gzip(Labels(Digits(testLabels ?? test))));
        return folder;
    }

    static byte[] Digits(int count) => [.. Enumerable.Range(0, count).Select(i => (byte)(i % 10))];
}
