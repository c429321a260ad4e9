using System.Formats.Tar;
using System.IO.Compression;
using System.Security.Cryptography;
using NeuralNetLessons.Data;

namespace NeuralNetLessons.Tests.Data;

/// <summary>.tgz archives built in memory, and the <see cref="DataSetArchive"/> that describes one.</summary>
static class TestArchives
{
    /// <summary>A miniature MNIST_TINY: mnist_tiny/ with one image in each class folder and a matching labels.csv.</summary>
    public static byte[] GoodMnistTiny() => Tgz(writer =>
    {
        Folder(writer, "mnist_tiny/");
        File(writer, "mnist_tiny/labels.csv", "name,label\ntrain/3/1.png,3\ntrain/7/2.png,7\nvalid/3/3.png,3\nvalid/7/4.png,7\n"u8.ToArray());
        File(writer, "mnist_tiny/train/3/1.png", TestImages.GreyPng());
        File(writer, "mnist_tiny/train/7/2.png", TestImages.GreyPng());
        File(writer, "mnist_tiny/valid/3/3.png", TestImages.GreyPng());
        File(writer, "mnist_tiny/valid/7/4.png", TestImages.GreyPng());
    });

    /// <summary>A good first file, then <paramref name="bad"/>: unpacking must stop and clean up.</summary>
    public static byte[] WithBadEntry(TarEntry bad) => Tgz(writer =>
    {
        File(writer, "mnist_tiny/train/3/1.png", TestImages.GreyPng());
        writer.WriteEntry(bad);
    });

    public static DataSetArchive Describe(byte[] tgz, Uri url) =>
        new(url, tgz.Length, Convert.ToHexStringLower(MD5.HashData(tgz)), "mnist_tiny", MnistTiny.EnvironmentVariable);

    public static byte[] Tgz(Action<TarWriter> write)
    {
        using var memory = new MemoryStream();
        using (var gzip = new GZipStream(memory, CompressionLevel.Optimal, leaveOpen: true))
        using (var writer = new TarWriter(gzip, TarEntryFormat.Pax, leaveOpen: true))
        {
            write(writer);
        }
        return memory.ToArray();
    }

    static void Folder(TarWriter writer, string name) =>
        writer.WriteEntry(new PaxTarEntry(TarEntryType.Directory, name));

    public static void File(TarWriter writer, string name, byte[] content) =>
        writer.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, name) { DataStream = new MemoryStream(content) });
}
