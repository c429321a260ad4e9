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
    public string Text => string.Join("\n", Cells.SelectMany(c => c.Outputs).Select(OutputText));

    /// <summary>Every output of the given MIME type (for example "text/html"), in order.</summary>
    public IEnumerable<string> Outputs(string mimeType) =>
        Cells.SelectMany(c => c.Outputs).OfType<DisplayElement>()
            .Where(d => d.Data.ContainsKey(mimeType))
            .Select(d => DataText(d.Data[mimeType]));

    public static ExecutedNotebook Read(string path)
    {
        var document = Notebook.Parse(File.ReadAllText(path));
        return new ExecutedNotebook([.. document.Elements]);
    }

    private static string OutputText(InteractiveDocumentOutputElement output) => output switch
    {
        TextElement text => text.Text,
        DisplayElement display when display.Data.TryGetValue("text/plain", out var plain) => DataText(plain),
        ErrorElement error => $"{error.ErrorName}: {error.ErrorValue}",
        _ => "",
    };

    // A notebook file may keep a multi-line value as a list of lines.
    private static string DataText(object? value) => value switch
    {
        string text => text,
        IEnumerable<object> lines => string.Concat(lines),
        _ => value?.ToString() ?? "",
    };

    private static string FirstLine(string text) => text.Split('\n')[0].Trim();
}
