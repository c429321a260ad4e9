using System.Diagnostics;
using System.Globalization;

namespace NotebookRunner;

/// <summary>What one headless run of a notebook gave.</summary>
public sealed record NotebookResult(
    string Notebook,
    string ExecutedCopy,
    TimeSpan Elapsed,
    long PeakMemoryBytes,
    bool TimedOut,
    int ExitCode,
    ExecutedNotebook? Executed,
    string Diagnostics = "")
{
    public bool Passed => !TimedOut && ExitCode == 0 && Executed is { Errors.Count: 0 };

    public string Problem =>
        TimedOut ? string.Create(CultureInfo.InvariantCulture, $"did not finish within the time limit ({Elapsed.TotalSeconds:0} s)")
        : Executed is null ? $"dotnet-repl exited with code {ExitCode} and wrote no executed notebook{Diagnostics}"
        : Executed.Errors.Count > 0 ? Executed.Errors[0]
        : ExitCode != 0 ? $"dotnet-repl exited with code {ExitCode}{Diagnostics}"
        : "";
}

/// <summary>
/// Runs a notebook in a fresh kernel with dotnet-repl (from the repository's tool manifest),
/// from the notebook's own folder as VS Code does, stopping at the first failing cell, and writes
/// the executed copy with its outputs.
/// </summary>
public static class NotebookExecution
{
    /// <param name="workingDirectory">Where the kernel runs; by default the notebook's folder. It must be
    /// inside the repository, where nuget.config and the tool manifest are found.</param>
    public static async Task<NotebookResult> RunAsync(
        string notebook,
        string outputFolder,
        TimeSpan timeLimit,
        IReadOnlyDictionary<string, string>? environment = null,
        string? workingDirectory = null)
    {
        notebook = Path.GetFullPath(notebook);
        Directory.CreateDirectory(outputFolder);
        var executedCopy = Path.GetFullPath(Path.Combine(outputFolder, Path.GetFileName(notebook)));
        File.Delete(executedCopy);
        var runCopy = Path.Combine(Path.GetFullPath(outputFolder), $".{Path.GetFileNameWithoutExtension(notebook)}.{Guid.NewGuid():N}.ipynb");
        AtomicFile.WriteAllText(runCopy, StopAtFirstFailure.AddTo(File.ReadAllText(notebook)));
        try
        {
            return await RunCopyAsync(notebook, runCopy, executedCopy, timeLimit, environment, workingDirectory);
        }
        finally
        {
            File.Delete(runCopy);
        }
    }

    private static async Task<NotebookResult> RunCopyAsync(
        string notebook,
        string runCopy,
        string executedCopy,
        TimeSpan timeLimit,
        IReadOnlyDictionary<string, string>? environment,
        string? workingDirectory)
    {

        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory ?? Path.GetDirectoryName(notebook)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        foreach (var arg in new[] { "repl", "--run", runCopy, "--exit-after-run", "--output-path", executedCopy })
        {
            start.ArgumentList.Add(arg);
        }
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        var memory = new PeakMemoryWatch(process);

        using var timeout = new CancellationTokenSource(timeLimit);
        var timedOut = false;
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            timedOut = true;
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        clock.Stop();
        var peak = await memory.StopAsync();
        var diagnostics = Tail(await output + await errors);

        ExecutedNotebook? executed = null;
        try
        {
            if (File.Exists(executedCopy))
            {
                Finish(notebook, executedCopy);
                executed = ExecutedNotebook.Read(executedCopy);
            }
        }
        catch (Exception e) when (e is IOException or FormatException or System.Text.Json.JsonException)
        {
            diagnostics = $"\n{executedCopy} could not be read: {e.Message}{diagnostics}";
        }
        return new NotebookResult(notebook, executedCopy, clock.Elapsed, peak, timedOut, process.ExitCode, executed, diagnostics);
    }

    /// <summary>The executed copy as a person should read it: the notebook's own cells and ids, each output once, charts as JSON objects.</summary>
    private static void Finish(string notebook, string executedCopy)
    {
        var executed = NotebookJson.Read(executedCopy);
        StopAtFirstFailure.RemoveFrom(executed);
        SourceCellIds.CopyTo(executed, NotebookJson.Read(notebook), Path.GetFileName(notebook));
        StopAtFirstFailure.NumberCellsThatRan(executed);
        PackageProgressCleanup.Apply(executed);
        PlotlyOutputs.ParseFigures(executed);
        NotebookJson.Write(executedCopy, executed);
    }

    // The last lines dotnet-repl printed: why it failed when it wrote no notebook.
    private static string Tail(string log)
    {
        var lines = log.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length == 0 ? "" : "; it printed:\n  " + string.Join("\n  ", lines.TakeLast(10));
    }
}
