using NotebookRunner;
using Xunit;

namespace NeuralNetLessons.Tests.Notebooks;

/// <summary>The notebooks run headless with dotnet-repl, as the README's first command runs them.</summary>
public sealed class HeadlessNotebooks : NotebookRuns
{
    public HeadlessNotebooks()
        : base("notebooks") => StartAll();

    protected override JupyterKernel? Kernel => null;
}

[CollectionDefinition(nameof(HeadlessNotebooks))]
public sealed class HeadlessNotebooksCollection : ICollectionFixture<HeadlessNotebooks>;
