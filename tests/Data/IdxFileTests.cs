using NeuralNetLessons.Data;
using TorchSharp;
using Xunit;
using static TorchSharp.torch;

namespace NeuralNetLessons.Tests.Data;

/// <summary>
/// The IDX reader: MNIST's real files read whole into tensors, and every way a file can be wrong
/// giving an <see cref="InvalidDataException"/> that names the file and says what was expected.
/// </summary>
public class IdxFileTests
{
    static string SmallFile(string name)
    {
        Skip.If(TestData.MnistSmallRoot is null, "../shared/data/mnist-small is not beside the repository");
        return Path.Combine(TestData.MnistSmallRoot!, name);
    }

    [SkippableFact]
    public void Images_are_float32_N_by_28_by_28_each_pixel_its_byte_divided_by_255()
    {
        string file = SmallFile("t10k-images-idx3-ubyte.gz");
        byte[] raw = TestIdx.Gunzip(File.ReadAllBytes(file));

        using Tensor images = IdxFile.ReadImages(file);

        Assert.Equal(ScalarType.Float32, images.dtype);
        Assert.Equal([2000L, 28L, 28L], images.shape);
        float[] values = images.data<float>().ToArray();
        Assert.Equal(raw.Skip(16).Select(b => b / 255f), values);
        Assert.Equal(0f, values.Min());
        Assert.Equal(1f, values.Max());
    }

    [SkippableFact]
    public void Images_scale_as_MnistImages_scales_MNIST_TINY()
    {
        string file = SmallFile("t10k-images-idx3-ubyte.gz");
        byte[] raw = TestIdx.Gunzip(File.ReadAllBytes(file));
        using Tensor bytes = torch.tensor(raw[16..], [2000, 28, 28], ScalarType.Byte);
        using Tensor expected = MnistImages.Scale(bytes);

        using Tensor images = IdxFile.ReadImages(file);

        Assert.True(images.allclose(expected, rtol: 0, atol: 0));
    }

    [SkippableFact]
    public void Flattened_images_are_rows_of_784_pixels_in_the_same_order()
    {
        string file = SmallFile("t10k-images-idx3-ubyte.gz");

        using Tensor images = IdxFile.ReadImages(file);
        using Tensor rows = IdxFile.ReadImages(file, flatten: true);

        Assert.Equal([2000L, 784L], rows.shape);
        using Tensor reshaped = images.reshape(2000, 784);
        Assert.True(rows.allclose(reshaped, rtol: 0, atol: 0));
    }

    [SkippableFact]
    public void Labels_are_int64_and_the_first_are_those_of_the_official_test_set()
    {
        using Tensor labels = IdxFile.ReadLabels(SmallFile("train-labels-idx1-ubyte.gz"));

        Assert.Equal(ScalarType.Int64, labels.dtype);
        Assert.Equal([8000L], labels.shape);
        // ../shared/data/README.md: the official t10k labels start 7 2 1 0 4 1 4 9 5 9.
        Assert.Equal([7L, 2, 1, 0, 4, 1, 4, 9, 5, 9], labels[..10].data<long>().ToArray());
    }

    [Fact]
    public void An_unpacked_file_reads_as_its_gzipped_copy_does()
    {
        using var temp = new TempFolder();
        byte[] idx = TestIdx.Images(3);
        string raw = TestIdx.Write(temp.Path, "images-idx3-ubyte", idx);
        string packed = TestIdx.Write(temp.Path, "images-idx3-ubyte.gz", TestIdx.Gzip(idx));

        using Tensor fromRaw = IdxFile.ReadImages(raw);
        using Tensor fromPacked = IdxFile.ReadImages(packed);

        Assert.Equal([3L, 28L, 28L], fromRaw.shape);
        Assert.True(fromRaw.allclose(fromPacked, rtol: 0, atol: 0));
        Assert.Equal(1 / 255f, fromRaw[1, 0, 0].item<float>());
    }

