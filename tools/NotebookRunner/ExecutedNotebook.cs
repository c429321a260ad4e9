using System.Text.RegularExpressions;
using Microsoft.DotNet.Interactive.Documents;
using Microsoft.DotNet.Interactive.Documents.Jupyter;

namespace NotebookRunner;

/// <summary>The outputs of an executed notebook, cell by cell, as a test or a summary reads them.</summary>
public sealed class ExecutedNotebook
{
    private ExecutedNotebook(IReadOnlyList<InteractiveDocumentElement> cells) => Cells = cells;

    public IReadOnlyList<InteractiveDocumentElement> Cells { get; }

    /// <summary>Every error output, as "cell N: name: message".</summary>
    public IReadOnlyList<string> Errors =>
        [.. Cells.SelectMany((cell, i) => cell.Outputs.OfType<ErrorElement>()
            .Select(e => $"cell {i + 1}: {e.ErrorName}: {FirstLine(e.ErrorValue)}"))];

    /// <summary>Everything the notebook printed or displayed as text, in order.</summary>
    public string Text => string.Join("\n", Cells.SelectMany(c => c.Outputs).Where(IsShown).Select(OutputText));

    /// <summary>Every output of the given MIME type (for example "text/html"), in order.</summary>
    public IEnumerable<string> Outputs(string mimeType) =>
        Cells.SelectMany(c => c.Outputs).Select(Data).OfType<IDictionary<string, object>>()
            .Where(data => data.ContainsKey(mimeType))
            .Select(data => DataText(data[mimeType]));

    /// <summary>
    /// The compiler's warnings under the cells, as Jupyter's .NET kernel shows them (dotnet-repl does
    /// not). They are not part of <see cref="Text"/> or <see cref="OutputOf"/>.
    /// </summary>
    public IReadOnlyList<string> CompilerWarnings =>
        [.. Cells.SelectMany(c => c.Outputs).OfType<TextElement>().Where(IsCompilerWarning).Select(text => text.Text.Trim())];

    /// <summary>
    /// What the cell with the id <paramref name="cellId"/> showed, as text: printed text, plain-text
    /// values, and HTML values with their tags and styles removed. A test finds a cell by its id, which
    /// the runner copies from the notebook, so rewording a cell's code does not lose it.
    /// </summary>
    public string OutputOf(string cellId)
    {
        var cell = Cells.SingleOrDefault(c => c.Id == cellId)
            ?? throw new ArgumentException($"No cell has the id \"{cellId}\".", nameof(cellId));
        return string.Join("\n", cell.Outputs.Where(IsShown).Select(output => Data(output) switch
        {
            { } data when !data.ContainsKey("text/plain") && data.TryGetValue("text/html", out var html) => HtmlText(DataText(html)),
            _ => OutputText(output),
        }));
    }

    /// <summary>The HTML the cell with the id <paramref name="cellId"/> showed (a table, a picture), as it is.</summary>
    public string HtmlOf(string cellId) => string.Concat(OutputsOf(cellId, "text/html"));

    /// <summary>Every output of the given MIME type that the cell with the id <paramref name="cellId"/> showed, in order.</summary>
    public IReadOnlyList<string> OutputsOf(string cellId, string mimeType)
    {
        var cell = Cells.SingleOrDefault(c => c.Id == cellId)
            ?? throw new ArgumentException($"No cell has the id \"{cellId}\".", nameof(cellId));
        return [.. cell.Outputs.Select(Data).OfType<IDictionary<string, object>>()
            .Where(data => data.ContainsKey(mimeType)).Select(data => DataText(data[mimeType]))];
    }

    public static ExecutedNotebook Read(string path)
    {
        var document = Notebook.Parse(File.ReadAllText(path));
        return new ExecutedNotebook([.. document.Elements]);
    }

    private static string OutputText(InteractiveDocumentOutputElement output) => output switch
    {
        TextElement text => text.Text,
        ErrorElement error => $"{error.ErrorName}: {error.ErrorValue}",
        _ when Data(output)?.TryGetValue("text/plain", out var plain) == true => DataText(plain),
        _ => "",
    };

    // A value shown by display() (display_data), or a cell's value as Jupyter keeps it (execute_result).
    private static IDictionary<string, object>? Data(InteractiveDocumentOutputElement output) => output switch
    {
        DisplayElement display => display.Data,
        ReturnValueElement value => value.Data,
        _ => null,
    };

    private static bool IsShown(InteractiveDocumentOutputElement output) => !(output is TextElement text && IsCompilerWarning(text));

    private static bool IsCompilerWarning(TextElement text) =>
        text.Name == "stderr" && Regex.IsMatch(text.Text, @"^\s*warning CS\d{4}:");

    // A notebook file may keep a multi-line value as a list of lines, and a JSON value (a chart) as an object.
    private static string DataText(object? value) => value switch
    {
        string text => text,
        IEnumerable<object> lines => string.Concat(lines),
        IDictionary<string, object> json => System.Text.Json.JsonSerializer.Serialize(json),
        _ => value?.ToString() ?? "",
    };

    private static string HtmlText(string html)
    {
        var withoutStyles = Regex.Replace(html, "<(style|script)[^>]*>.*?</\\1>", " ", RegexOptions.Singleline);
        var text = System.Net.WebUtility.HtmlDecode(Regex.Replace(withoutStyles, "<[^>]+>", " "));
        return Regex.Replace(text, @"\s+", " ").Trim();
    }

    private static string FirstLine(string text) => text.Split('\n')[0].Trim();
}
