using System.Globalization;
using System.Text.RegularExpressions;

namespace NeuralNetLessons.Tests.Notebooks;

/// <summary>Numbers read back from what an executed notebook printed.</summary>
internal static partial class NotebookOutputs
{
    /// <summary>The per-epoch validation accuracies from lines such as "epoch  3: validation accuracy 0.7827" or "... valid accuracy 0.7827".</summary>
    public static double[] EpochAccuracies(string text) =>
        [.. EpochLine().Matches(text).Select(m => double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))];

    /// <summary>How many rows of value cells (td) the first HTML table has.</summary>
    public static (int Rows, int[] CellsPerRow) TableShape(string html)
    {
        var rows = Row().Matches(html).Select(r => Cell().Matches(r.Value).Count).Where(n => n > 0).ToArray();
        return (rows.Length, rows);
    }

    /// <summary>Each trace of a Plotly chart's HTML as its name and y values, in order.</summary>
    public static (string Name, double[] Y)[] ChartSeries(string html) =>
        [.. Trace().Matches(html).Select(m => (m.Groups[1].Value,
            m.Groups[2].Value.Split(',').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray()))];

    [GeneratedRegex(@"\{""type"":""scatter"",""name"":""([^""]+)"".*?""y"":\[([^\]]*)\]")]
    private static partial Regex Trace();

    [GeneratedRegex(@"epoch +\d+\b.*?valid(?:ation)? accuracy (\d\.\d{4})")]
    private static partial Regex EpochLine();

    [GeneratedRegex(@"<tr>.*?</tr>")]
    private static partial Regex Row();

    [GeneratedRegex(@"<td\b")]
    private static partial Regex Cell();
}
