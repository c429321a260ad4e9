using Microsoft.DotNet.Interactive;

namespace NeuralNetLessons.Runtime;

/// <summary>
/// Runs when a notebook references the NeuralNetLessons package, before the first user cell:
/// applies the runtime fixes and registers the displays. Each step is guarded on its own so
/// that one failure does not skip the others, and every failure is shown in the notebook.
/// </summary>
public sealed class KernelSetup : IKernelExtension
{
    public Task OnLoadAsync(Kernel kernel)
    {
        var problems = new List<string>();
        Try("TorchSharp's native libraries", TorchNative.EnsureLoaded, problems);
        Try("F# runtime for charts", FSharpCoreRedirect.Register, problems);
        Try("displays for charts, pictures and tensors", NotebookFormatters.Register, problems);
        if (problems.Count == 0)
        {
            _ = WarmUp.Start();
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
