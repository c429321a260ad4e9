using System.Text.Json.Nodes;

namespace NotebookRunner;

/// <summary>
/// While a #r "nuget:" cell restores packages, the kernel shows an "Installing Packages" message
/// and updates it in place until it becomes "Installed Packages". VS Code shows only the last
/// state; dotnet-repl saves every update as its own output. This keeps the executed copy as a
/// person would have seen it: the in-progress messages are dropped.
/// </summary>
public static class PackageProgressCleanup
{
    private const string InProgress = "<strong>Installing Packages</strong>";

    public static void Apply(JsonNode notebook)
    {
        foreach (var outputs in notebook["cells"]!.AsArray().Select(cell => cell!["outputs"]?.AsArray()).OfType<JsonArray>())
        {
            foreach (var output in outputs.Where(IsInProgress).ToList())
            {
                outputs.Remove(output);
            }
        }
    }

    private static bool IsInProgress(JsonNode? output) =>
        output?["data"]?["text/html"] is JsonNode html && NotebookJson.Text(html).Contains(InProgress);
}
