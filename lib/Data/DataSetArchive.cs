using System.Formats.Tar;
using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;

namespace NeuralNetLessons.Data;

/// <summary>
/// A published .tgz data set archive: where it lives, the size and MD5 it must have, and the one
/// top folder it unpacks to. The C# side of what fastai's <c>untar_data</c> downloads.
/// </summary>
/// <param name="LocalCopyVariable">The environment variable that names a copy of the unpacked folder, for an offline machine.</param>
internal sealed record DataSetArchive(Uri Url, long Size, string Md5, string TopFolder, string LocalCopyVariable)
{
    static readonly HttpClient SharedClient = new() { Timeout = TimeSpan.FromMinutes(10) };

    /// <summary>
    /// Makes sure <c>parentFolder/TopFolder</c> exists and returns its path: downloads the archive
    /// beside it, checks size and MD5, unpacks it and moves the top folder into place in one step.
    /// Does nothing if the folder is already there. On failure nothing is left behind.
    /// </summary>
    public string DownloadInto(string parentFolder, TextWriter? log = null) =>
        DownloadInto(parentFolder, log, SharedClient);

    internal string DownloadInto(string parentFolder, TextWriter? log, HttpClient http)
    {
        string target = Path.Combine(Path.GetFullPath(parentFolder), TopFolder);
        if (Directory.Exists(target))
        {
            return target;
        }

        Directory.CreateDirectory(parentFolder);
        string stem = Path.Combine(Path.GetFullPath(parentFolder), $".{TopFolder}.{Guid.NewGuid():N}");
        string tempFile = stem + ".tgz.part";
        string tempFolder = stem + ".unpacking";
        try
        {
            Download(tempFile, log, http);
            Unpack(tempFile, tempFolder);
            string unpacked = Path.Combine(tempFolder, TopFolder);
            if (!Directory.Exists(unpacked))
            {
                throw new InvalidDataException($"{Url} has no top folder {TopFolder}/.");
            }
            try
            {
                Directory.Move(unpacked, target);
            }
            catch (IOException) when (Directory.Exists(target))
            {
                // Another process (a second notebook started at the same time) finished first.
                return target;
            }
            log?.WriteLine($"Unpacked {TopFolder} to {target}");
            return target;
        }
        finally
        {
            File.Delete(tempFile);
            if (Directory.Exists(tempFolder))
            {
                Directory.Delete(tempFolder, recursive: true);
            }
        }
    }

    void Download(string tempFile, TextWriter? log, HttpClient http)
    {
        log?.WriteLine($"Downloading {Url} ({Bytes(Size)})");
        HttpResponseMessage response;
        try
        {
            response = http.GetAsync(Url, HttpCompletionOption.ResponseHeadersRead).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            throw new HttpRequestException(
                $"Downloading {Url} failed: {e.Message} Offline? Set {LocalCopyVariable} to a copy of the data set's folder.", e);
        }
        using var _ = response;
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException(
                $"Downloading {Url} failed: HTTP {(int)response.StatusCode} {response.ReasonPhrase}.",
                null,
                response.StatusCode);
        }

        using var md5 = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
        long received = 0;
        int nextTenth = 1;
        using (var body = response.Content.ReadAsStream())
        using (var file = new FileStream(tempFile, FileMode.CreateNew))
        {
            var buffer = new byte[81920];
            int n;
            while ((n = ReadOrExplain(body, buffer, received)) > 0)
            {
                received += n;
                if (received > Size)
                {
                    throw new InvalidDataException($"{Url}: expected {Bytes(Size)}, got more than that.");
                }
                file.Write(buffer, 0, n);
                md5.AppendData(buffer, 0, n);
                long tenths = received * 10 / Size;
                if (tenths >= nextTenth)
                {
                    log?.WriteLine($"  {tenths * 10,3}%  {Bytes(received)} of {Bytes(Size)}");
                    nextTenth = (int)tenths + 1;
                }
            }
        }

        string actual = Convert.ToHexStringLower(md5.GetHashAndReset());
        if (received != Size || !actual.Equals(Md5, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidDataException(
                $"{Url}: expected {Bytes(Size)} with MD5 {Md5}, got {Bytes(received)} with MD5 {actual}.");
        }
        log?.WriteLine($"Downloaded {Bytes(received)}, MD5 {actual} as expected.");
    }

    int ReadOrExplain(Stream body, byte[] buffer, long receivedSoFar)
    {
        try
        {
            return body.Read(buffer, 0, buffer.Length);
        }
        catch (IOException e)
        {
            throw new InvalidDataException(
                $"{Url}: expected {Bytes(Size)}, the download broke off after {Bytes(receivedSoFar)} ({e.Message}).", e);
        }
    }

    /// <summary>Unpacks a .tgz into <paramref name="folder"/>, refusing anything that could land outside it.</summary>
    internal static void Unpack(string archive, string folder)
    {
        string root = Path.GetFullPath(folder);
        Directory.CreateDirectory(root);
        using var file = File.OpenRead(archive);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var tar = new TarReader(gzip);
        while (tar.GetNextEntry() is { } entry)
        {
            if (entry.EntryType is TarEntryType.GlobalExtendedAttributes)
            {
                continue;
            }
            string destination = SafeDestination(root, entry);
            if (entry.EntryType is TarEntryType.Directory)
            {
                Directory.CreateDirectory(destination);
                continue;
            }
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            using var output = new FileStream(destination, FileMode.CreateNew);
            entry.DataStream?.CopyTo(output);
        }
    }

    static string SafeDestination(string root, TarEntry entry)
    {
        string name = entry.Name;
        if (entry.EntryType is not (TarEntryType.Directory or TarEntryType.RegularFile or TarEntryType.V7RegularFile))
        {
            throw new InvalidDataException($"Archive entry '{name}' is a {entry.EntryType}; only files and folders are unpacked.");
        }
        string[] parts = name.Split('/', '\\');
        if (name.Length == 0 || Path.IsPathRooted(name) || parts.Contains(".."))
        {
            throw new InvalidDataException($"Archive entry '{name}' would land outside the folder it is unpacked into.");
        }
        string destination = Path.GetFullPath(Path.Combine(root, name));
        if (entry.EntryType is TarEntryType.Directory && destination.TrimEnd(Path.DirectorySeparatorChar) == root)
        {
            return root; // "./"
        }
        if (!destination.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidDataException($"Archive entry '{name}' would land outside the folder it is unpacked into.");
        }
        return destination;
    }

    static string Bytes(long n) => n.ToString("N0", CultureInfo.InvariantCulture) + " bytes";
}
