using System.Formats.Tar;
using NeuralNetLessons.Data;
using Xunit;
using static System.FormattableString;

namespace NeuralNetLessons.Tests.Data;

public class DataSetArchiveTests
{
    static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(30) };

    [Fact]
    public void The_data_README_names_the_archive_the_code_downloads()
    {
        var archive = MnistTiny.Archive;
        var readme = File.ReadAllText(Path.Combine(Notebooks.RepositoryPaths.Root, "data", "README.md"));
        Assert.Contains(archive.Url.ToString(), readme);
        Assert.Contains(archive.Size.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " bytes", readme);
        Assert.Contains(archive.Md5, readme);
        Assert.Contains($"data/{archive.TopFolder}/", readme);
    }

    [Fact]
    public void An_unreachable_server_fails_saying_how_to_work_offline_and_leaves_nothing()
    {
        using var temp = new TempFolder();
        var port = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        port.Start();
        var closed = new Uri($"http://127.0.0.1:{((System.Net.IPEndPoint)port.LocalEndpoint).Port}/mnist_tiny.tgz");
        port.Stop();

        var error = Assert.Throws<HttpRequestException>(
            () => (MnistTiny.Archive with { Url = closed }).DownloadInto(temp.Path, null, Http));

        Assert.Contains(closed.ToString(), error.Message);
        Assert.Contains(MnistTiny.EnvironmentVariable, error.Message);
        Assert.Empty(temp.Contents());
    }

    [Fact]
    public void Good_archive_ends_up_in_place_with_nothing_else_left()
    {
        byte[] tgz = TestArchives.GoodMnistTiny();
        using var server = new LoopbackServer(tgz);
        using var temp = new TempFolder();
        var log = new StringWriter();

        string path = TestArchives.Describe(tgz, server.Url).DownloadInto(temp.Path, log, Http);

        Assert.Equal(temp.Combine("mnist_tiny"), path);
        Assert.Equal(
            [
                "mnist_tiny",
                "mnist_tiny/labels.csv",
                "mnist_tiny/train", "mnist_tiny/train/3", "mnist_tiny/train/3/1.png",
                "mnist_tiny/train/7", "mnist_tiny/train/7/2.png",
                "mnist_tiny/valid", "mnist_tiny/valid/3", "mnist_tiny/valid/3/3.png",
                "mnist_tiny/valid/7", "mnist_tiny/valid/7/4.png",
            ],
            temp.Contents());
        Assert.Equal(TestImages.GreyPng(), File.ReadAllBytes(temp.Combine("mnist_tiny", "train", "3", "1.png")));
        Assert.Contains("100%", log.ToString());
        Assert.Contains(Invariant($"{tgz.Length:N0} bytes"), log.ToString());
    }

    [Fact]
    public void Real_data_set_packed_and_served_comes_back_complete_and_checked()
    {
        string real = TestData.MnistTinyRoot;
        byte[] tgz = TestArchives.Tgz(writer =>
        {
            foreach (string file in Directory.GetFiles(real, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                writer.WriteEntry(file, "mnist_tiny/" + Path.GetRelativePath(real, file).Replace('\\', '/'));
            }
        });
        using var server = new LoopbackServer(tgz);
        using var temp = new TempFolder();
        var archive = TestArchives.Describe(tgz, server.Url);

        string root = MnistTiny.Folder.FindOrDownload(null, null, _ => null, [temp.Path], temp.Path, folder => archive.DownloadInto(folder, null, Http));

        Assert.Equal(temp.Combine("mnist_tiny"), root);
        Assert.Equal(346, MnistImages.ListImages(Path.Combine(root, "valid", "3")).Length);
        Assert.Equal(["mnist_tiny"], temp.Contents().Where(entry => !entry.Contains('/')));
    }

    [Fact]
    public void Existing_folder_is_not_downloaded_again()
    {
        using var server = new LoopbackServer([]);
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.Combine("mnist_tiny"));

        string path = TestArchives.Describe([], server.Url).DownloadInto(temp.Path, null, Http);

        Assert.Equal(temp.Combine("mnist_tiny"), path);
        Assert.Equal(0, server.Requests);
    }

    [Fact]
    public void Truncated_download_fails_and_leaves_nothing()
    {
        byte[] tgz = TestArchives.GoodMnistTiny();
        using var server = new LoopbackServer(tgz, sendBytes: tgz.Length / 2);
        using var temp = new TempFolder();

        var error = Assert.Throws<InvalidDataException>(
            () => TestArchives.Describe(tgz, server.Url).DownloadInto(temp.Path, null, Http));

        Assert.Contains(Invariant($"expected {tgz.Length:N0} bytes"), error.Message);
        Assert.Contains(Invariant($"after {tgz.Length / 2:N0} bytes"), error.Message);
        Assert.Empty(temp.Contents());
    }

    [Fact]
    public void Wrong_checksum_fails_saying_what_was_expected_and_what_arrived()
    {
        byte[] tgz = TestArchives.GoodMnistTiny();
        using var server = new LoopbackServer(tgz);
        using var temp = new TempFolder();
        var archive = TestArchives.Describe(tgz, server.Url) with { Md5 = "56143e8f24db90d925d82a5a74141875" };
        string actualMd5 = TestArchives.Describe(tgz, server.Url).Md5;

        var error = Assert.Throws<InvalidDataException>(() => archive.DownloadInto(temp.Path, null, Http));

        Assert.Contains(Invariant($"expected {tgz.Length:N0} bytes with MD5 56143e8f24db90d925d82a5a74141875"), error.Message);
        Assert.Contains(Invariant($"got {tgz.Length:N0} bytes with MD5 {actualMd5}"), error.Message);
        Assert.Empty(temp.Contents());
    }

    [Fact]
    public void Body_longer_than_expected_fails_and_leaves_nothing()
    {
        byte[] tgz = TestArchives.GoodMnistTiny();
        using var server = new LoopbackServer(tgz);
        using var temp = new TempFolder();
        var archive = TestArchives.Describe(tgz, server.Url) with { Size = 100 };

        var error = Assert.Throws<InvalidDataException>(() => archive.DownloadInto(temp.Path, null, Http));

        Assert.Contains("expected 100 bytes, got more", error.Message);
        Assert.Empty(temp.Contents());
    }

    [Fact]
    public void HTTP_error_fails_naming_the_status_and_leaves_nothing()
    {
        using var server = new LoopbackServer("no such file"u8.ToArray(), status: 404);
        using var temp = new TempFolder();

        var error = Assert.Throws<HttpRequestException>(
            () => TestArchives.Describe([1, 2, 3], server.Url).DownloadInto(temp.Path, null, Http));

        Assert.Contains("HTTP 404", error.Message);
        Assert.Contains(server.Url.ToString(), error.Message);
        Assert.Empty(temp.Contents());
    }

    public static TheoryData<string> BadEntries => ["parent", "absolute", "symlink", "hardlink", "device", "fifo"];

    static TarEntry BadEntry(string kind) => kind switch
    {
        "parent" => new PaxTarEntry(TarEntryType.RegularFile, "../escape.txt") { DataStream = new MemoryStream("x"u8.ToArray()) },
        "absolute" => new PaxTarEntry(TarEntryType.RegularFile, "/tmp/nnl-escape.txt") { DataStream = new MemoryStream("x"u8.ToArray()) },
        "symlink" => new PaxTarEntry(TarEntryType.SymbolicLink, "mnist_tiny/link") { LinkName = "/etc/passwd" },
        "hardlink" => new PaxTarEntry(TarEntryType.HardLink, "mnist_tiny/hard") { LinkName = "/etc/passwd" },
        "device" => new PaxTarEntry(TarEntryType.CharacterDevice, "mnist_tiny/null") { DeviceMajor = 1, DeviceMinor = 3 },
        "fifo" => new PaxTarEntry(TarEntryType.Fifo, "mnist_tiny/pipe"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    [Theory]
    [MemberData(nameof(BadEntries))]
    public void Bad_entry_is_refused_naming_it_and_nothing_is_written_or_left(string kind)
    {
        TarEntry bad = BadEntry(kind);
        byte[] tgz = TestArchives.WithBadEntry(bad);
        using var server = new LoopbackServer(tgz);
        using var outer = new TempFolder();
        string parent = outer.Combine("data");

        var error = Assert.Throws<InvalidDataException>(
            () => TestArchives.Describe(tgz, server.Url).DownloadInto(parent, null, Http));

        Assert.Contains($"'{bad.Name}'", error.Message);
        Assert.Equal(["data"], outer.Contents());
        Assert.False(File.Exists("/tmp/nnl-escape.txt"));
    }

    [Fact]
    public void Archive_without_the_top_folder_fails_and_leaves_nothing()
    {
        byte[] tgz = TestArchives.Tgz(writer => TestArchives.File(writer, "other/1.png", TestImages.GreyPng()));
        using var server = new LoopbackServer(tgz);
        using var temp = new TempFolder();

        var error = Assert.Throws<InvalidDataException>(
            () => TestArchives.Describe(tgz, server.Url).DownloadInto(temp.Path, null, Http));

        Assert.Contains("no top folder mnist_tiny/", error.Message);
        Assert.Empty(temp.Contents());
    }
}
