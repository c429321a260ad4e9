using Plotly.NET;
using Plotly.NET.CSharp;
using static TorchSharp.torch;

namespace NeuralNetLessons;

public static partial class Charts
{
    /// <summary>
    /// A 2-D tensor of signed numbers, such as the linear model's 784 weights reshaped to 28x28, as
    /// a heatmap on <see cref="DivergingScale"/>: blue for negative, white at 0, red for positive.
    /// The colour range runs from -m to +m, m the largest absolute value, so white is exactly 0.
    /// Otherwise as <see cref="Heatmap"/>: row 0 at the top, row, column and value on hover.
    /// </summary>
    public static GenericChart WeightHeatmap(Tensor weights, string title)
    {
        var chart = Heatmap(weights, title);
        double largest;
        using (NewDisposeScope())
        {
            largest = weights.detach().abs().max().to_type(ScalarType.Float64).item<double>();
        }
        if (double.IsNaN(largest))
        {
            throw new ArgumentException($"The weights of shape {Shape.Of(weights)} contain NaN (not a number).", nameof(weights));
        }
        double limit = largest > 0 ? largest : 1;
        var colourScale = StyleParam.Colorscale.NewCustom(
            DivergingScale.PlotlyStops.Select(s => Tuple.Create(s.Stop, Color.fromString(s.Colour))));
        // Plotly.NET.CSharp's Heatmap has no arguments for the range, so they are set on the trace.
        foreach (var trace in chart.GetTraces())
        {
            trace.SetProperty("colorscale", StyleParam.Colorscale.convert.Invoke(colourScale));
            trace.SetProperty("reversescale", false);
            trace.SetProperty("zmin", -limit);
            trace.SetProperty("zmax", limit);
            trace.SetProperty("zmid", 0.0);
        }
        return chart;
    }
}
