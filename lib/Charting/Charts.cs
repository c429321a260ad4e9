using Microsoft.FSharp.Core;
using NeuralNetLessons.Data;
using Plotly.NET;
using Plotly.NET.CSharp;
using static TorchSharp.torch;
using Chart = Plotly.NET.CSharp.Chart;

namespace NeuralNetLessons.Charting;

/// <summary>
/// Interactive Plotly charts for notebook cells, one call each. A notebook shows the returned
/// <see cref="GenericChart"/> by itself (Plotly.NET.Interactive); elsewhere, save it with <c>SaveHtml</c>.
/// </summary>
public static partial class Charts
{
    /// <summary>How many points <see cref="Function"/> draws: enough for a smooth curve and a sharp kink.</summary>
    public const int FunctionPoints = 201;

    /// <summary>
    /// A whole 2-D tensor as a heatmap on a grey scale, light for small values and dark for large,
    /// row 0 at the top as the image is drawn, every cell square as a pixel is; hovering a cell
    /// shows its row, column and value.
    /// </summary>
    public static GenericChart Heatmap(Tensor image, string title) =>
        HeatmapOf(HeatmapRows(image, nameof(image)), title, StyleParam.Colorscale.Greys, reverseScale: true);

    /// <summary>The rows of a 2-D tensor, as a heatmap draws them; any other tensor is an error naming its shape.</summary>
    static double[][] HeatmapRows(Tensor image, string parameter)
    {
        Shape.RequireTwoDimensions(image, "A heatmap", "rows, columns", parameter);
        return [.. TensorValues.Doubles(image).Chunk((int)image.shape[1])];
    }

    /// <summary>Rows of values as a heatmap with its title, row 0 at the top, row, column and value on hover.</summary>
    static GenericChart HeatmapOf(double[][] rows, string title, StyleParam.Colorscale colours, bool reverseScale)
    {
        int columns = rows.Length == 0 ? 0 : rows[0].Length;
        var chart = Chart.Heatmap<double, int, int, string>(
                zData: rows,
                X: Enumerable.Range(0, columns).ToArray(),
                Y: Enumerable.Range(0, rows.Length).ToArray(),
                ColorScale: colours,
                ReverseScale: reverseScale,
                ReverseYAxis: true)
            .WithXAxisStyle<int, int, int>(TitleText: "column")
            .WithYAxisStyle<int, int, int>(TitleText: "row")
            .WithSize(Width: 560, Height: 500);
        // Plotly.NET.CSharp has no argument for an axis's scale anchor: one unit of y is drawn as long
        // as one unit of x, so the cells stay square whatever the chart's size.
        AxisOf(chart, "yaxis").SetProperty("scaleanchor", "x");
        AxisOf(chart, "yaxis").SetProperty("constrain", "domain");
        AxisOf(chart, "xaxis").SetProperty("constrain", "domain");
        // Plotly.NET.CSharp has no argument for the hover text either, so it is set on the trace itself.
        foreach (var trace in chart.GetTraces())
        {
            trace.SetProperty("hovertemplate", "row %{y}<br>column %{x}<br>value %{z}<extra></extra>");
        }
        return WithTitle(chart, title);
    }

    /// <summary>
    /// One line with markers per series against the epoch (1, 2, ... n), with a legend of the
    /// series' names: e.g. the validation accuracy of two models, epoch by epoch. With a
    /// <paramref name="level"/>, also a dashed horizontal line at its value across every epoch, named
    /// in the legend: e.g. the untrained baseline's accuracy, the number every model has to beat.
    /// With <paramref name="yRange"/>, the y axis shows only that range, for a close-up where the
    /// curves that matter are close together (a point outside it is cut off, not moved).
    /// </summary>
    public static GenericChart Curves(
        IEnumerable<(string Name, IReadOnlyList<double> Values)> series, string title, string yTitle,
        (string Name, double Value)? level = null, (double From, double To)? yRange = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        (string Name, IReadOnlyList<double> Values)[] all = [.. series];
        int epochs = all.Length == 0 ? 0 : all.Max(s => s.Values.Count);
        GenericChart[] flatLine = level is { } flat
            ? [Chart.Line<int, double, string>(
                x: [1, Math.Max(epochs, 1)],
                y: [flat.Value, flat.Value],
                Name: flat.Name,
                ShowLegend: true,
                LineDash: StyleParam.DrawingStyle.Dash,
                LineColor: Color.fromKeyword(ColorKeyword.Gray))]
            : [];
        return WithTitle(WithYRange(CurvesChart(yTitle, all, flatLine), yRange, nameof(yRange)), title);
    }

