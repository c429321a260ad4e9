using Microsoft.DotNet.Interactive;
using NeuralNetLessons.Native;

namespace NeuralNetLessons.Notebooks;

/// <summary>
/// Runs when a notebook references the NeuralNetLessons package, before the first user cell:
/// applies the runtime fixes and registers the displays. Each step is guarded on its own so
/// that one failure does not skip the others, and every failure is shown in the notebook.
/// </summary>
public sealed class KernelSetup : IKernelExtension
{
    /// <summary>
    /// The library's namespaces a lesson uses, imported for the notebook as the kernel's own
    /// extensions import theirs, so the setup cell stays the same whatever layer a type lives in.
    /// </summary>
    internal const string Usings =
        "using NeuralNetLessons.Data; using NeuralNetLessons.Images; using NeuralNetLessons.Learning; " +
        "using NeuralNetLessons.Display; using NeuralNetLessons.Charting; using NeuralNetLessons.Exercises;";

    public Task OnLoadAsync(Kernel kernel)
    {
        ArgumentNullException.ThrowIfNull(kernel);
        // The extension is given the notebook's root kernel; the usings are C#.
        var csharp = (kernel as CompositeKernel)?.FindKernelByName("csharp") ?? kernel;
        csharp.DeferCommand(new Microsoft.DotNet.Interactive.Commands.SubmitCode(Usings));
        var problems = new List<string>();
        Try("TorchSharp's native libraries", TorchNative.EnsureLoaded, problems);
        Try("one torch thread", TorchThreads.Apply, problems);
        Try("F# runtime for charts", FSharpCoreRedirect.Register, problems);
        Try("displays for charts, pictures and tensors", NotebookFormatters.Register, problems);
        Try("how much of a tensor or table a cell shows", ShowMore, problems);
        if (problems.Count == 0)
        {
            // Only an optimisation; if it fails, say so where the kernel's log shows it.
            WarmUp.Start().ContinueWith(
                failed => Console.Error.WriteLine($"NeuralNetLessons: warming up failed: {failed.Exception!.GetBaseException().Message}"),
                CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        }
        var summary = problems.Count == 0
            ? "NeuralNetLessons is ready."
            : "NeuralNetLessons loaded with problems:\n" + string.Join("\n", problems);
        if (KernelInvocationContext.Current is { } context)
        {
            context.DisplayAs(summary, "text/plain");
        }
        return Task.CompletedTask;
    }

    /// <summary>
    /// TorchSharp elides a tensor's rows and columns beyond 6, and a table shows 20 rows: the lesson
    /// shows blocks of up to 9 rows and tables of up to 30 (notebook 08's hidden units) whole.
    /// </summary>
    private static void ShowMore()
    {
        TorchSharp.torch.set_printoptions(maxRows: 12, maxColumns: 12);
        Microsoft.DotNet.Interactive.Formatting.Formatter.ListExpansionLimit = 30;
    }

    private static void Try(string step, Action action, List<string> problems)
    {
        try
        {
            action();
        }
        catch (Exception e)
        {
            problems.Add($"- {step}: {e.Message}");
        }
    }
}