    [Fact]
    public void An_empty_set_reads_as_a_tensor_of_no_images()
    {
        using var temp = new TempFolder();

        using Tensor images = IdxFile.ReadImages(TestIdx.Write(temp.Path, "x.gz", TestIdx.Gzip(TestIdx.Images(0))), flatten: true);

        Assert.Equal([0L, 784L], images.shape);
    }

    public static TheoryData<string> WrongFiles => [.. Wrong.Keys];

    /// <summary>
    /// Every way a file can be wrong: its bytes (null: no file at all), whether it is read as labels
    /// rather than images, the exception expected, and how its message goes on after the file's path.
    /// </summary>
    static readonly Dictionary<string, (byte[]? Bytes, bool AsLabels, Type Error, string Message)> Wrong = new()
    {
        ["missing"] = (null, false, typeof(FileNotFoundException), ": expected an IDX file of MNIST's kind (gzipped or not)."),
        ["a gz file cut in half"] = (Cut(TestIdx.Gzip(TestIdx.Images(50)), 0.5), false, typeof(InvalidDataException),
            " is truncated: its header announces 50 images of 28x28, 39,200 bytes after the header, but it ends after "),
        ["a gz file cut just before its end"] = (Cut(TestIdx.Gzip(TestIdx.Images(50)), 0.99), false, typeof(InvalidDataException),
            " is truncated: its header announces 50 images of 28x28, 39,200 bytes after the header, but it ends after "),
        ["a gz file without gzip's 8-byte trailer"] = (TestIdx.Gzip(TestIdx.Images(50))[..^8], false, typeof(InvalidDataException),
            " is truncated or damaged: its header announces 50 images of 28x28, 39,216 bytes unpacked, but gzip's record of the unpacked size"),
        ["a gz file without its last byte"] = (TestIdx.Gzip(TestIdx.Images(50))[..^1], false, typeof(InvalidDataException),
            " is truncated or damaged: its header announces 50 images of 28x28, 39,216 bytes unpacked, but gzip's record of the unpacked size"),
        ["a damaged gz file"] = (Damaged(TestIdx.Gzip(TestIdx.Images(50))), false, typeof(InvalidDataException),
            " is not a readable gzip file: it is damaged or truncated ("),
        ["a payload shorter than announced"] = (TestIdx.Images(10)[..(16 + 1000)], false, typeof(InvalidDataException),
            " is truncated: its header announces 10 images of 28x28, 7,840 bytes after the header, but it ends after 1,000 bytes of them."),
        ["a gzipped payload shorter than announced"] = (TestIdx.Gzip(TestIdx.Images(10)[..(16 + 1000)]), false, typeof(InvalidDataException),
            " is truncated: its header announces 10 images of 28x28, 7,840 bytes after the header, but it ends after 1,000 bytes of them."),
        ["an empty file"] = ([], false, typeof(InvalidDataException),
            " is truncated: it ends after 0 bytes, inside the 16-byte header of IDX images."),
        ["a header cut short"] = (TestIdx.Gzip(TestIdx.Images(1)[..10]), false, typeof(InvalidDataException),
            " is truncated: it ends after 10 bytes, inside the 16-byte header of IDX images."),
        ["labels given as images"] = (TestIdx.Gzip(TestIdx.Labels(1, 2, 3)), false, typeof(InvalidDataException),
            " starts with the magic number 0x00000801 (IDX labels: count); expected 0x00000803 (IDX images: count, rows, columns)."),
        ["images given as labels"] = (TestIdx.Gzip(TestIdx.Images(2)), true, typeof(InvalidDataException),
            " starts with the magic number 0x00000803 (IDX images: count, rows, columns); expected 0x00000801 (IDX labels: count)."),
        ["a PNG"] = (TestImages.GreyPng(), false, typeof(InvalidDataException),
            " starts with the magic number 0x89504E47 (not MNIST's IDX images or labels); expected 0x00000803 (IDX images: count, rows, columns)."),
        ["a label above 9"] = (TestIdx.Gzip(TestIdx.Labels(3, 9, 0, 12, 4)), true, typeof(InvalidDataException),
            " holds the label 12 at position 3; MNIST's and Fashion-MNIST's labels are the classes 0 to 9."),
        ["images of 32x32"] = (TestIdx.Gzip(TestIdx.Images(2, 32, 32)), false, typeof(InvalidDataException),
            " holds images of 32x32 pixels; expected 28x28, as in MNIST and Fashion-MNIST."),
        ["images of 28x27"] = (TestIdx.Images(2, 28, 27), false, typeof(InvalidDataException),
            " holds images of 28x27 pixels; expected 28x28, as in MNIST and Fashion-MNIST."),
        ["a negative count"] = (TestIdx.Idx(TestIdx.LabelsMagic, [-1], []), true, typeof(InvalidDataException),
            " announces a negative count (-1) in its IDX header."),
        ["more bytes than announced"] = ([.. TestIdx.Labels(1, 2), 3], true, typeof(InvalidDataException),
            " is longer than its header says: it announces 2 labels, 2 bytes after the 8-byte header, and more bytes follow."),
        ["more announced than the file can hold"] = (TestIdx.Gzip(TestIdx.Idx(TestIdx.ImagesMagic, [int.MaxValue, 28, 28], [])), false,
            typeof(InvalidDataException), " announces 2,147,483,647 images of 28x28 in its header, more than a file of"),
    };

