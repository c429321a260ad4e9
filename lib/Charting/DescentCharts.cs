using Plotly.NET;
using Plotly.NET.CSharp;
using Chart = Plotly.NET.CSharp.Chart;

namespace NeuralNetLessons.Charting;

public static partial class Charts
{
    /// <summary>
    /// The curve of <paramref name="f"/> from <paramref name="from"/> to <paramref name="to"/>, and
    /// its tangent at <paramref name="at"/>: the dashed straight line through (at, f(at)) that rises
    /// <paramref name="slope"/> for every 1 to the right, drawn over a quarter of the range either
    /// side of <paramref name="at"/> so that it does not stretch the picture. Each x of
    /// <paramref name="points"/> is marked on the curve with its number (0, 1, 2, ...): e.g. the
    /// places a few steps of gradient descent visit.
    /// </summary>
    public static GenericChart Tangent(
        Func<double, double> f, double from, double to, double at, double slope, string title,
        IReadOnlyList<double>? points = null, string xTitle = "x", string yTitle = "y")
    {
        ArgumentNullException.ThrowIfNull(f);
        if (!double.IsFinite(at) || at < from || at > to || !double.IsFinite(slope))
        {
            throw new ArgumentException(
                $"A tangent needs a finite slope at a point between from and to; got slope {slope} at {at}, from {from} to {to}.",
                nameof(at));
        }
        var curve = Function(f, from, to, title, xTitle, yTitle);
        double reach = (to - from) / 4, y0 = f(at);
        double[] ends = [Math.Max(from, at - reach), Math.Min(to, at + reach)];
        var tangent = Chart.Line<double, double, string>(
            x: ends, y: ends.Select(x => y0 + (slope * (x - at))).ToArray(),
            Name: $"tangent at {at:0.##}: slope {slope:0.##}", ShowLegend: true,
            LineDash: StyleParam.DrawingStyle.Dash, LineColor: Color.fromKeyword(ColorKeyword.Gray));
        GenericChart[] marked = points is { Count: > 0 }
            ? [Chart.Point<double, double, string>(
                x: points, y: points.Select(f).ToArray(), Name: "steps", ShowLegend: true,
                MultiText: points.Select((_, i) => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray(),
                TextPosition: StyleParam.TextPosition.TopCenter)]
            : [];
        var chart = Chart.Combine([curve, tangent, .. marked])
            .WithXAxisStyle<int, int, int>(TitleText: xTitle)
            .WithYAxisStyle<int, int, int>(TitleText: yTitle)
            .WithSize(Width: 640, Height: 420);
        return WithTitle(chart, title);
    }

    /// <summary>
    /// One line with markers per series against the step (0 for the start, then 1, 2, ... n), with
    /// a legend of the series' names: e.g. where x is after each step of gradient descent, for
    /// three learning rates.
    /// </summary>
    public static GenericChart Steps(
        IEnumerable<(string Name, IReadOnlyList<double> Values)> series, string title, string yTitle)
    {
        ArgumentNullException.ThrowIfNull(series);
        (string Name, IReadOnlyList<double> Values)[] all = [.. series];
        if (all.Length == 0)
        {
            throw new ArgumentException("Steps needs at least one series (a name and its value at each step).", nameof(series));
        }
        var lines = all.Select(s => Chart.Line<int, double, string>(
            x: Enumerable.Range(0, s.Values.Count),
            y: s.Values,
            ShowMarkers: true,
            Name: s.Name,
            ShowLegend: true));
        var chart = Chart.Combine(lines)
            .WithXAxisStyle<int, int, int>(TitleText: "step")
            .WithYAxisStyle<int, int, int>(TitleText: yTitle)
            .WithSize(Width: 720, Height: 420);
        return WithTitle(chart, title);
    }
}
