using System.Text.Json;
using NeuralNetLessons.Data;
using Xunit;
using static NeuralNetLessons.Tests.JsonValues;
using static NeuralNetLessons.Tests.Notebooks.PyTorchReference;

namespace NeuralNetLessons.Tests.Notebooks;

/// <summary>
/// Every value the original lesson prints before training (walkthrough.md's list), as our notebooks
/// show it, against the value the original's own code gives in PyTorch (tests/Fixtures/pytorch-reference.json).
/// </summary>
public abstract class OriginalLessonOutputsTests(NotebookRuns notebooks)
{
    private async Task<NotebookRunner.ExecutedNotebook> Run(string name)
    {
        var result = await notebooks.RunCommittedAsync(name);
        Assert.True(result.Passed, $"{name}: {result.Problem}");
        return result.Executed!;
    }

    private static string Shape(JsonElement shape) => $"[{string.Join(", ", shape.EnumerateArray().Select(d => d.GetInt32()))}]";

    [SkippableFact]
    public async Task The_example_three_as_a_picture_and_its_size()
    {
        var executed = await Run("01-loading-the-data.ipynb");

        Assert.Contains(executed.Outputs("text/html"), html => html.Contains("<img src=\"data:image/png;base64,") && html.Contains("the example three"));
        Assert.Contains($"shape: {Shape(OriginalValue("example_three_shape"))}", executed.OutputOf("one-image-shape"));
    }

    [SkippableFact]
    public async Task The_pixel_block_rows_3_to_24_and_columns_6_to_20_as_a_shaded_table()
    {
        var executed = await Run("02-pixel-heatmap.ipynb");
        var three = MnistImages.LoadPixels(MnistImages.ListImages(Path.Combine(TestData.MnistTinyRoot, "train", "3"))[1]);
        double[] expected = [.. Enumerable.Range(3, 22).SelectMany(row => Enumerable.Range(6, 15).Select(column => (double)three[(row * 28) + column]))];

        var table = executed.HtmlOf("pixel-block-table");

        var (rows, cellsPerRow) = NotebookOutputs.TableShape(table);
        Assert.Equal(22, rows);
        Assert.All(cellsPerRow, cells => Assert.Equal(15, cells));
        var cells = NotebookOutputs.TableCells(table).SelectMany(row => row)
            .Select(cell => double.Parse(cell, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(expected, cells);
    }

    [SkippableFact]
    public async Task The_largest_starting_weight()
    {
        var executed = await Run("04-linear-model.ipynb");

        Assert.Equal(OriginalValue("max_w").GetDouble(), double.Parse(executed.OutputOf("largest-starting-weight"), System.Globalization.CultureInfo.InvariantCulture), 4);
    }

    [SkippableFact]
    public async Task The_smallest_and_largest_of_the_stacked_scaled_threes_and_sevens()
    {
        var executed = await Run("03-mean-three.ipynb");
        var (smallest, largest) = (OriginalValue("stacked_min").GetDouble(), OriginalValue("stacked_max").GetDouble());

        Assert.Equal($"smallest {smallest}, largest {largest}", executed.OutputOf("three-pixel-range"));
        Assert.EndsWith($"smallest {smallest}, largest {largest}", executed.OutputOf("seven-pixel-range"));
    }

    [SkippableFact]
    public async Task The_mean_three_as_a_picture()
    {
        var executed = await Run("03-mean-three.ipynb");

        var pictures = executed.HtmlOf("mean-pictures");
        Assert.Equal(2, pictures.Split("<img ").Length - 1);
    }

    [SkippableFact]
    public async Task The_first_example_and_the_shapes_of_w_x0_b_y0()
    {
        var executed = await Run("04-linear-model.ipynb");
        var shapes = OriginalValue("shapes_w_x0_b_y0").EnumerateArray().Select(Shape).ToArray();

        Assert.Equal($"x[0] {Shape(OriginalValue("x0_shape"))}, y[0] = {OriginalValue("y0").GetInt32()}", executed.OutputOf("first-row-and-label"));
        Assert.Equal($"w {shapes[0]}, x[0] {shapes[1]}, b {shapes[2]}, y[0] {shapes[3]}", executed.OutputOf("parameter-shapes"));
    }

    [SkippableFact]
    public async Task The_predictions_shape_and_rows_1_to_9()
    {
        var executed = await Run("04-linear-model.ipynb");

        Assert.Equal(Shape(OriginalValue("preds_shape")), executed.OutputOf("predictions-shape"));
        var shown = executed.OutputOf("some-predictions");
        Assert.StartsWith("tensor of shape [9, 1]", shown);
        Assert.Equal(Numbers(OriginalValue("preds_1_to_9")), NotebookOutputs.TensorValues(shown));
    }

    [SkippableFact]
    public async Task One_batchs_shapes()
    {
        var executed = await Run("04-linear-model.ipynb");
        var shapes = OriginalValue("batch_shapes").EnumerateArray().Select(Shape).ToArray();

        Assert.Equal($"one batch: x {shapes[0]}, y {shapes[1]}", executed.OutputOf("one-batch"));
    }

    [SkippableFact]
    public async Task The_relu_of_the_original_9_by_2_matrix()
    {
        var executed = await Run("05-relu-net.ipynb");

        var input = executed.OutputOf("relu-input");
        var output = executed.OutputOf("relu-output");
        Assert.StartsWith("tensor of shape [9, 2]", input);
        Assert.Equal(OriginalValue("relu_input").EnumerateArray().SelectMany(Numbers), NotebookOutputs.TensorValues(input));
        Assert.Equal(OriginalValue("relu_output").EnumerateArray().SelectMany(Numbers), NotebookOutputs.TensorValues(output));
    }

    [SkippableFact]
    public async Task The_recap_of_shapes_x_w1_b1_w2_b2()
    {
        var executed = await Run("05-relu-net.ipynb");
        var recap = OriginalValue("recap_shapes");

        var table = executed.HtmlOf("shapes-table");
        foreach (var name in new[] { "x", "w1", "b1", "w2", "b2" })
        {
            Assert.Contains($"<td>{name}</td><td>{Shape(recap.GetProperty(name))}</td>", table);
        }
    }
}

[Collection(nameof(HeadlessNotebooks))]
public sealed class OriginalLessonOutputsHeadlessTests(HeadlessNotebooks notebooks) : OriginalLessonOutputsTests(notebooks);

[Collection(nameof(JupyterNotebooks))]
[Trait("Runner", "Jupyter")]
public sealed class OriginalLessonOutputsJupyterTests(JupyterNotebooks notebooks) : OriginalLessonOutputsTests(notebooks);
