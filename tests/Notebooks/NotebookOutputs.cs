using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using NotebookRunner;
using Xunit;

namespace NeuralNetLessons.Tests.Notebooks;

/// <summary>Numbers and charts read back from what an executed notebook showed.</summary>
internal static partial class NotebookOutputs
{
    /// <summary>The per-epoch validation accuracies from lines such as "epoch  3: validation accuracy 0.7827" or "... valid accuracy 0.7827".</summary>
    public static double[] EpochAccuracies(string text) =>
        [.. EpochLine().Matches(text).Select(m => double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))];

    /// <summary>Every number in a text, in order (e.g. a tensor's values after its "tensor of shape [9, 1], Float32" header line).</summary>
    public static double[] Numbers(string text) =>
        [.. Number().Matches(text).Select(m => double.Parse(m.Value, CultureInfo.InvariantCulture))];

    /// <summary>The values of a tensor shown by the course's tensor display: the numbers after its header line.</summary>
    public static double[] TensorValues(string shown) => Numbers(shown[(shown.IndexOf('\n') + 1)..]);

    /// <summary>How many rows of value cells (td) the first HTML table has.</summary>
    public static (int Rows, int[] CellsPerRow) TableShape(string html)
    {
        var rows = TableCells(html);
        return (rows.Length, [.. rows.Select(cells => cells.Length)]);
    }

    /// <summary>The text of the value cells (td) of each row that has any, tags removed and entities decoded.</summary>
    public static string[][] TableCells(string html) =>
        [.. Row().Matches(html)
            .Select(row => Cell().Matches(row.Value).Select(cell => WebUtility.HtmlDecode(Tag().Replace(cell.Groups[1].Value, ""))).ToArray())
            .Where(cells => cells.Length > 0)];

    /// <summary>Every chart the notebook showed, as Plotly figures (the application/vnd.plotly.v1+json outputs), in order.</summary>
    public static IReadOnlyList<JsonElement> Figures(ExecutedNotebook notebook) =>
        [.. notebook.Outputs(PlotlyOutputs.MimeType).Select(json => JsonDocument.Parse(json).RootElement)];

    /// <summary>The one chart the cell with the id <paramref name="cellId"/> showed, as its Plotly figure.</summary>
    public static JsonElement FigureOf(ExecutedNotebook notebook, string cellId) =>
        JsonDocument.Parse(Assert.Single(notebook.OutputsOf(cellId, PlotlyOutputs.MimeType))).RootElement;

    /// <summary>Each trace of a figure with its name, type and y values, in order.</summary>
    public static (string Name, string Type, double[] Y)[] Traces(JsonElement figure) =>
        [.. figure.GetProperty("data").EnumerateArray().Select(trace => (
            trace.TryGetProperty("name", out var name) ? name.GetString()! : "",
            trace.GetProperty("type").GetString()!,
            trace.TryGetProperty("y", out var y) ? JsonValues.Numbers(y) : []))];

    [GeneratedRegex(@"epoch +\d+\b.*?valid(?:ation)? accuracy (\d\.\d{4})")]
    private static partial Regex EpochLine();

    [GeneratedRegex(@"-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?")]
    private static partial Regex Number();

    [GeneratedRegex(@"<tr>.*?</tr>")]
    private static partial Regex Row();

    [GeneratedRegex(@"<td\b[^>]*>(.*?)</td>")]
    private static partial Regex Cell();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex Tag();
}
