namespace NeuralNetLessons.Data;

/// <summary>
/// A data set published as separate files (MNIST's four IDX files), fetched into one folder that
/// appears only once every file has arrived whole with its size and MD5 checked.
/// </summary>
/// <param name="Folder">The local folder's name: "mnist".</param>
/// <param name="LocalCopyVariable">The environment variable that names a copy of the folder, for an offline machine.</param>
internal sealed record DataSetFiles(string Folder, IReadOnlyList<RemoteFile> Files, string LocalCopyVariable)
{
    /// <summary>
    /// Makes sure <c>parentFolder/Folder</c> exists and returns its path: downloads each file into
    /// a temporary folder beside it, checks each one's size and MD5, and moves the folder into place
    /// in one step when all are complete. Does nothing if the folder is already there. On failure
    /// nothing is left behind.
    /// </summary>
    public string DownloadInto(string parentFolder, TextWriter? log = null) =>
        DownloadInto(parentFolder, log, RemoteFile.SharedClient);

    internal string DownloadInto(string parentFolder, TextWriter? log, HttpClient http) =>
        WholeFolder.Create(Path.Combine(parentFolder, Folder), scratch =>
        {
            foreach (RemoteFile file in Files)
            {
                file.DownloadTo(Path.Combine(scratch, file.Name), log, http, LocalCopyVariable);
            }
            log?.WriteLine($"All {Files.Count} files arrived whole; moving them into {Path.Combine(Path.GetFullPath(parentFolder), Folder)}");
            return scratch;
        });
}
