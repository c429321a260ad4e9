using System.Text.Json;
using NeuralNetLessons.Charting;
using NeuralNetLessons.Learning;
using Plotly.NET;
using TorchSharp;
using Xunit;
using static NeuralNetLessons.Tests.JsonValues;
using static TorchSharp.torch;

namespace NeuralNetLessons.Tests.Charting;

/// <summary>The confusion heatmap, read from the chart's JSON figure.</summary>
public class ConfusionChartsTests
{
    // Labels 0 0 0 1 1 2 answered 0 0 1 1 2 2: rows [2 1 0] [0 1 1] [0 0 1].
    static ClassConfusion Example()
    {
        using Tensor scores = torch.tensor(new float[,] { { 1, 0, 0 }, { 1, 0, 0 }, { 0, 1, 0 }, { 0, 1, 0 }, { 0, 0, 1 }, { 0, 0, 1 } });
        using Tensor labels = torch.tensor(new long[] { 0, 0, 0, 1, 1, 2 });
        return ClassConfusion.Of(scores, labels);
    }

    [Fact]
    public void Draws_every_count_true_class_down_the_side_first_on_top()
    {
        var figure = Figure(Charts.ConfusionHeatmap(Example(), "three classes"));
        var trace = figure.GetProperty("data").EnumerateArray().Single();

        Assert.Equal("heatmap", trace.GetProperty("type").GetString());
        Assert.Equal([[2, 1, 0], [0, 1, 1], [0, 0, 1]],
            trace.GetProperty("z").EnumerateArray().Select(row => row.EnumerateArray().Select(v => v.GetInt32()).ToArray()));
        Assert.Equal(["0", "1", "2"], trace.GetProperty("x").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal(["0", "1", "2"], trace.GetProperty("y").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal("%{z}", trace.GetProperty("texttemplate").GetString());
        var layout = figure.GetProperty("layout");
        Assert.Equal("reversed", layout.GetProperty("yaxis").GetProperty("autorange").GetString());
        Assert.Equal("category", layout.GetProperty("xaxis").GetProperty("type").GetString());
        Assert.Equal("category", layout.GetProperty("yaxis").GetProperty("type").GetString());
        Assert.Equal("three classes", layout.GetProperty("title").GetProperty("text").GetString());
    }

    [Fact]
    public void The_colours_span_the_mistakes_so_the_diagonal_does_not_wash_them_out()
    {
        var trace = Figure(Charts.ConfusionHeatmap(Example(), "scale")).GetProperty("data").EnumerateArray().Single();

        Assert.Equal(0, trace.GetProperty("zmin").GetInt32());
        Assert.Equal(1, trace.GetProperty("zmax").GetInt32());
    }

    [Fact]
    public void Classes_can_have_names()
    {
        var trace = Figure(Charts.ConfusionHeatmap(Example(), "named", ["cat", "dog", "cow"])).GetProperty("data").EnumerateArray().Single();

        Assert.Equal(["cat", "dog", "cow"], trace.GetProperty("x").EnumerateArray().Select(v => v.GetString()));
    }

    [Fact]
    public void Too_few_names_are_an_error()
    {
        var error = Assert.Throws<ArgumentException>(() => Charts.ConfusionHeatmap(Example(), "named", ["cat", "dog"]));

        Assert.Contains("needs 3 different class names", error.Message);
    }
}
