using System.Text.Json.Nodes;

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

    public static JsonNode Read(string path) => JsonNode.Parse(File.ReadAllText(path))!;

    public static void Write(string path, JsonNode notebook) =>
        AtomicFile.WriteAllText(path, notebook.ToJsonString(new() { WriteIndented = true }));
}
