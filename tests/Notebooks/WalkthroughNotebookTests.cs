using Xunit;

namespace NeuralNetLessons.Tests.Notebooks;

/// <summary>What notebooks 02 to 06 print, read back from their headless runs.</summary>
[Collection(nameof(HeadlessNotebooks))]
public class WalkthroughNotebookTests(HeadlessNotebooks notebooks)
{
    [Fact]
    public async Task Notebook_02_shows_22_rows_by_15_columns_of_shaded_values_and_a_heatmap()
    {
        var executed = (await notebooks.RunCommittedAsync("02-pixel-heatmap.ipynb")).Executed!;

        var table = executed.Outputs("text/html").Single(html => html.Contains("background-color"));
        var (rows, cellsPerRow) = NotebookOutputs.TableShape(table);
        Assert.Equal(22, rows);
        Assert.All(cellsPerRow, cells => Assert.Equal(15, cells));
        Assert.Contains(executed.Outputs("text/html"), html => html.Contains("var data = [{\"type\":\"heatmap\""));
    }

    [Fact]
    public async Task Notebook_03_stacks_scales_and_averages_the_threes_and_sevens()
    {
        var executed = (await notebooks.RunCommittedAsync("03-mean-three.ipynb")).Executed!;

        Assert.Contains("[ 346, 28, 28 ]", executed.Outputs("text/html").First(html => html.Contains("346")));
        Assert.Contains("shape: [346, 28, 28], type: Float32", executed.Text);
        Assert.Contains("min: 0, max: 1", executed.Text);
        Assert.Contains("363 sevens, mean shape: [28, 28]", executed.Text);
        var sideBySide = executed.Outputs("text/html").Single(html => html.Contains("mean seven"));
        Assert.Equal(2, sideBySide.Split("<img ").Length - 1);
    }

    [Fact]
    public async Task Notebook_04_prints_every_shape_and_the_linear_model_reaches_090()
    {
        var text = (await notebooks.RunCommittedAsync("04-linear-model.ipynb")).Executed!.Text;

        Assert.Contains("w: [784, 1], b: [1]", text);
        Assert.Contains("x: [709, 784]", text);
        Assert.Contains("y: [709, 1], threes: 346", text);
        Assert.Contains("predictions: [709, 1]", text);
        Assert.Contains("one batch: x [256, 784], y [256, 1]", text);
        Assert.Contains("w.grad: [784, 1]", text);
        Assert.Contains("validation: x [699, 784], y [699, 1]", text);
        var accuracies = NotebookOutputs.EpochAccuracies(text);
        Assert.Equal(20, accuracies.Length);
        Assert.True(accuracies[^1] >= 0.90, $"validation accuracy after 20 epochs: {accuracies[^1]}");
    }

    [Fact]
    public async Task Notebook_05_shows_relu_and_the_shapes_and_the_net_reaches_093()
    {
        var executed = (await notebooks.RunCommittedAsync("05-relu-net.ipynb")).Executed!;

        Assert.Contains("[[0, 1.5, 0]\n [3, 0, 0]]", executed.Text);
        var shapes = executed.Outputs("text/html").Single(html => html.Contains("hidden unit"));
        foreach (var shape in new[] { "[709, 784]", "[784, 30]", "[30]", "[709, 30]", "[30, 1]", "[1]", "[709, 1]" })
        {
            Assert.Contains($"<td>{shape}</td>", shapes);
        }
        var accuracies = NotebookOutputs.EpochAccuracies(executed.Text);
        Assert.Equal(20, accuracies.Length);
        Assert.True(accuracies[^1] >= 0.93, $"validation accuracy after 20 epochs: {accuracies[^1]}");
    }

    [Fact]
    public async Task Notebook_06_repeats_the_runs_of_04_and_05_with_the_library_and_charts_them()
    {
        var curves = (await notebooks.RunCommittedAsync("06-training-curves.ipynb")).Executed!;
        var linear = NotebookOutputs.EpochAccuracies((await notebooks.RunCommittedAsync("04-linear-model.ipynb")).Executed!.Text);
        var relu = NotebookOutputs.EpochAccuracies((await notebooks.RunCommittedAsync("05-relu-net.ipynb")).Executed!.Text);

        var charts = curves.Outputs("text/html").Where(html => html.Contains("var data = [{\"type\":\"scatter\"")).ToList();
        Assert.Equal(2, charts.Count);
        Assert.All(charts, chart => Assert.Contains("\"text\":\"epoch\"", chart));
        // The accuracy chart's curves are the library's Training.Fit runs: the same numbers as
        // 04's hand-written loop and 05's run.
        var accuracy = NotebookOutputs.ChartSeries(charts[0]);
        Assert.Equal(["linear model", "ReLU net (784-30-1)"], accuracy.Select(series => series.Name));
        Assert.Equal(linear, accuracy[0].Y);
        Assert.Equal(relu, accuracy[1].Y);
        var loss = NotebookOutputs.ChartSeries(charts[1]);
        Assert.All(loss, series => Assert.True(series.Y[^1] < series.Y[0], $"{series.Name}: the training loss falls"));
        Assert.Contains(
            FormattableString.Invariant($"after 20 epochs: linear model {linear[^1]:0.0000}, ReLU net {relu[^1]:0.0000}"), curves.Text);
    }

    [Theory]
    [InlineData("04-linear-model.ipynb")]
    [InlineData("05-relu-net.ipynb")]
    public async Task A_second_run_prints_the_same_numbers(string name)
    {
        var first = (await notebooks.RunCommittedAsync(name)).Executed!;
        var second = (await notebooks.RunAgainAsync(name)).Executed!;

        Assert.Equal(20, NotebookOutputs.EpochAccuracies(second.Text).Length);
        Assert.Equal(NotebookOutputs.EpochAccuracies(first.Text), NotebookOutputs.EpochAccuracies(second.Text));
    }
}
