using System.Text.Json;
using NeuralNetLessons.Charting;
using Plotly.NET;
using TorchSharp;
using Xunit;
using static TorchSharp.torch;

namespace NeuralNetLessons.Tests.Charting;

/// <summary>The diverging heatmap of weights, read from the chart's JSON figure.</summary>
public class WeightChartsTests
{
    static JsonElement Trace(GenericChart chart) =>
        JsonDocument.Parse(GenericChart.toFigureJson(chart)).RootElement.GetProperty("data").EnumerateArray().Single();

    [Fact]
    public void The_range_is_symmetric_around_zero_with_white_in_the_middle()
    {
        using Tensor weights = torch.tensor(new float[] { -0.25f, 0.5f, 0.125f, -1.5f, 0, 1 }, [2, 3]);

        JsonElement trace = Trace(Charts.WeightHeatmap(weights, "weights"));

        Assert.Equal("heatmap", trace.GetProperty("type").GetString());
        Assert.Equal(-1.5, trace.GetProperty("zmin").GetDouble());
        Assert.Equal(1.5, trace.GetProperty("zmax").GetDouble());
        Assert.Equal(0, trace.GetProperty("zmid").GetDouble());
        Assert.False(trace.GetProperty("reversescale").GetBoolean());
        var stops = trace.GetProperty("colorscale").EnumerateArray()
            .Select(stop => (stop[0].GetDouble(), stop[1].GetString()!)).ToArray();
        Assert.Equal([(0.0, "rgb(33,102,172)"), (0.5, "rgb(255,255,255)"), (1.0, "rgb(178,24,43)")], stops);
    }

    [Fact]
    public void Every_value_is_drawn_row_zero_on_top()
    {
        using Tensor weights = torch.tensor(new float[] { -0.25f, 0.5f, 0.125f, -1.5f, 0, 1 }, [2, 3]);

        GenericChart chart = Charts.WeightHeatmap(weights, "two rows");

        JsonElement z = Trace(chart).GetProperty("z");
        Assert.Equal([[-0.25, 0.5, 0.125], [-1.5, 0, 1]],
            z.EnumerateArray().Select(row => row.EnumerateArray().Select(v => v.GetDouble()).ToArray()).ToArray());
        var layout = JsonDocument.Parse(GenericChart.toFigureJson(chart)).RootElement.GetProperty("layout");
        Assert.Equal("reversed", layout.GetProperty("yaxis").GetProperty("autorange").GetString());
        Assert.Equal("two rows", layout.GetProperty("title").GetProperty("text").GetString());
        Assert.Contains("value %{z}", Trace(chart).GetProperty("hovertemplate").GetString());
    }

    [Fact]
    public void All_zeros_still_get_a_range_centred_on_zero()
    {
        using Tensor weights = torch.zeros(28, 28);

        JsonElement trace = Trace(Charts.WeightHeatmap(weights, "untrained"));

        Assert.Equal(-trace.GetProperty("zmax").GetDouble(), trace.GetProperty("zmin").GetDouble());
        Assert.True(trace.GetProperty("zmax").GetDouble() > 0);
    }

    [Fact]
    public void A_column_of_784_weights_must_be_reshaped_first()
    {
        using Tensor column = torch.zeros(784, 1).squeeze(1);

        var error = Assert.Throws<ArgumentException>(() => Charts.WeightHeatmap(column, "flat"));

        Assert.Contains("[784]", error.Message);
    }

    [Fact]
    public void NaN_weights_are_an_error()
    {
        using Tensor weights = torch.tensor(new float[] { 1, float.NaN }, [1, 2]);

        var error = Assert.Throws<ArgumentException>(() => Charts.WeightHeatmap(weights, "broken"));

        Assert.Contains("NaN", error.Message);
    }
}
