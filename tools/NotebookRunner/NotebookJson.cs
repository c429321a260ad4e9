using System.Text.Json.Nodes;
using NeuralNetLessons.Data;

namespace NotebookRunner;

/// <summary>Reading and writing .ipynb JSON, where a text may be one string or a list of lines.</summary>
public static class NotebookJson
{
    public static string Text(JsonNode? value) => value switch
    {
        JsonArray lines => string.Concat(lines.Select(l => (string?)l)),
        JsonValue text => (string?)text ?? "",
        _ => "",
    };

    /// <summary>A text as Jupyter writes it: a list of lines, each but the last ending with its line break.</summary>
    public static JsonArray Lines(string text)
    {
        var lines = text.Split('\n');
        return [.. lines
            .Select((line, i) => i < lines.Length - 1 ? line + "\n" : line)
            .Where(line => line.Length > 0)
            .Select(line => JsonValue.Create(line))];
    }

    public static JsonNode Read(string path) => JsonNode.Parse(File.ReadAllText(path))!;

    public static void Write(string path, JsonNode notebook) =>
        WholeFile.Write(path, temporary => File.WriteAllText(temporary, notebook.ToJsonString(new() { WriteIndented = true })));
}
