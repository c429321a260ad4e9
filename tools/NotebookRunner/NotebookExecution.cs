using System.Diagnostics;
using System.Globalization;
using NeuralNetLessons.Data;

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
    string Diagnostics = "",
    string Runner = NotebookExecution.DotnetRepl)
{
    public bool Passed => !TimedOut && ExitCode == 0 && Executed is { Errors.Count: 0 };

    public string Problem =>
        TimedOut ? string.Create(CultureInfo.InvariantCulture, $"did not finish within the time limit ({Elapsed.TotalSeconds:0} s)")
        : Executed is null ? $"{Runner} exited with code {ExitCode} and wrote no executed notebook{Diagnostics}"
        : Executed.Errors.Count > 0 ? Executed.Errors[0]
        : ExitCode != 0 ? $"{Runner} exited with code {ExitCode}{Diagnostics}"
        : "";
}

/// <summary>
/// Runs a notebook in a fresh kernel with dotnet-repl, or with Jupyter and the .NET kernel (both from
/// the repository's tool manifest), from the notebook's own folder as VS Code does, stopping at the
/// first failing cell, and writes the executed copy with its outputs.
/// </summary>
public static class NotebookExecution
{
    public const string DotnetRepl = "dotnet-repl";

    /// <param name="workingDirectory">Where the kernel runs; by default the notebook's folder. It must be
    /// inside the repository, where nuget.config and the tool manifest are found.</param>
    /// <param name="jupyter">Run it through Jupyter with this kernel instead of dotnet-repl.</param>
    public static async Task<NotebookResult> RunAsync(
        string notebook,
        string outputFolder,
        TimeSpan timeLimit,
        IReadOnlyDictionary<string, string>? environment = null,
        string? workingDirectory = null,
        JupyterKernel? jupyter = null)
    {
        notebook = Path.GetFullPath(notebook);
        Directory.CreateDirectory(outputFolder);
        var executedCopy = Path.GetFullPath(Path.Combine(outputFolder, Path.GetFileName(notebook)));
        File.Delete(executedCopy);
        var runCopy = Path.Combine(Path.GetFullPath(outputFolder), $".{Path.GetFileNameWithoutExtension(notebook)}.{Guid.NewGuid():N}.ipynb");
        WholeFile.Write(runCopy, temporary => File.WriteAllText(temporary, StopAtFirstFailure.AddTo(File.ReadAllText(notebook))));
        try
        {
            return await RunCopyAsync(notebook, runCopy, executedCopy, timeLimit, environment, workingDirectory, jupyter);
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
        string? workingDirectory,
        JupyterKernel? jupyter)
    {
        workingDirectory ??= Path.GetDirectoryName(notebook)!;
        // nbconvert writes its file as it goes: beside the executed copy, moved into place when complete.
        var jupyterCopy = Path.Combine(Path.GetDirectoryName(runCopy)!, $"{Path.GetFileNameWithoutExtension(runCopy)}.executed.ipynb");
        var start = jupyter?.Execution(workingDirectory, jupyterCopy)
            ?? new ProcessStartInfo("dotnet", ["repl", "--run", runCopy, "--exit-after-run", "--output-path", executedCopy]) { WorkingDirectory = workingDirectory };
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.RedirectStandardInput = true;
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }
        var runner = jupyter is null ? DotnetRepl : "jupyter nbconvert";

        // Held until this kernel listens, or to the end of the run if anything fails first.
        using var turn = jupyter is null ? null : await JupyterKernel.StartUpTurnAsync();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {start.FileName}");
        var clock = Stopwatch.StartNew();
        var listening = new TaskCompletionSource();
        var output = ReadOutputAsync(process.StandardOutput, listening);
        var errors = process.StandardError.ReadToEndAsync();
        var memory = new PeakMemoryWatch(process);
        if (jupyter is not null)
        {
            // nbconvert reads the notebook from its standard input, then starts the kernel.
            await process.StandardInput.WriteAsync(await File.ReadAllTextAsync(runCopy));
        }
        process.StandardInput.Close();
        if (turn is not null)
        {
            await Task.WhenAny(listening.Task, Task.Delay(TimeSpan.FromMinutes(2)));
            turn.Dispose();
        }

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
        if (jupyter is not null && File.Exists(jupyterCopy))
        {
            if (!timedOut && process.ExitCode == 0)
            {
                File.Move(jupyterCopy, executedCopy, overwrite: true);
            }
            File.Delete(jupyterCopy);
        }

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
        return new NotebookResult(notebook, executedCopy, clock.Elapsed, peak, timedOut, process.ExitCode, executed, diagnostics, runner);
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

    // All it printed; `listening` is set at the kernel's line that it is listening (or at the end).
    private static async Task<string> ReadOutputAsync(StreamReader output, TaskCompletionSource listening)
    {
        var text = new System.Text.StringBuilder();
        while (await output.ReadLineAsync() is { } line)
        {
            text.Append(line).Append('\n');
            if (line.Contains(JupyterKernel.StartedLine, StringComparison.Ordinal))
            {
                listening.TrySetResult();
            }
        }
        listening.TrySetResult();
        return text.ToString();
    }

    // The last lines the runner printed: why it failed when it wrote no notebook.
    private static string Tail(string log)
    {
        var lines = log.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length == 0 ? "" : "; it printed:\n  " + string.Join("\n  ", lines.TakeLast(10));
    }
}
