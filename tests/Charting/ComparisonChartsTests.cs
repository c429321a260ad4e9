using System.Text.Json;
using NeuralNetLessons.Charting;
using Plotly.NET;
using Xunit;
using static TorchSharp.torch;
using static NeuralNetLessons.Tests.JsonValues;

namespace NeuralNetLessons.Tests.Charting;

/// <summary>The charts that compare runs with each other and with the baseline, read from their JSON figures.</summary>
public class ComparisonChartsTests
{
    [Fact]
    public void Curves_with_a_level_add_a_dashed_line_across_every_epoch_after_the_series()
    {
        JsonElement figure = Figure(Charts.Curves([("net", [0.5, 0.9, 0.99])], title: "accuracy", yTitle: "accuracy", level: ("baseline", 0.9683)));

        JsonElement[] traces = [.. figure.GetProperty("data").EnumerateArray()];
        Assert.Equal(["net", "baseline"], traces.Select(t => t.GetProperty("name").GetString()));
        Assert.Equal([1.0, 3.0], Numbers(traces[1].GetProperty("x")));
        Assert.Equal([0.9683, 0.9683], Numbers(traces[1].GetProperty("y")));
        Assert.Equal("dash", traces[1].GetProperty("line").GetProperty("dash").GetString());
        Assert.Equal("epoch", figure.GetProperty("layout").GetProperty("xaxis").GetProperty("title").GetProperty("text").GetString());
    }

    [Fact]
    public void Histograms_overlay_one_histogram_per_tensor_with_every_element()
    {
        using Tensor wide = tensor(new float[] { -30, -5, 0, 5, 30 });
        using Tensor narrow = tensor(new float[,] { { -0.1f, 0 }, { 0.1f, 0.2f } });

        JsonElement figure = Figure(Charts.Histograms([("std 1.0", wide), ("scaled", narrow)], title: "scores", xTitle: "score"));

        JsonElement[] traces = [.. figure.GetProperty("data").EnumerateArray()];
        Assert.All(traces, t => Assert.Equal("histogram", t.GetProperty("type").GetString()));
        Assert.Equal(["std 1.0", "scaled"], traces.Select(t => t.GetProperty("name").GetString()));
        Assert.Equal([-30.0, -5, 0, 5, 30], Numbers(traces[0].GetProperty("x")));
        Assert.Equal([-0.1, 0, 0.1, 0.2], Numbers(traces[1].GetProperty("x")).Select(v => Math.Round(v, 6)));
        Assert.Equal("overlay", figure.GetProperty("layout").GetProperty("barmode").GetString());
        Assert.Equal("score", figure.GetProperty("layout").GetProperty("xaxis").GetProperty("title").GetProperty("text").GetString());
    }

    [Fact]
    public void Histograms_with_bins_count_every_series_into_the_same_bins()
    {
        using Tensor saturated = tensor(new float[] { 0.001f, 0.002f, 0.999f });
        using Tensor middle = tensor(new float[] { 0.45f, 0.5f, 0.55f });

        JsonElement figure = Figure(Charts.Histograms([("std 1.0", saturated), ("scaled", middle)], title: "probabilities", xTitle: "p", bins: (0, 1, 0.02)));

        Assert.All(figure.GetProperty("data").EnumerateArray(), trace =>
        {
            JsonElement bins = trace.GetProperty("xbins");
            Assert.Equal((0.0, 1.0, 0.02), (bins.GetProperty("start").GetDouble(), bins.GetProperty("end").GetDouble(), bins.GetProperty("size").GetDouble()));
        });
        Assert.Throws<ArgumentException>(() => Charts.Histograms([("a", middle)], title: "bad", xTitle: "p", bins: (1, 0, 0.1)));
    }

    [Fact]
    public void Histograms_of_nothing_are_an_error()
    {
        using Tensor none = zeros(0);
        var error = Assert.Throws<ArgumentException>(() => Charts.Histograms([("none", none)], title: "empty", xTitle: "x"));

        Assert.Contains("at least one value", error.Message);
    }

    [Fact]
    public void Runs_show_every_run_as_a_point_in_its_group_in_order_of_first_appearance_and_the_level()
    {
        (string, string, double)[] runs = [("b", "seed 0", 0.5), ("a", "seed 0", 0.9), ("b", "seed 1", 0.7), ("a", "seed 1", 0.9)];

        JsonElement figure = Figure(Charts.Runs(runs, title: "runs", yTitle: "accuracy", level: ("baseline", 0.8)));

        JsonElement[] traces = [.. figure.GetProperty("data").EnumerateArray()];
        Assert.Equal(["b", "a", "baseline"], traces.Select(t => t.GetProperty("name").GetString()));
        Assert.All(traces[..2], t => Assert.Equal(("box", "all"), (t.GetProperty("type").GetString(), t.GetProperty("boxpoints").GetString())));
        Assert.Equal([0.5, 0.7], Numbers(traces[0].GetProperty("y")));
        Assert.Equal(["seed 0", "seed 1"], traces[0].GetProperty("text").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal([0.8, 0.8], Numbers(traces[2].GetProperty("y")));
        Assert.Equal(["b", "a"], traces[2].GetProperty("x").EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public void Runs_with_a_y_range_show_only_that_range()
    {
        (string, string, double)[] runs = [("net", "seed 0", 0.54), ("net", "seed 1", 0.96), ("linear", "seed 0", 0.97)];

        JsonElement figure = Figure(Charts.Runs(runs, title: "close-up", yTitle: "accuracy", level: ("baseline", 0.8), yRange: (0.85, 1.0)));

        Assert.Equal([0.85, 1.0], Numbers(figure.GetProperty("layout").GetProperty("yaxis").GetProperty("range")));
    }

    [Fact]
    public void Runs_without_runs_are_an_error()
    {
        var error = Assert.Throws<ArgumentException>(() => Charts.Runs([], title: "none", yTitle: "accuracy", level: ("baseline", 0.8)));

        Assert.Contains("at least one run", error.Message);
    }
}
