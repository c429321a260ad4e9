using Xunit;

namespace NeuralNetLessons.Tests.Notebooks;

/// <summary>
/// A learner adds cells after the setup cell following each package's own documentation
/// (tests/Fixtures/learner-cells.ipynb); they must just work in the notebook kernel.
/// </summary>
[Collection(nameof(HeadlessNotebooks))]
public class LearnerCellsTests(HeadlessNotebooks notebooks)
{
    private async Task<NotebookRunner.ExecutedNotebook> Run()
    {
        var result = await notebooks.RunAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", "learner-cells.ipynb"));
        Assert.True(result.Passed, result.Problem);
        return result.Executed!;
    }

    [Fact]
    public async Task Plotly_NETs_FSharp_API_from_CSharp_draws_with_one_FSharp_Core()
    {
        var executed = await Run();

        var figure = NotebookOutputs.Figures(executed)[0];
        Assert.Equal("Hello from Plotly.NET's F# API", figure.GetProperty("layout").GetProperty("title").GetProperty("text").GetString());
        Assert.Equal(2, figure.GetProperty("data").GetArrayLength());
        Assert.Equal("FSharp.Core copies loaded: 1", executed.OutputOf("fsharp-core-copies"));
    }

    [Fact]
    public async Task Plotly_NET_CSharp_draws()
    {
        var figure = NotebookOutputs.Figures(await Run())[1];

        var trace = Assert.Single(NotebookOutputs.Traces(figure));
        Assert.Equal(("Hello from Plotly.NET.CSharp", "scatter"), (trace.Name, trace.Type));
        Assert.Equal([5.0, 10], trace.Y);
    }

    [Fact]
    public async Task TorchSharps_nn_modules_and_optimisers_train()
    {
        var executed = await Run();

        Assert.Equal("nn modules: output [4, 1], loss fell after one SGD step", executed.OutputOf("torch-modules"));
    }

    [Fact]
    public async Task ImageSharp_resizes_converts_and_encodes()
    {
        var executed = await Run();

        Assert.Equal("ImageSharp: 32x16, grey True, PNG True", executed.OutputOf("imagesharp"));
    }
}
