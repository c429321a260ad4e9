using System.Text.Json;
using NeuralNetLessons.Charting;
using NeuralNetLessons.Data;
using Plotly.NET;
using TorchSharp;
using Xunit;
using static TorchSharp.torch;
using static NeuralNetLessons.Tests.JsonValues;

namespace NeuralNetLessons.Tests.Charting;

/// <summary>What the chart builders hand to plotly.js, read from the chart's JSON figure.</summary>
public class ChartsTests
{
    [Fact]
    public void Heatmap_shows_the_whole_image_row_zero_on_top_with_row_column_and_value_on_hover()
    {
        string file = MnistImages.ListImages(Path.Combine(TestData.MnistTinyRoot, "train", "3"))[1];
        using Tensor three = MnistImages.LoadImage(file);

        JsonElement figure = Figure(Charts.Heatmap(three, "the example three"));

        JsonElement trace = Assert.Single(figure.GetProperty("data").EnumerateArray());
        Assert.Equal("heatmap", Text(trace, "type"));
        JsonElement[] z = [.. trace.GetProperty("z").EnumerateArray()];
        Assert.Equal(28, z.Length);
        Assert.Equal(three.data<byte>().ToArray().Select(b => (double)b), z.SelectMany(Numbers));
        // plotly.js's Greys runs from black (low) to white (high); reversed, ink (high values) is dark as in the shaded table.
        Assert.Equal("Greys", Text(trace, "colorscale"));
        Assert.True(trace.GetProperty("reversescale").GetBoolean());
        string hover = Text(trace, "hovertemplate");
        Assert.Contains("row %{y}", hover);
        Assert.Contains("column %{x}", hover);
        Assert.Contains("value %{z}", hover);

        JsonElement layout = figure.GetProperty("layout");
        Assert.Equal("reversed", Text(layout, "yaxis", "autorange"));
        Assert.Equal("column", Text(layout, "xaxis", "title", "text"));
        Assert.Equal("row", Text(layout, "yaxis", "title", "text"));
        Assert.Equal("the example three", Text(layout, "title", "text"));
        int width = layout.GetProperty("width").GetInt32(), height = layout.GetProperty("height").GetInt32();
        Assert.InRange(width / (double)height, 0.9, 1.25);
        // Square pixels at any size: a unit of y is drawn as long as a unit of x.
        Assert.Equal("x", Text(layout, "yaxis", "scaleanchor"));
    }

    [Fact]
    public void Heatmap_of_a_non_two_dimensional_tensor_is_an_error_naming_its_shape()
    {
        using Tensor flat = torch.zeros(784, ScalarType.Byte);

        var error = Assert.Throws<ArgumentException>(() => Charts.Heatmap(flat, "flat"));

        Assert.Contains("[784]", error.Message);
    }

    [Fact]
    public void Curves_draw_one_line_with_markers_per_series_against_epochs_from_one()
    {
        double[] linear = [0.5, 0.7, 0.8, 0.85];
        double[] relu = [0.6, 0.8, 0.9, 0.95];

        JsonElement figure = Figure(Charts.Curves([("linear", linear), ("ReLU net", relu)], title: "validation accuracy", yTitle: "accuracy"));

        JsonElement[] traces = [.. figure.GetProperty("data").EnumerateArray()];
        Assert.Equal(2, traces.Length);
        Assert.All(traces, t => Assert.Equal("scatter", Text(t, "type")));
        Assert.All(traces, t => Assert.Equal("lines+markers", Text(t, "mode")));
        Assert.All(traces, t => Assert.True(t.GetProperty("showlegend").GetBoolean()));
        Assert.Equal(["linear", "ReLU net"], traces.Select(t => Text(t, "name")));
        Assert.All(traces, t => Assert.Equal([1.0, 2, 3, 4], Numbers(t.GetProperty("x"))));
        Assert.Equal(linear, Numbers(traces[0].GetProperty("y")));
        Assert.Equal(relu, Numbers(traces[1].GetProperty("y")));

        JsonElement layout = figure.GetProperty("layout");
        Assert.Equal("epoch", Text(layout, "xaxis", "title", "text"));
        Assert.Equal("accuracy", Text(layout, "yaxis", "title", "text"));
        Assert.Equal("validation accuracy", Text(layout, "title", "text"));
    }

    [Fact]
    public void Curves_with_a_y_range_show_only_that_range_and_without_one_leave_the_axis_to_plotly()
    {
        (string, IReadOnlyList<double>)[] runs = [("linear", [0.96, 0.98]), ("net", [0.97, 0.99])];

        JsonElement closeUp = Figure(Charts.Curves(runs, title: "close-up", yTitle: "accuracy", yRange: (0.95, 1.0)));
        JsonElement whole = Figure(Charts.Curves(runs, title: "whole", yTitle: "accuracy"));

        Assert.Equal([0.95, 1.0], Numbers(closeUp.GetProperty("layout").GetProperty("yaxis").GetProperty("range")));
        Assert.False(whole.GetProperty("layout").GetProperty("yaxis").TryGetProperty("range", out _));
        var error = Assert.Throws<ArgumentException>(() => Charts.Curves(runs, title: "upside down", yTitle: "accuracy", yRange: (1.0, 0.95)));
        Assert.Contains("From < To", error.Message);
    }

    [Fact]
    public void Curves_without_series_are_an_error()
    {
        var error = Assert.Throws<ArgumentException>(() => Charts.Curves([], title: "nothing", yTitle: "loss"));

        Assert.Contains("at least one series", error.Message);
    }

    [Fact]
    public void Function_is_drawn_from_its_start_to_its_end()
    {
        JsonElement figure = Figure(Charts.Function(x => Math.Max(x, 0), -2, 2, title: "ReLU", yTitle: "max(x, 0)"));

        JsonElement trace = Assert.Single(figure.GetProperty("data").EnumerateArray());
        Assert.Equal("scatter", Text(trace, "type"));
        double[] x = Numbers(trace.GetProperty("x"));
        double[] y = Numbers(trace.GetProperty("y"));
        Assert.Equal(Charts.FunctionPoints, x.Length);
        Assert.Equal(-2, x[0]);
        Assert.Equal(2, x[^1]);
        Assert.Equal(x.Select(v => Math.Max(v, 0)), y);
        Assert.Contains(0.0, x);                       // the kink is drawn exactly

        JsonElement layout = figure.GetProperty("layout");
        Assert.Equal("x", Text(layout, "xaxis", "title", "text"));
        Assert.Equal("max(x, 0)", Text(layout, "yaxis", "title", "text"));
        Assert.Equal("ReLU", Text(layout, "title", "text"));
    }

    [Fact]
    public void Function_needs_from_before_to()
    {
        var error = Assert.Throws<ArgumentException>(() => Charts.Function(x => x, 1, -1, title: "backwards"));

        Assert.Contains("from < to", error.Message);
    }
}
