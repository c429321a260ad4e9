using System.Text.Json.Nodes;
using Xunit;

namespace NeuralNetLessons.Tests.Notebooks;

public abstract class EveryNotebookTests(NotebookRuns notebooks)
{
    [SkippableTheory]
    [MemberData(nameof(NotebookFileTests.Notebooks), MemberType = typeof(NotebookFileTests))]
    public async Task Runs_headless_in_a_fresh_kernel_without_errors(string name)
    {
        var result = await notebooks.RunCommittedAsync(name);

        Assert.True(result.Passed, $"{name}: {result.Problem}");
        Assert.Contains("NeuralNetLessons is ready.", result.Executed!.Text);
    }

    [SkippableTheory]
    [MemberData(nameof(NotebookFileTests.Notebooks), MemberType = typeof(NotebookFileTests))]
    public async Task Its_executed_copy_has_the_notebooks_own_cells_with_their_ids(string name)
    {
        var result = await notebooks.RunCommittedAsync(name);

        var executed = JsonNode.Parse(File.ReadAllText(result.ExecutedCopy))!["cells"]!.AsArray();
        var committed = NotebookFileTests.Read(name)["cells"]!.AsArray();
        Assert.Equal(
            committed.Select(cell => ((string?)cell!["id"], NotebookFileTests.Source(cell))),
            executed.Select(cell => ((string?)cell!["id"], NotebookFileTests.Source(cell))));
    }
}

[Collection(nameof(HeadlessNotebooks))]
public sealed class EveryNotebookHeadlessTests(HeadlessNotebooks notebooks) : EveryNotebookTests(notebooks);

[Collection(nameof(JupyterNotebooks))]
[Trait("Runner", "Jupyter")]
public sealed class EveryNotebookJupyterTests(JupyterNotebooks notebooks) : EveryNotebookTests(notebooks);
