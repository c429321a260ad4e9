using System.Globalization;
using NeuralNetLessons.Learning;
using Plotly.NET;
using Plotly.NET.CSharp;
using Chart = Plotly.NET.CSharp.Chart;

namespace NeuralNetLessons.Charting;

public static partial class Charts
{
    /// <summary>
    /// A <see cref="ClassConfusion"/> as a heatmap: the true class down the side (the first at the
    /// top), the answer along the bottom, each cell's count written in it and on hover. The colour
    /// scale runs from 0 to the largest count off the diagonal, so the mistakes can be told apart:
    /// the diagonal, far larger, is drawn in the darkest colour. <paramref name="classNames"/> label
    /// the classes (default: their numbers, 0 1 2 ...).
    /// </summary>
    public static GenericChart ConfusionHeatmap(ClassConfusion confusion, string title, IReadOnlyList<string>? classNames = null)
    {
        ArgumentNullException.ThrowIfNull(confusion);
        int classes = confusion.Classes;
        string[] names = classNames is null
            ? [.. Enumerable.Range(0, classes).Select(c => c.ToString(CultureInfo.InvariantCulture))]
            : [.. classNames];
        if (names.Length != classes || names.Distinct().Count() != classes)
        {
            throw new ArgumentException(
                $"A confusion matrix of {classes} classes needs {classes} different class names; got [{string.Join(", ", names)}].",
                nameof(classNames));
        }
        var rows = confusion.Rows;
        int largestMistake = Enumerable.Range(0, classes)
            .SelectMany(row => Enumerable.Range(0, classes).Where(column => column != row).Select(column => rows[row][column]))
            .DefaultIfEmpty(0).Max();
        var chart = Chart.Heatmap<int, string, string, string>(
                zData: rows.Select(row => row.ToArray()).ToArray(),
                X: names,
                Y: names,
                ColorScale: CountColours,
                ReverseYAxis: true)
            // Categories, so that every class gets its label, numbers included.
            .WithXAxisStyle<int, int, int>(TitleText: "answer (predicted)", AxisType: StyleParam.AxisType.Category)
            .WithYAxisStyle<int, int, int>(TitleText: "true class", AxisType: StyleParam.AxisType.Category)
            .WithSize(Width: 600, Height: 540);
        // Plotly.NET.CSharp has no arguments for these, so they are set on the trace itself.
        foreach (var trace in chart.GetTraces())
        {
            trace.SetProperty("zmin", 0);
            trace.SetProperty("zmax", Math.Max(largestMistake, 1));
            trace.SetProperty("texttemplate", "%{z}");
            trace.SetProperty("hovertemplate", "true %{y}, answered %{x}: %{z} images<extra></extra>");
        }
        return WithTitle(chart, title);
    }

    /// <summary>White for no image, through to the red of <see cref="WeightHeatmap"/> for the most.</summary>
    static readonly StyleParam.Colorscale CountColours = StyleParam.Colorscale.NewCustom(
        [Tuple.Create(0.0, Color.fromString("rgb(255,255,255)")), Tuple.Create(1.0, Color.fromString("rgb(178,24,43)"))]);
}
