using System.Text.Json.Nodes;

namespace NotebookRunner;

/// <summary>Charts in an executed copy: outputs of Plotly's MIME type, which front ends draw with their own plotly.js.</summary>
public static class PlotlyOutputs
{
    public const string MimeType = "application/vnd.plotly.v1+json";

    /// <summary>
    /// dotnet-repl saves a chart's figure as text (a list of strings); Jupyter's format, and
    /// JupyterLab, want a JSON MIME type's value to be the JSON object itself.
    /// </summary>
    public static void ParseFigures(JsonNode notebook)
    {
        foreach (var data in Data(notebook))
        {
            if (data[MimeType] is JsonNode figure and not JsonObject)
            {
                data[MimeType] = JsonNode.Parse(NotebookJson.Text(figure));
            }
        }
    }

    /// <summary>The data of every output that holds a chart, in order.</summary>
    public static IEnumerable<JsonObject> Data(JsonNode notebook) =>
        notebook["cells"]!.AsArray()
            .SelectMany(cell => cell!["outputs"]?.AsArray() ?? [])
            .Select(output => output?["data"])
            .OfType<JsonObject>()
            .Where(data => data.ContainsKey(MimeType));
}
