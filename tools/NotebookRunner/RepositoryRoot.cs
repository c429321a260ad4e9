namespace NotebookRunner;

public static class RepositoryRoot
{
    /// <summary>The folder holding the tool manifest, found upwards from the runner's own files.</summary>
    public static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, ".config", "dotnet-tools.json")))
            {
                return folder.FullName;
            }
        }
        throw new DirectoryNotFoundException(
            $"No folder above {AppContext.BaseDirectory} holds .config/dotnet-tools.json; run the runner from inside the repository.");
    }
}
