using NeuralNetLessons.Display;
using Plotly.NET;
using Plotly.NET.CSharp;
using static TorchSharp.torch;

namespace NeuralNetLessons.Charting;

public static partial class Charts
{
    /// <summary>
    /// A 2-D tensor of signed numbers, such as the linear model's 784 weights reshaped to 28x28, as
    /// a heatmap on the colour scale of <see cref="Show.Weights"/>: blue for negative, white at 0, red for positive.
    /// The colour range runs from -m to +m, m the largest absolute value, so white is exactly 0.
    /// Otherwise as <see cref="Heatmap"/>: row 0 at the top, row, column and value on hover.
    /// </summary>
    public static GenericChart WeightHeatmap(Tensor weights, string title)
    {
        double[][] rows = HeatmapRows(weights, nameof(weights));
        double limit = DivergingScale.LimitOf([.. rows.SelectMany(row => row)], weights, nameof(weights));
        var chart = HeatmapOf(rows, title, DivergingColours, reverseScale: false);
        // Plotly.NET.CSharp's Heatmap has no arguments for the range, so it is set on the trace.
        foreach (var trace in chart.GetTraces())
        {
            trace.SetProperty("zmin", -limit);
            trace.SetProperty("zmax", limit);
            trace.SetProperty("zmid", 0.0);
        }
        return chart;
    }

    static readonly StyleParam.Colorscale DivergingColours = StyleParam.Colorscale.NewCustom(
        DivergingScale.PlotlyStops.Select(s => Tuple.Create(s.Stop, Color.fromString(s.Colour))));
}
