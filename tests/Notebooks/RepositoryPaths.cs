namespace NeuralNetLessons.Tests.Notebooks;

internal static class RepositoryPaths
{
    public static string Root { get; } = NotebookRunner.RepositoryRoot.Find();

    public static string Notebooks => Path.Combine(Root, "notebooks");

    public static IEnumerable<string> CommittedNotebooks =>
        Directory.GetFiles(Notebooks, "*.ipynb").Order(StringComparer.Ordinal);
}
