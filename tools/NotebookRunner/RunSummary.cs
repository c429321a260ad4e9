using System.Globalization;
using System.Text;
using NeuralNetLessons.Data;

namespace NotebookRunner;

public static class RunSummary
{
    /// <summary>Writes summary.md beside the executed notebooks and returns its path.</summary>
    public static string Write(IReadOnlyList<NotebookResult> results, string outputFolder, TimeSpan total)
    {
        var text = new StringBuilder()
            .AppendLine($"# Headless notebook run, {DateTime.Now:yyyy-MM-dd HH:mm}")
            .AppendLine()
            .AppendLine("| notebook | result | seconds | peak memory (MB) | first problem |")
            .AppendLine("|---|---|---:|---:|---|");
        foreach (var r in results)
        {
            var problem = r.Problem.Replace("|", "\\|").Replace("\n", " ");
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {Path.GetFileName(r.Notebook)} | {(r.Passed ? "passed" : "FAILED")} | {r.Elapsed.TotalSeconds:0.0} | {r.PeakMemoryBytes / 1048576} | {problem} |");
        }
        text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"{results.Count(r => r.Passed)} passed, {results.Count(r => !r.Passed)} failed in {total.TotalSeconds:0.0} s.");
        var path = Path.Combine(outputFolder, "summary.md");
        WholeFile.Write(path, temporary => File.WriteAllText(temporary, text.ToString()));
        return path;
    }
}
