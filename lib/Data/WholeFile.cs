namespace NeuralNetLessons.Data;

/// <summary>
/// Files that appear whole or not at all: written under a temporary name in the same folder (so
/// the rename stays on one disk), then renamed over the path. A write that fails halfway leaves
/// the path as it was and no temporary file behind.
/// </summary>
internal static class WholeFile
{
    /// <summary>
    /// Creates <paramref name="path"/>'s folder, lets <paramref name="writeTemporary"/> write the
    /// whole file at the temporary path it is given, then renames it to <paramref name="path"/>,
    /// replacing what was there. Returns the full path.
    /// </summary>
    public static string Write(string path, Action<string> writeTemporary)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(writeTemporary);
        string full = Path.GetFullPath(path);
        string folder = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(folder);
        string temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            writeTemporary(temporary);
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
        return full;
    }
}
