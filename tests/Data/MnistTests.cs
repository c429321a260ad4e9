using System.Security.Cryptography;
using NeuralNetLessons.Data;
using TorchSharp;
using Xunit;
using static System.FormattableString;
using static TorchSharp.torch;

namespace NeuralNetLessons.Tests.Data;

/// <summary>
/// Full MNIST: found as MNIST_TINY is (a path, MNIST_DIR, data/mnist upwards, then a download of
/// the four files, in place only when all four are complete and checked), and loaded from real
/// MNIST digits (../shared/data/mnist-small) into train and test tensors.
/// </summary>
public class MnistTests
{
    static readonly Func<string, string?> NoEnvironment = _ => null;
    static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(30) };

    static string Unused(string folder) => throw new InvalidOperationException($"unexpected download into {folder}");

    static string MnistSmall()
    {
        Skip.If(TestData.MnistSmallRoot is null, "../shared/data/mnist-small is not beside the repository");
        return TestData.MnistSmallRoot!;
    }

    static long[] CountsPerDigit(Tensor labels) => torch.bincount(labels, minlength: 10).data<long>().ToArray();

    [SkippableFact]
    public void Real_digits_load_as_8000_train_and_2000_test_images_with_their_labels()
    {
        string folder = Mnist.Folder.FindOrDownload(MnistSmall(), null, NoEnvironment, [], "", Unused);

        using TrainAndTest sets = Mnist.Load(folder);

        Assert.Equal(8000, sets.Train.Count);
        Assert.Equal(2000, sets.Test.Count);
        Assert.Equal([8000L, 28L, 28L], sets.Train.Images.shape);
        Assert.Equal([2000L, 28L, 28L], sets.Test.Images.shape);
        Assert.Equal(ScalarType.Float32, sets.Train.Images.dtype);
        Assert.Equal(ScalarType.Int64, sets.Test.Labels.dtype);
        Assert.Equal(0f, sets.Train.Images.min().item<float>());
        Assert.Equal(1f, sets.Train.Images.max().item<float>());
    }

    [SkippableFact]
    public void The_train_part_starts_as_the_official_test_set_does_and_each_part_has_the_README_s_counts_per_digit()
    {
        using TrainAndTest sets = Mnist.Load(MnistSmall());

        // ../shared/data/README.md: the train part is official t10k images 0-7,999, whose labels start 7 2 1 0 4 1 4 9 5 9.
        Assert.Equal([7L, 2, 1, 0, 4, 1, 4, 9, 5, 9], sets.Train.Labels[..10].data<long>().ToArray());
        Assert.Equal([773L, 905, 834, 803, 788, 723, 756, 813, 787, 818], CountsPerDigit(sets.Train.Labels));
        Assert.Equal([207L, 230, 198, 207, 194, 169, 202, 215, 187, 191], CountsPerDigit(sets.Test.Labels));
    }

    [SkippableFact]
    public void The_test_part_is_official_test_images_8000_on()
    {
        using TrainAndTest sets = Mnist.Load(MnistSmall());

        // The README does not list the labels of t10k images 8,000 on; these are the first the file holds.
        Assert.Equal([4L, 9, 9, 7, 1, 1, 9, 0, 7, 8], sets.Test.Labels[..10].data<long>().ToArray());
        // Both parts together have official t10k's well-known 10,000 labels per digit: 980 zeros, 1,135 ones ...
        using Tensor all = torch.cat([sets.Train.Labels, sets.Test.Labels]);
        Assert.Equal([980L, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009], CountsPerDigit(all));
    }

    [SkippableFact]
    public void Flattened_the_images_are_rows_of_784_pixels()
    {
        string folder = MnistSmall();
        using TrainAndTest grids = Mnist.Load(folder);

        using TrainAndTest rows = Mnist.Load(folder, flatten: true);

        var ((trainImages, _), (testImages, testLabels)) = rows;
        Assert.Equal([8000L, 784L], trainImages.shape);
        Assert.Equal([2000L, 784L], testImages.shape);
        Assert.Equal([2000L], testLabels.shape);
        using Tensor first = grids.Test.Images[0].flatten();
        using Tensor firstRow = testImages[0];
        Assert.True(first.allclose(firstRow, rtol: 0, atol: 0));
    }

    public static TheoryData<string> IdxDataSets => ["MNIST", "Fashion-MNIST"];

    static DataSetFolder FolderOf(string title) => title == "MNIST" ? Mnist.Folder : FashionMnist.Folder;

    [Theory]
    [MemberData(nameof(IdxDataSets))]
    public void A_path_wins_then_the_variable_then_the_data_folder_walking_up_and_the_one_taken_is_logged(string title)
    {
        DataSetFolder place = FolderOf(title);
        using var temp = new TempFolder();
        string given = TestIdx.DataSet(temp.Combine("given"));
        string fromEnvironment = TestIdx.DataSet(temp.Combine("elsewhere"));
        string dataFolder = TestIdx.DataSet(temp.Combine("repo", "data", place.FolderName));
        string deep = Directory.CreateDirectory(temp.Combine("repo", "notebooks", "lesson")).FullName;
        string? Environment(string name) => name == place.EnvironmentVariable ? fromEnvironment : null;
        var log = new StringWriter();

        Assert.Equal(given, place.Find(given, log, Environment, [deep]));
        Assert.Equal(fromEnvironment, place.Find(null, log, Environment, [deep]));
        Assert.Equal(dataFolder, place.Find(null, log, NoEnvironment, [deep]));
        Assert.Null(place.Find(null, log, NoEnvironment, [temp.Combine("given")]));
        Assert.Equal([$"{title}: {given}", $"{title}: {fromEnvironment}", $"{title}: {dataFolder}", ""], log.ToString().Split(System.Environment.NewLine));
        Assert.Equal(title == "MNIST" ? ("MNIST_DIR", "mnist") : ("FASHION_MNIST_DIR", "fashion-mnist"), (place.EnvironmentVariable, place.FolderName));
    }

    [Fact]
    public void A_folder_missing_one_of_the_four_files_is_an_error_naming_it()
    {
        using var temp = new TempFolder();
        string folder = TestIdx.DataSet(temp.Combine("mnist"));
        File.Delete(Path.Combine(folder, "t10k-labels-idx1-ubyte.gz"));

        var error = Assert.Throws<InvalidDataException>(
            () => Mnist.Folder.FindOrDownload(folder, null, NoEnvironment, [], temp.Path, Unused));

        Assert.Contains($"The path given names {folder}, which does not hold MNIST: t10k-labels-idx1-ubyte.gz (or t10k-labels-idx1-ubyte) is missing", error.Message);
    }

    [Fact]
    public void Unpacked_files_are_found_as_well()
    {
        using var temp = new TempFolder();
        string folder = TestIdx.DataSet(temp.Combine("mnist"), train: 4, test: 3);
        foreach (string packed in Directory.GetFiles(folder))
        {
            File.WriteAllBytes(Path.ChangeExtension(packed, null), TestIdx.Gunzip(File.ReadAllBytes(packed)));
            File.Delete(packed);
        }

        using TrainAndTest sets = Mnist.Load(Mnist.Folder.FindOrDownload(folder, null, NoEnvironment, [], temp.Path, Unused));

        Assert.Equal((4, 3), (sets.Train.Count, sets.Test.Count));
    }

    [Fact]
    public void Images_and_labels_of_different_counts_are_an_error_naming_both_files()
    {
        using var temp = new TempFolder();
        string folder = TestIdx.DataSet(temp.Combine("mnist"), test: 5, testLabels: 4);
        string expected =
            $"{Path.Combine(folder, "t10k-images-idx3-ubyte.gz")} holds 5 images but {Path.Combine(folder, "t10k-labels-idx1-ubyte.gz")} holds 4 labels; "
            + "each image needs one label.";

        var whenLocated = Assert.Throws<InvalidDataException>(() => Mnist.Folder.FindOrDownload(folder, null, NoEnvironment, [], temp.Path, Unused));
        var whenLoaded = Assert.Throws<InvalidDataException>(() => Mnist.Load(folder));

        Assert.Equal(expected, whenLocated.Message);
        Assert.Equal(expected, whenLoaded.Message);
    }

    [Fact]
    public void A_truncated_file_in_the_data_folder_is_found_when_located()
    {
        using var temp = new TempFolder();
        string folder = TestIdx.DataSet(temp.Combine("data", "mnist"), train: 20);
        string images = Path.Combine(folder, "train-images-idx3-ubyte.gz");
        byte[] packed = File.ReadAllBytes(images);
        File.WriteAllBytes(images, packed[..(packed.Length - 30)]);

        var error = Assert.Throws<InvalidDataException>(
            () => Mnist.Folder.FindOrDownload(null, null, NoEnvironment, [temp.Path], temp.Path, Unused));

        Assert.StartsWith($"{images} is truncated or damaged", error.Message);
    }

    [Fact]
    public void Load_of_a_missing_folder_is_an_error_naming_it()
    {
        using var temp = new TempFolder();

        var error = Assert.Throws<DirectoryNotFoundException>(() => Mnist.Load(temp.Combine("nowhere")));

        Assert.Contains(temp.Combine("nowhere"), error.Message);
    }

    /// <summary>The four files as a server publishes them, described as <see cref="Mnist.Download"/> describes the real ones.</summary>
    sealed class FourFiles : IDisposable
    {
        public FourFiles(Func<string, byte[], byte[]>? serve = null)
        {
            Bytes = IdxDataSet.FileNames.ToDictionary(name => name, name => TestIdx.Gzip(NameOf(name)));
            Server = new LoopbackServer(Bytes.ToDictionary(pair => pair.Key, pair => serve?.Invoke(pair.Key, pair.Value) ?? pair.Value));
            Download = Mnist.Download with
            {
                Files = [.. IdxDataSet.FileNames.Select(name => new RemoteFile(Server.Address(name), Bytes[name].Length, Md5(Bytes[name])))],
            };
        }

        public Dictionary<string, byte[]> Bytes { get; }
        public LoopbackServer Server { get; }
        public DataSetFiles Download { get; }

        static byte[] NameOf(string name) => name switch
        {
            "train-images-idx3-ubyte.gz" => TestIdx.Images(6),
            "train-labels-idx1-ubyte.gz" => TestIdx.Labels(0, 1, 2, 3, 4, 5),
            "t10k-images-idx3-ubyte.gz" => TestIdx.Images(2),
            _ => TestIdx.Labels(9, 8),
        };

        public static string Md5(byte[] bytes) => Convert.ToHexStringLower(MD5.HashData(bytes));

        public void Dispose() => Server.Dispose();
    }

    static TempFolder Repository()
    {
        var temp = new TempFolder();
        Directory.CreateDirectory(temp.Combine("data"));
        File.WriteAllText(temp.Combine("data", "README.md"), "data");
        return temp;
    }

    [Fact]
    public void Missing_data_is_downloaded_file_by_file_into_the_repository_data_folder_and_found_there_next_time()
    {
        using var files = new FourFiles();
        using var temp = Repository();
        var log = new StringWriter();

        string folder = Mnist.Folder.FindOrDownload(null, log, NoEnvironment, [temp.Path], temp.Combine("cache"),
            parent => files.Download.DownloadInto(parent, log, Http));

        Assert.Equal(temp.Combine("data", "mnist"), folder);
        Assert.Equal(
            ["data", "data/README.md", "data/mnist",
             "data/mnist/t10k-images-idx3-ubyte.gz", "data/mnist/t10k-labels-idx1-ubyte.gz",
             "data/mnist/train-images-idx3-ubyte.gz", "data/mnist/train-labels-idx1-ubyte.gz"],
            temp.Contents());
        Assert.All(IdxDataSet.FileNames, name => Assert.Equal(files.Bytes[name], File.ReadAllBytes(Path.Combine(folder, name))));
        Assert.Equal(IdxDataSet.FileNames.Select(name => "/" + name), files.Server.Paths);
        Assert.Equal(4, log.ToString().Split('\n').Count(line => line.Contains("100%")));
        Assert.Contains($"MNIST: {folder}", log.ToString());
        using (TrainAndTest sets = Mnist.Load(folder))
        {
            Assert.Equal([9L, 8], sets.Test.Labels.data<long>().ToArray());
        }

        Assert.Equal(folder, Mnist.Folder.FindOrDownload(null, null, NoEnvironment, [temp.Path], temp.Combine("cache"), Unused));
        Assert.Equal(4, files.Server.Requests);
    }

    [Fact]
    public void Outside_a_repository_the_download_goes_to_the_cache_folder()
    {
        using var files = new FourFiles();
        using var temp = new TempFolder();

        string folder = Mnist.Folder.FindOrDownload(null, null, NoEnvironment, [temp.Path], temp.Combine("cache"),
            parent => files.Download.DownloadInto(parent, null, Http));

        Assert.Equal(temp.Combine("cache", "mnist"), folder);
    }

    [Fact]
    public void A_wrong_MD5_in_the_last_file_leaves_nothing_in_place_not_even_the_three_good_ones()
    {
        using var files = new FourFiles();
        using var temp = Repository();
        RemoteFile last = files.Download.Files[3];
        var download = files.Download with { Files = [.. files.Download.Files.Take(3), last with { Md5 = "ec29112dd5afa0611ce80d1b7f02629c" }] };

        var error = Assert.Throws<InvalidDataException>(() => Mnist.Folder.FindOrDownload(null, null, NoEnvironment, [temp.Path], temp.Combine("cache"),
            parent => download.DownloadInto(parent, null, Http)));

        Assert.Equal(
            Invariant($"{last.Url}: expected {last.Size:N0} bytes with MD5 ec29112dd5afa0611ce80d1b7f02629c, got {last.Size:N0} bytes with MD5 {last.Md5}."),
            error.Message);
        Assert.Equal(4, files.Server.Requests);
        Assert.Equal(["data", "data/README.md"], temp.Contents());
    }

    [Fact]
    public void A_file_shorter_than_its_size_leaves_nothing_in_place()
    {
        using var files = new FourFiles(serve: (name, bytes) => name.StartsWith("t10k-images", StringComparison.Ordinal) ? bytes[..^10] : bytes);
        using var temp = Repository();
        RemoteFile short_ = files.Download.Files[2];

        var error = Assert.Throws<InvalidDataException>(() => files.Download.DownloadInto(temp.Combine("data"), null, Http));

        Assert.StartsWith(Invariant($"{short_.Url}: expected {short_.Size:N0} bytes with MD5 {short_.Md5}, got {short_.Size - 10:N0} bytes"), error.Message);
        Assert.Equal(["data", "data/README.md"], temp.Contents());
    }

    [Fact]
    public void A_file_the_server_does_not_have_leaves_nothing_in_place()
    {
        using var files = new FourFiles();
        using var temp = Repository();
        var download = files.Download with
        {
            Files = [files.Download.Files[0], files.Download.Files[1] with { Url = files.Server.Address("gone.gz") }],
        };

        var error = Assert.Throws<HttpRequestException>(() => download.DownloadInto(temp.Combine("data"), null, Http));

        Assert.Contains("HTTP 404", error.Message);
        Assert.Contains(files.Server.Address("gone.gz").ToString(), error.Message);
        Assert.Equal(["data", "data/README.md"], temp.Contents());
    }

    [Fact]
    public void The_download_is_the_four_files_the_READMEs_name_with_their_sizes_and_MD5s()
    {
        string readme = File.ReadAllText(Path.Combine(Notebooks.RepositoryPaths.Root, "data", "README.md"));
        string? shared = TestData.MnistSmallRoot is null ? null : File.ReadAllText(Path.Combine(TestData.MnistSmallRoot, "..", "README.md"));

        Assert.Equal(IdxDataSet.FileNames, Mnist.Download.Files.Select(file => file.Name));
        Assert.Equal("mnist", Mnist.Download.Folder);
        foreach (RemoteFile file in Mnist.Download.Files)
        {
            Assert.StartsWith("https://ossci-datasets.s3.amazonaws.com/mnist/", file.Url.ToString());
            foreach (string text in new[] { readme, shared }.OfType<string>())
            {
                Assert.Contains(Invariant($"| `{file.Name}` | {file.Size:N0} | `{file.Md5}` |"), text);
            }
        }
        Assert.Contains("https://ossci-datasets.s3.amazonaws.com/mnist/", readme);
        Assert.Contains("data/mnist/", readme);
    }
}