    static byte[] Cut(byte[] file, double keep) => file[..(int)(file.Length * keep)];

    static byte[] Damaged(byte[] file)
    {
        byte[] damaged = [.. file];
        for (int i = 20; i < damaged.Length - 20; i += 7)
        {
            damaged[i] ^= 0x5a;
        }
        return damaged;
    }

    [Theory]
    [MemberData(nameof(WrongFiles))]
    public void A_wrong_file_is_an_error_that_names_it_and_says_what_was_expected(string wrong)
    {
        var (bytes, asLabels, expectedError, expectedMessage) = Wrong[wrong];
        using var temp = new TempFolder();
        string file = temp.Combine("given-idx-ubyte.gz");
        if (bytes is not null)
        {
            File.WriteAllBytes(file, bytes);
        }

        var error = Record.Exception(() => (asLabels ? IdxFile.ReadLabels(file) : IdxFile.ReadImages(file)).Dispose());

        Assert.IsType(expectedError, error);
        // A missing file's message starts "There is no file <path>", every other one with the path.
        Assert.StartsWith(file + expectedMessage, error.Message.Replace($"There is no file {file}", file));
    }

    [Fact]
    public void The_size_check_finds_a_truncated_gz_file_without_unpacking_it()
    {
        using var temp = new TempFolder();
        byte[] packed = TestIdx.Gzip(TestIdx.Images(50));
        string whole = TestIdx.Write(temp.Path, "whole-idx3-ubyte.gz", packed);
        string cut = TestIdx.Write(temp.Path, "cut-idx3-ubyte.gz", packed[..(packed.Length - 100)]);

        Assert.Equal(50, IdxFile.CheckHeaderAndSize(whole, IdxKind.Images).Count);
        var error = Assert.Throws<InvalidDataException>(() => IdxFile.CheckHeaderAndSize(cut, IdxKind.Images));
        Assert.Contains(cut, error.Message);
        Assert.Contains("is truncated or damaged: its header announces 50 images of 28x28, 39,216 bytes unpacked", error.Message);
    }

    [Fact]
    public void The_size_check_finds_an_unpacked_file_of_the_wrong_length()
    {
        using var temp = new TempFolder();
        string file = TestIdx.Write(temp.Path, "labels-idx1-ubyte", TestIdx.Labels(1, 2, 3)[..9]);

        var error = Assert.Throws<InvalidDataException>(() => IdxFile.CheckHeaderAndSize(file, IdxKind.Labels));

        Assert.Equal($"{file} is 9 bytes; its header announces 3 labels, 11 bytes in all.", error.Message);
    }
}
