using NeuralNetLessons.Data;
using Plotly.NET;
using Plotly.NET.CSharp;
using static TorchSharp.torch;
using Chart = Plotly.NET.CSharp.Chart;

namespace NeuralNetLessons.Charting;

public static partial class Charts
{
    /// <summary>
    /// How a set of numbers is spread: one histogram per tensor, every element counted once, drawn
    /// over each other half transparent, with a legend: e.g. a model's scores for every image, with
    /// two kinds of starting weights. The y axis counts the numbers in each bin. With
    /// <paramref name="bins"/>, every series counts into the same bins, <c>Width</c> apart from
    /// <c>From</c> to <c>To</c>, so series of very different spread stay comparable: e.g. the sigmoid
    /// of two sets of scores, binned from 0 to 1.
    /// </summary>
    public static GenericChart Histograms(
        IEnumerable<(string Name, Tensor Values)> series, string title, string xTitle,
        (double From, double To, double Width)? bins = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (bins is { } b && (!(b.From < b.To) || !(b.Width > 0)))
        {
            throw new ArgumentException($"Bins need From < To and a positive Width; got {b}.", nameof(bins));
        }
        var chart = HistogramsOf([.. series.Select(s => (s.Name, TensorValues.Doubles(s.Values)))], title, xTitle);
        if (bins is { } shared)
        {
            foreach (var trace in chart.GetTraces())
            {
                trace.SetProperty("xbins", new Dictionary<string, double> { ["start"] = shared.From, ["end"] = shared.To, ["size"] = shared.Width });
            }
        }
        return chart;
    }

    private static GenericChart HistogramsOf((string Name, double[] Values)[] series, string title, string xTitle)
    {
        if (series.Length == 0 || series.Any(s => s.Values.Length == 0))
        {
            throw new ArgumentException("Histograms needs at least one series, each with at least one value.", nameof(series));
        }
        var histograms = series.Select(s => Chart.Histogram<double, double, string>(
            X: s.Values, Name: s.Name, ShowLegend: true, Opacity: 0.6, NBinsX: 60));
        var overlay = new Layout();
        overlay.SetProperty("barmode", "overlay");
        var chart = GenericChart.addLayout(overlay, Chart.Combine(histograms))
            .WithXAxisStyle<int, int, int>(TitleText: xTitle)
            .WithYAxisStyle<int, int, int>(TitleText: "how many")
            .WithSize(Width: 720, Height: 400);
        return WithTitle(chart, title);
    }

    /// <summary>
    /// One result per run, as a point, in groups side by side (e.g. "net, std 1.0"), in the order
    /// the groups first appear: each group is a box of its own colour with every run drawn as a
    /// point beside it, spread sideways so equal results stay visible; hovering a point shows its
    /// label (e.g. "seed 3"). A dashed line marks <paramref name="level"/> (e.g. the untrained
    /// baseline) across all groups. With <paramref name="yRange"/>, the y axis shows only that range:
    /// a close-up where one far-off run would squeeze the others together.
    /// </summary>
    public static GenericChart Runs(
        IEnumerable<(string Group, string Label, double Value)> runs, string title, string yTitle, (string Name, double Value) level,
        (double From, double To)? yRange = null)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var groups = runs.GroupBy(r => r.Group).ToList();
        if (groups.Count == 0)
        {
            throw new ArgumentException("Runs needs at least one run (a group, a label and a value).", nameof(runs));
        }
        var boxes = groups.Select(g => Chart.BoxPlot<string, double, string>(
            X: g.Select(r => r.Group).ToArray(),
            Y: g.Select(r => r.Value).ToArray(),
            Name: g.Key,
            ShowLegend: false,
            MultiText: g.Select(r => r.Label).ToArray(),
            BoxPoints: StyleParam.BoxPoints.All,
            Jitter: 0.5,
            PointPos: -1.8));
        string[] ends = [groups[0].Key, groups[^1].Key];
        var line = Chart.Line<string, double, string>(
            x: ends, y: [level.Value, level.Value], Name: level.Name, ShowLegend: true,
            LineDash: StyleParam.DrawingStyle.Dash, LineColor: Color.fromKeyword(ColorKeyword.Gray));
        var chart = Chart.Combine(boxes.Append(line))
            .WithYAxisStyle<int, int, int>(TitleText: yTitle)
            .WithSize(Width: 760, Height: 460);
        return WithTitle(WithYRange(chart, yRange, nameof(yRange)), title);
    }
}
