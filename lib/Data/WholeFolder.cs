namespace NeuralNetLessons.Data;

/// <summary>
/// Folders that appear whole or not at all, as <see cref="WholeFile"/> does for files: filled under
/// a temporary name beside the target (so the rename stays on one disk), then renamed to it in one
/// step. A fill that fails halfway leaves no target and no temporary folder behind.
/// </summary>
internal static class WholeFolder
{
    /// <summary>
    /// Returns <paramref name="target"/>'s full path, making it first if it does not exist:
    /// <paramref name="fill"/> gets an empty scratch folder beside the target, fills it and returns
    /// the folder to rename to the target (the scratch folder itself or one inside it). The scratch
    /// folder is deleted whatever happens. If another process (a second notebook started at the same
    /// time) made the target meanwhile, its copy is kept.
    /// </summary>
    public static string Create(string target, Func<string, string> fill)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(target);
        ArgumentNullException.ThrowIfNull(fill);
        string full = Path.GetFullPath(target);
        if (Directory.Exists(full))
        {
            return full;
        }
        string parent = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(parent);
        string scratch = Path.Combine(parent, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        Directory.CreateDirectory(scratch);
        try
        {
            string complete = fill(scratch);
            try
            {
                Directory.Move(complete, full);
            }
            catch (IOException) when (Directory.Exists(full))
            {
                // Another process finished first: its copy is as good as ours.
            }
            return full;
        }
        finally
        {
            if (Directory.Exists(scratch))
            {
                Directory.Delete(scratch, recursive: true);
            }
        }
    }
}
