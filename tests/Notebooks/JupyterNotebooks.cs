using NotebookRunner;
using Xunit;

namespace NeuralNetLessons.Tests.Notebooks;

/// <summary>
/// The notebooks run through Jupyter's kernel protocol with the .NET kernel (the README's route 2):
/// nbconvert executes each committed notebook. Where Jupyter is not installed, the tests that read
/// these runs are skipped with the reason.
/// </summary>
public sealed class JupyterNotebooks : NotebookRuns
{
    private readonly string? unavailable;

    public JupyterNotebooks()
        : base("jupyter-notebooks")
    {
        if (!ToolsRestored)
        {
            unavailable = "dotnet tool restore failed, so the .NET kernel for Jupyter is not installed";
            return;
        }
        Kernel = JupyterKernel.Install(RepositoryPaths.Root, Path.Combine(RepositoryPaths.Root, "artifacts", "test-results", "jupyter"), out var problem);
        if (Kernel is null)
        {
            unavailable = $"Jupyter cannot run the notebooks here: {problem}";
            return;
        }
        StartAll();
    }

    protected override JupyterKernel? Kernel { get; }

    protected override string? Unavailable => unavailable;
}

[CollectionDefinition(nameof(JupyterNotebooks))]
public sealed class JupyterNotebooksCollection : ICollectionFixture<JupyterNotebooks>;
