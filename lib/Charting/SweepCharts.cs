using Plotly.NET;
using Plotly.NET.CSharp;
using Chart = Plotly.NET.CSharp.Chart;

namespace NeuralNetLessons.Charting;

public static partial class Charts
{
    /// <summary>
    /// One line with markers per series against a setting that was tried at several values, with
    /// the setting on a log scale (each step of ten the same width): e.g. the final accuracy for
    /// learning rates from 0.01 to 10. Every series needs one value per setting, in the same order.
    /// </summary>
    public static GenericChart LogSweep(
        IReadOnlyList<double> settings, IEnumerable<(string Name, IReadOnlyList<double> Values)> series,
        string title, string xTitle, string yTitle)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(series);
        (string Name, IReadOnlyList<double> Values)[] all = [.. series];
        if (settings.Count == 0 || settings.Any(x => !(x > 0) || !double.IsFinite(x)))
        {
            throw new ArgumentException(
                $"A log-scale sweep needs at least one setting, each positive and finite; got [{string.Join(", ", settings)}].",
                nameof(settings));
        }
        if (all.Length == 0)
        {
            throw new ArgumentException("LogSweep needs at least one series (a name and a value per setting).", nameof(series));
        }
        foreach (var (name, values) in all)
        {
            if (values.Count != settings.Count)
            {
                throw new ArgumentException(
                    $"Series \"{name}\" has {values.Count} values for {settings.Count} settings: it needs one value per setting.",
                    nameof(series));
            }
        }
        var lines = all.Select(s => Chart.Line<double, double, string>(
            x: settings,
            y: s.Values,
            ShowMarkers: true,
            Name: s.Name,
            ShowLegend: true));
        var chart = Chart.Combine(lines)
            .WithXAxisStyle<double, double, double>(TitleText: xTitle, AxisType: StyleParam.AxisType.Log)
            .WithYAxisStyle<int, int, int>(TitleText: yTitle)
            .WithSize(Width: 720, Height: 420);
        return WithTitle(chart, title);
    }
}
