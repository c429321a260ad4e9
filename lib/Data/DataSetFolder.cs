namespace NeuralNetLessons.Data;

/// <summary>
/// Where one of the course's data sets is looked for on this machine, in the order every data set
/// uses: a path passed in; the folder an environment variable names; <c>data/FolderName</c> in the
/// current folder or one above it (then the same from the application's folder). Every folder found
/// is checked before it is returned, and the one taken is written to the log.
/// </summary>
/// <param name="Title">The data set's name in messages: "MNIST_TINY".</param>
/// <param name="EnvironmentVariable">The variable that may name the data set's folder: "MNIST_TINY_DIR".</param>
/// <param name="FolderName">The folder's name under a <c>data/</c> folder: "mnist_tiny".</param>
/// <param name="Check">Throws unless the folder (a full path that exists) holds the data set; its second argument says who named the folder.</param>
internal sealed record DataSetFolder(string Title, string EnvironmentVariable, string FolderName, Action<string, string> Check)
{
    /// <summary>Where a search for data/FolderName starts: the current folder, then the application's.</summary>
    public static IReadOnlyList<string> StartFolders => [Directory.GetCurrentDirectory(), AppContext.BaseDirectory];

    /// <summary>Where a download goes outside the repository: a per-user folder.</summary>
    public static string CacheFolder =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "NeuralNetLessons", "data");

    /// <summary>
    /// The data set's folder from <paramref name="path"/>, else from the environment variable, else
    /// from data/FolderName above a start folder, checked; null when none of them names a folder.
    /// A path or variable that names a folder that is missing or wrong is an error, not a miss.
    /// </summary>
    public string? Find(string? path, TextWriter? log, Func<string, string?> environment, IReadOnlyList<string> startFolders)
    {
        if (!string.IsNullOrEmpty(path))
        {
            return Checked(path, "The path given", log);
        }

        string? fromEnvironment = environment(EnvironmentVariable);
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return Checked(fromEnvironment, $"The environment variable {EnvironmentVariable}", log);
        }

        foreach (string start in startFolders)
        {
            string? found = FindUpwards(start, Path.Combine("data", FolderName), Directory.Exists);
            if (found is not null)
            {
                return Checked(found, "The data folder", log);
            }
        }
        return null;
    }

    /// <summary>
    /// <see cref="Find"/>, and failing it <see cref="Downloaded"/>.
    /// </summary>
    public string FindOrDownload(
        string? path,
        TextWriter? log,
        Func<string, string?> environment,
        IReadOnlyList<string> startFolders,
        string cacheFolder,
        Func<string, string> downloadInto) =>
        Find(path, log, environment, startFolders) ?? Downloaded(log, startFolders, cacheFolder, downloadInto);

    /// <summary>
    /// The download on its own: <paramref name="downloadInto"/> gets the repository's <c>data/</c> folder
    /// (the one holding data/README.md) above a start folder, or, outside the repository,
    /// <paramref name="cacheFolder"/>; the folder it returns is checked.
    /// </summary>
    public string Downloaded(TextWriter? log, IReadOnlyList<string> startFolders, string cacheFolder, Func<string, string> downloadInto)
    {
        string? readme = startFolders
            .Select(start => FindUpwards(start, Path.Combine("data", "README.md"), File.Exists))
            .FirstOrDefault(candidate => candidate is not null);
        string dataFolder = readme is null ? cacheFolder : Path.GetDirectoryName(readme)!;
        return Checked(downloadInto(dataFolder), "The downloaded data set", log);
    }

    /// <summary>
    /// <see cref="FindOrDownload(string?, TextWriter?, Func{string, string?}, IReadOnlyList{string}, string, Func{string, string})"/>
    /// from this process's environment variables, <see cref="StartFolders"/> and <see cref="CacheFolder"/>.
    /// </summary>
    public string FindOrDownload(string? path, TextWriter? log, Func<string, string> downloadInto) =>
        FindOrDownload(path, log, Environment.GetEnvironmentVariable, StartFolders, CacheFolder, downloadInto);

    /// <summary>Checks that <paramref name="folder"/> exists and holds the data set; returns its full path.</summary>
    public string Checked(string folder, string source, TextWriter? log)
    {
        string root = Path.GetFullPath(folder);
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"{source} names {root}, which does not exist.");
        }
        Check(root, source);
        log?.WriteLine($"{Title}: {root}");
        return root;
    }

    /// <summary>Walks up from <paramref name="start"/> and returns the first <c>folder/relative</c> that exists.</summary>
    static string? FindUpwards(string start, string relative, Func<string, bool> exists)
    {
        for (var folder = new DirectoryInfo(Path.GetFullPath(start)); folder is not null; folder = folder.Parent)
        {
            string candidate = Path.Combine(folder.FullName, relative);
            if (exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }
}
