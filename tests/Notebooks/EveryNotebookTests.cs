using Xunit;

namespace NeuralNetLessons.Tests.Notebooks;

[Collection(nameof(HeadlessNotebooks))]
public class EveryNotebookTests(HeadlessNotebooks notebooks)
{
    [Theory]
    [MemberData(nameof(NotebookFileTests.Notebooks), MemberType = typeof(NotebookFileTests))]
    public async Task Runs_headless_in_a_fresh_kernel_without_errors(string name)
    {
        var result = await notebooks.RunCommittedAsync(name);

        Assert.True(result.Passed, $"{name}: {result.Problem}");
        Assert.Contains("NeuralNetLessons is ready.", result.Executed!.Text);
    }
}