    private static GenericChart CurvesChart(string yTitle, (string Name, IReadOnlyList<double> Values)[] series, GenericChart[] extra)
    {
        if (series.Length == 0)
        {
            throw new ArgumentException("Curves needs at least one series (a name and its values per epoch).", nameof(series));
        }
        var lines = series.Select(s => Chart.Line<int, double, string>(
            x: Enumerable.Range(1, s.Values.Count),
            y: s.Values,
            ShowMarkers: true,
            Name: s.Name,
            ShowLegend: true));
        return Chart.Combine(lines.Concat(extra))
            .WithXAxisStyle<int, int, int>(TitleText: "epoch")
            .WithYAxisStyle<int, int, int>(TitleText: yTitle)
            .WithSize(Width: 720, Height: 420);
    }

    /// <summary>
    /// The curve of <paramref name="f"/> from <paramref name="from"/> to <paramref name="to"/>,
    /// drawn through <see cref="FunctionPoints"/> evenly spaced points: e.g. ReLU, <c>x =&gt; Math.Max(x, 0)</c>.
    /// </summary>
    public static GenericChart Function(
        Func<double, double> f, double from, double to, string title, string xTitle = "x", string yTitle = "y")
    {
        ArgumentNullException.ThrowIfNull(f);
        if (!double.IsFinite(from) || !double.IsFinite(to) || from >= to)
        {
            throw new ArgumentException($"Function needs finite bounds with from < to; got from {from} to {to}.", nameof(to));
        }
        double[] xs = [.. Enumerable.Range(0, FunctionPoints).Select(i => from + ((to - from) * i / (FunctionPoints - 1)))];
        double[] ys = [.. xs.Select(f)];
        var chart = Chart.Line<double, double, string>(x: xs, y: ys, Name: title, ShowLegend: false)
            .WithXAxisStyle<int, int, int>(TitleText: xTitle)
            .WithYAxisStyle<int, int, int>(TitleText: yTitle)
            .WithSize(Width: 600, Height: 400);
        return WithTitle(chart, title);
    }

    /// <summary>The y axis limited to <paramref name="range"/>, when one is given.</summary>
    internal static GenericChart WithYRange(GenericChart chart, (double From, double To)? range, string parameter)
    {
        if (range is not { } r)
        {
            return chart;
        }
        if (!double.IsFinite(r.From) || !double.IsFinite(r.To) || r.From >= r.To)
        {
            throw new ArgumentException($"A y range needs finite ends with From < To; got {r}.", parameter);
        }
        AxisOf(chart, "yaxis").SetProperty("range", new[] { r.From, r.To });
        return chart;
    }

    /// <summary>The chart's own axis object (an <c>xaxis</c> or <c>yaxis</c> of its layout), for a setting Plotly.NET.CSharp has no argument for.</summary>
    static DynamicObj.DynamicObj AxisOf(GenericChart chart, string axis) =>
        GenericChart.getLayout(chart).TryGetTypedPropertyValue<DynamicObj.DynamicObj>(axis)?.Value
            ?? throw new InvalidOperationException($"The chart has no {axis} to set.");

    /// <summary>
    /// The title, and Plotly.NET's "light" template: Plotly.NET's default template is large, and
    /// turning it into JSON takes a tenth of a second or more for every chart shown.
    /// Plotly.NET.CSharp has no call for either; these are Plotly.NET's own.
    /// </summary>
    internal static GenericChart WithTitle(GenericChart chart, string title) =>
        Plotly.NET.Chart.withTemplate(ChartTemplates.light).Invoke(
            Plotly.NET.Chart.withTitle(title, FSharpOption<Font>.None).Invoke(chart));
}
