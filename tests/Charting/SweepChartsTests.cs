using System.Text.Json;
using NeuralNetLessons.Charting;
using Plotly.NET;
using Xunit;
using static NeuralNetLessons.Tests.JsonValues;

namespace NeuralNetLessons.Tests.Charting;

public class SweepChartsTests
{
    [Fact]
    public void LogSweep_draws_each_series_against_the_settings_on_a_log_axis()
    {
        double[] rates = [0.01, 0.1, 1, 10];
        double[] final = [0.97, 0.98, 0.99, 0.55];
        double[] worst = [0.70, 0.95, 0.55, 0.45];

        JsonElement figure = Figure(Charts.LogSweep(
            rates, [("after 20 epochs", final), ("worst epoch", worst)], title: "learning rate sweep", xTitle: "learning rate", yTitle: "accuracy"));

        JsonElement[] traces = [.. figure.GetProperty("data").EnumerateArray()];
        Assert.Equal(["after 20 epochs", "worst epoch"], traces.Select(t => t.GetProperty("name").GetString()));
        Assert.All(traces, t => Assert.Equal(rates, Numbers(t.GetProperty("x"))));
        Assert.All(traces, t => Assert.Equal("lines+markers", t.GetProperty("mode").GetString()));
        Assert.Equal(final, Numbers(traces[0].GetProperty("y")));
        Assert.Equal(worst, Numbers(traces[1].GetProperty("y")));
        JsonElement layout = figure.GetProperty("layout");
        Assert.Equal("log", layout.GetProperty("xaxis").GetProperty("type").GetString());
        Assert.Equal("learning rate", layout.GetProperty("xaxis").GetProperty("title").GetProperty("text").GetString());
        Assert.Equal("accuracy", layout.GetProperty("yaxis").GetProperty("title").GetProperty("text").GetString());
        Assert.Equal("learning rate sweep", layout.GetProperty("title").GetProperty("text").GetString());
    }

    [Fact]
    public void LogSweep_needs_positive_settings()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            Charts.LogSweep([0, 1], [("final", [0.5, 0.9])], title: "sweep", xTitle: "learning rate", yTitle: "accuracy"));

        Assert.Contains("positive", error.Message);
        Assert.Contains("[0, 1]", error.Message);
    }

    [Fact]
    public void LogSweep_needs_one_value_per_setting()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            Charts.LogSweep([0.1, 1], [("final", [0.9])], title: "sweep", xTitle: "learning rate", yTitle: "accuracy"));

        Assert.Contains("\"final\" has 1 values for 2 settings", error.Message);
    }
}
