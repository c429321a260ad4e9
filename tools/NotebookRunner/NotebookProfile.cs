using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NeuralNetLessons.Data;

namespace NotebookRunner;

/// <summary>
/// Where a notebook's time goes: runs a copy with a timing cell after every code cell and reads
/// back each cell's wall time. The first figure covers the kernel's start and the setup cell
/// (package resolution, the kernel extension, TorchSharp's native load).
/// </summary>
public static partial class NotebookProfile
{
    private const string Marker = "[profile]";

    /// <param name="workingDirectory">Where the kernel runs; by default the notebook's folder.</param>
    public static async Task<IReadOnlyList<(string Cell, double Milliseconds)>> RunAsync(
        string notebook, string outputFolder, TimeSpan timeLimit, string? workingDirectory = null)
    {
        Directory.CreateDirectory(outputFolder);
        var copy = Path.Combine(outputFolder, "profiled-" + Path.GetFileName(notebook));
        WholeFile.Write(copy, temporary => File.WriteAllText(temporary, Instrument(File.ReadAllText(notebook))));
        var result = await NotebookExecution.RunAsync(
            copy, Path.Combine(outputFolder, "executed"), timeLimit,
            workingDirectory: workingDirectory ?? Path.GetDirectoryName(Path.GetFullPath(notebook)));
        if (!result.Passed)
        {
            throw new InvalidOperationException($"{Path.GetFileName(notebook)} failed while profiling: {result.Problem}");
        }
        return [.. ProfileLine().Matches(result.Executed!.Text)
            .Select(m => (m.Groups[2].Value, double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)))];
    }

    /// <summary>The notebook with a cell after each code cell that prints the time since the previous one.</summary>
    public static string Instrument(string notebookJson)
    {
        var notebook = JsonNode.Parse(notebookJson)!;
        var cells = notebook["cells"]!.AsArray();
        var instrumented = new JsonArray();
        var first = true;
        foreach (var cell in cells.Select(c => c!.DeepClone()))
        {
            instrumented.Add(cell);
            if ((string?)cell["cell_type"] != "code")
            {
                continue;
            }
            var label = JsonSerializer.Serialize((first ? "kernel start + " : "") + FirstLine(cell));
            var elapsed = first
                ? "(DateTime.Now - System.Diagnostics.Process.GetCurrentProcess().StartTime)"
                : "__profileClock.Elapsed";
            var code = (first ? "var __profileClock = new System.Diagnostics.Stopwatch();\n" : "") +
                $"System.Console.WriteLine(\"{Marker} \" + {elapsed}.TotalMilliseconds.ToString(\"0\", System.Globalization.CultureInfo.InvariantCulture) + \" ms \" + {label});\n" +
                "__profileClock.Restart();";
            instrumented.Add(new JsonObject
            {
                ["cell_type"] = "code",
                ["execution_count"] = null,
                ["metadata"] = cell["metadata"]!.DeepClone(),
                ["outputs"] = new JsonArray(),
                ["source"] = new JsonArray(code),
            });
            first = false;
        }
        notebook["cells"] = instrumented;
        return notebook.ToJsonString();
    }

    private static string FirstLine(JsonNode cell)
    {
        var source = NotebookJson.Text(cell["source"]);
        var line = source.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? "(empty cell)";
        return line.Length > 60 ? line[..57] + "..." : line;
    }

    [GeneratedRegex(@"\[profile\] (\d+) ms (.*)")]
    private static partial Regex ProfileLine();
}
