using NeuralNetLessons.Images;
using Plotly.NET;
using Plotly.NET.CSharp;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using Chart = Plotly.NET.CSharp.Chart;

namespace NeuralNetLessons.Charting;

public static partial class Charts
{
    /// <summary>
    /// How many pixels of <paramref name="grey"/> have each grey level, 0 (black) to 255 (white),
    /// with <paramref name="ink"/>'s threshold as a vertical line: paper on one side, ink on the
    /// other. The counts are on a log scale, because the paper's pixels outnumber the ink's many
    /// times and the ink's group would otherwise be a flat line.
    /// </summary>
    public static GenericChart GreyLevels(Image<L8> grey, InkLevels ink, string title = "How many pixels have each grey level")
    {
        ArgumentNullException.ThrowIfNull(grey);
        ArgumentNullException.ThrowIfNull(ink);
        long[] counts = InkLevels.Histogram(grey);
        int[] levels = [.. Enumerable.Range(0, 256).Where(level => counts[level] > 0)];
        var histogram = Chart.Line<int, long, string>(
            x: levels, y: levels.Select(level => counts[level]), Name: "pixels", ShowLegend: true);
        var threshold = Chart.Line<int, long, string>(
            x: [ink.Threshold, ink.Threshold], y: [1, counts.Max()], Name: $"threshold {ink.Threshold}", ShowLegend: true);
        var chart = Chart.Combine([histogram, threshold])
            .WithXAxisStyle<int, int, int>(TitleText: "grey level (0 black, 255 white)", MinMax: new Tuple<int, int>(0, 255))
            .WithYAxisStyle<int, int, int>(TitleText: "pixels (log scale)", AxisType: StyleParam.AxisType.Log)
            .WithSize(Width: 640, Height: 360);
        return WithTitle(chart, title);
    }
}
