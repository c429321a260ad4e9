using System.Text.Json.Nodes;

namespace NotebookRunner;

/// <summary>
/// dotnet-repl runs every cell even after one has failed, so one missing file turns into a
/// page of follow-on errors. The runner runs a copy of the notebook that starts with
/// <see cref="Cell"/>, which tells the kernel to skip every cell after the first failure, as
/// VS Code's Run All and papermill stop there. That cell is removed from the executed copy.
/// </summary>
public static class StopAtFirstFailure
{
    public const string Cell = """
        // Added by the notebook runner and removed from the executed copy: once a cell fails, skip the rest.
        sealed class RunnerFirstFailure : IObserver<Microsoft.DotNet.Interactive.Events.KernelEvent>
        {
            public bool Seen { get; private set; }
            public void OnNext(Microsoft.DotNet.Interactive.Events.KernelEvent e) =>
                Seen |= e is Microsoft.DotNet.Interactive.Events.CommandFailed { Command: Microsoft.DotNet.Interactive.Commands.SubmitCode };
            public void OnError(Exception e) { }
            public void OnCompleted() { }
        }
        var runnerFirstFailure = new RunnerFirstFailure();
        Microsoft.DotNet.Interactive.Kernel.Root.KernelEvents.Subscribe(runnerFirstFailure);
        Microsoft.DotNet.Interactive.Kernel.Root.AddMiddleware(async (command, context, next) =>
        {
            if (!(runnerFirstFailure.Seen && command is Microsoft.DotNet.Interactive.Commands.SubmitCode))
            {
                await next(command, context);
            }
        });
        """;

    /// <summary>The notebook with <see cref="Cell"/> before its first cell.</summary>
    public static string AddTo(string notebookJson)
    {
        var notebook = JsonNode.Parse(notebookJson)!;
        notebook["cells"]!.AsArray().Insert(0, new JsonObject
        {
            ["cell_type"] = "code",
            ["id"] = "runner-stop-at-first-failure",
            ["execution_count"] = null,
            ["metadata"] = new JsonObject
            {
                ["dotnet_interactive"] = new JsonObject { ["language"] = "csharp" },
                ["polyglot_notebook"] = new JsonObject { ["kernelName"] = "csharp" },
            },
            ["outputs"] = new JsonArray(),
            ["source"] = new JsonArray(Cell),
        });
        return notebook.ToJsonString();
    }

    /// <summary>Removes the added cell from an executed copy (its first cell, which must be that cell).</summary>
    public static void RemoveFrom(JsonNode executed)
    {
        var cells = executed["cells"]!.AsArray();
        var first = cells.Count > 0 ? cells[0] : null;
        if (first is null || NotebookJson.Text(first["source"]).TrimEnd() != Cell.TrimEnd())
        {
            throw new FormatException("The executed copy does not start with the runner's stop-at-first-failure cell.");
        }
        cells.RemoveAt(0);
    }

    /// <summary>
    /// Numbers the code cells that ran, as Jupyter shows them (In [1], In [2], ...): every code cell
    /// up to and including the first one with an error. The cells after it were skipped and stay
    /// unnumbered. (dotnet-repl leaves every number empty.)
    /// </summary>
    public static void NumberCellsThatRan(JsonNode executed)
    {
        var count = 0;
        foreach (var cell in executed["cells"]!.AsArray().Where(c => (string?)c!["cell_type"] == "code"))
        {
            cell!["execution_count"] = ++count;
            if (cell["outputs"]?.AsArray().Any(o => (string?)o?["output_type"] == "error") == true)
            {
                break;
            }
        }
    }
}
