using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace NotebookRunner;

/// <summary>Charts in an executed copy: outputs of Plotly's MIME type, which front ends draw with their own plotly.js.</summary>
public static class PlotlyOutputs
{
    public const string MimeType = "application/vnd.plotly.v1+json";

    public const string PngMimeType = "image/png";

    /// <summary>
    /// dotnet-repl saves a chart's figure as text (a list of strings); Jupyter's format, and
    /// JupyterLab, want a JSON MIME type's value to be the JSON object itself.
    /// </summary>
    public static void ParseFigures(JsonNode notebook)
    {
        foreach (var (_, data) in Charts(notebook))
        {
            if (data[MimeType] is JsonNode figure and not JsonObject)
            {
                data[MimeType] = JsonNode.Parse(NotebookJson.Text(figure));
            }
        }
    }

    /// <summary>The data of every output that holds a chart, with its cell's number (from 1), in order.</summary>
    public static IEnumerable<(int Cell, JsonObject Data)> Charts(JsonNode notebook) =>
        notebook["cells"]!.AsArray().SelectMany((cell, i) => (cell!["outputs"]?.AsArray() ?? [])
            .Select(output => output?["data"])
            .OfType<JsonObject>()
            .Where(data => data.ContainsKey(MimeType))
            .Select(data => (i + 1, data)));

    /// <summary>
    /// Adds a picture of the chart (a PNG, base64) to its output: as image/png, and inside the
    /// text/html fallback, whose plotly.js comes from a CDN. There the picture stands in for the
    /// chart and is removed as soon as plotly.js has drawn it, so nbconvert's HTML, previews that
    /// strip scripts and browsers offline show the picture, and a browser online the live chart.
    /// Front ends that draw Plotly's JSON (VS Code, JupyterLab) use neither.
    /// </summary>
    public static void AddPicture(JsonObject data, string pngBase64)
    {
        data[PngMimeType] = pngBase64;
        if (data["text/html"] is JsonNode html)
        {
            var alt = WebUtility.HtmlEncode(Title(data[MimeType]) is { } title ? $"Chart: {title}" : "Chart");
            data["text/html"] = NotebookJson.Lines($$"""
                <div>
                <img src="data:image/png;base64,{{pngBase64}}" alt="{{alt}}">
                <script>
                // The picture stands in for the chart until plotly.js has drawn it below; then it goes.
                (function (script) {
                    if (!script || !window.MutationObserver) { return; }
                    var box = script.parentNode, picture = script.previousElementSibling;
                    new MutationObserver(function (changes, observer) {
                        if (box.querySelector('.plot-container')) {
                            box.removeChild(picture);
                            observer.disconnect();
                        }
                    }).observe(box, { childList: true, subtree: true });
                })(document.currentScript);
                </script>
                {{NotebookJson.Text(html)}}
                </div>
                """);
        }
    }

    private static string? Title(JsonNode? figure) =>
        figure?["layout"]?["title"] switch
        {
            JsonValue text when text.GetValueKind() == JsonValueKind.String => (string?)text,
            JsonObject title when title["text"]?.GetValueKind() == JsonValueKind.String => (string?)title["text"],
            _ => null,
        };
}
