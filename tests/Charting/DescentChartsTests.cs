using System.Text.Json;
using NeuralNetLessons.Charting;
using Plotly.NET;
using Xunit;
using static NeuralNetLessons.Tests.JsonValues;

namespace NeuralNetLessons.Tests.Charting;

/// <summary>The charts of a gradient as a slope and of steps downhill, read from the chart's JSON figure.</summary>
public class DescentChartsTests
{
    [Fact]
    public void Tangent_draws_the_curve_a_short_straight_line_with_the_slope_and_the_numbered_points()
    {
        JsonElement figure = Figure(Charts.Tangent(x => x * x, -4, 4, at: 3, slope: 6, title: "x²",
            points: [3, 1.8, 1.08], yTitle: "f(x)"));

        JsonElement[] traces = [.. figure.GetProperty("data").EnumerateArray()];
        Assert.Equal(3, traces.Length);
        double[] curveX = Numbers(traces[0].GetProperty("x"));
        Assert.Equal(Charts.FunctionPoints, curveX.Length);
        Assert.Equal(curveX.Select(x => x * x), Numbers(traces[0].GetProperty("y")));

        // The tangent: a quarter of the range either side of 3, cut at the right end 4; it touches (3, 9).
        JsonElement tangent = traces[1];
        Assert.Equal([1.0, 4.0], Numbers(tangent.GetProperty("x")));
        Assert.Equal([9 + (6 * -2.0), 9 + (6 * 1.0)], Numbers(tangent.GetProperty("y")));
        Assert.Equal("dash", Text(tangent, "line", "dash"));
        Assert.Contains("slope 6", Text(tangent, "name"));

        JsonElement steps = traces[2];
        Assert.Equal("markers+text", Text(steps, "mode"));
        Assert.Equal([3, 1.8, 1.08], Numbers(steps.GetProperty("x")));
        Assert.Equal([9, 1.8 * 1.8, 1.08 * 1.08], Numbers(steps.GetProperty("y")));
        Assert.Equal(["0", "1", "2"], steps.GetProperty("text").EnumerateArray().Select(t => t.GetString()));

        JsonElement layout = figure.GetProperty("layout");
        Assert.Equal("x²", Text(layout, "title", "text"));
        Assert.Equal("f(x)", Text(layout, "yaxis", "title", "text"));
    }

    [Fact]
    public void Tangent_without_points_draws_only_the_curve_and_the_tangent()
    {
        JsonElement figure = Figure(Charts.Tangent(x => x * x, -4, 4, at: 0, slope: 0, title: "flat at the bottom"));

        Assert.Equal(2, figure.GetProperty("data").GetArrayLength());
    }

    [Fact]
    public void Tangent_at_a_point_outside_the_range_is_an_error()
    {
        var error = Assert.Throws<ArgumentException>(() => Charts.Tangent(x => x, 0, 1, at: 2, slope: 1, title: "outside"));

        Assert.Contains("between from and to", error.Message);
    }

    [Fact]
    public void Steps_draw_one_line_with_markers_per_series_from_step_zero()
    {
        double[] small = [3, 2.94, 2.88], large = [3, -3.6, 4.32];

        JsonElement figure = Figure(Charts.Steps([("lr 0.01", small), ("lr 1.1", large)], title: "three rates", yTitle: "x"));

        JsonElement[] traces = [.. figure.GetProperty("data").EnumerateArray()];
        Assert.Equal(["lr 0.01", "lr 1.1"], traces.Select(t => Text(t, "name")));
        Assert.All(traces, t => Assert.Equal("lines+markers", Text(t, "mode")));
        Assert.All(traces, t => Assert.Equal([0.0, 1, 2], Numbers(t.GetProperty("x"))));
        Assert.Equal(small, Numbers(traces[0].GetProperty("y")));
        Assert.Equal(large, Numbers(traces[1].GetProperty("y")));
        JsonElement layout = figure.GetProperty("layout");
        Assert.Equal("step", Text(layout, "xaxis", "title", "text"));
        Assert.Equal("x", Text(layout, "yaxis", "title", "text"));
        Assert.Equal("three rates", Text(layout, "title", "text"));
    }

    [Fact]
    public void Steps_without_series_are_an_error()
    {
        var error = Assert.Throws<ArgumentException>(() => Charts.Steps([], title: "nothing", yTitle: "x"));

        Assert.Contains("at least one series", error.Message);
    }
}
