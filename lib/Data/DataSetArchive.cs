using System.Formats.Tar;
using System.IO.Compression;

namespace NeuralNetLessons.Data;

/// <summary>
/// A published .tgz data set archive: where it lives, the size and MD5 it must have, and the one
/// top folder it unpacks to. The C# side of what fastai's <c>untar_data</c> downloads.
/// </summary>
/// <param name="LocalCopyVariable">The environment variable that names a copy of the unpacked folder, for an offline machine.</param>
internal sealed record DataSetArchive(Uri Url, long Size, string Md5, string TopFolder, string LocalCopyVariable)
{
    /// <summary>
    /// Makes sure <c>parentFolder/TopFolder</c> exists and returns its path: downloads the archive
    /// beside it, checks size and MD5, unpacks it and moves the top folder into place in one step.
    /// Does nothing if the folder is already there. On failure nothing is left behind.
    /// </summary>
    public string DownloadInto(string parentFolder, TextWriter? log = null) =>
        DownloadInto(parentFolder, log, RemoteFile.SharedClient);

    internal string DownloadInto(string parentFolder, TextWriter? log, HttpClient http) =>
        WholeFolder.Create(Path.Combine(parentFolder, TopFolder), scratch =>
        {
            string archive = Path.Combine(scratch, "download.tgz");
            new RemoteFile(Url, Size, Md5).DownloadTo(archive, log, http, LocalCopyVariable);
            string unpacked = Path.Combine(scratch, "unpacked");
            Unpack(archive, unpacked);
            string top = Path.Combine(unpacked, TopFolder);
            if (!Directory.Exists(top))
            {
                throw new InvalidDataException($"{Url} has no top folder {TopFolder}/.");
            }
            log?.WriteLine($"Unpacked {TopFolder}; moving it into {Path.GetFullPath(parentFolder)}");
            return top;
        });

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
}
