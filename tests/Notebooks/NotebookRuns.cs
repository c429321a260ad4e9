using System.Collections.Concurrent;
using NeuralNetLessons.Data;
using NotebookRunner;
using Xunit;

namespace NeuralNetLessons.Tests.Notebooks;

/// <summary>
/// Runs each notebook once per test run, in a fresh kernel, and shares the result among the tests
/// that read it. Two kernels run at a time in all, as the runner does by default, whichever route
/// runs them: dotnet-repl (<see cref="HeadlessNotebooks"/>) or Jupyter (<see cref="JupyterNotebooks"/>).
/// </summary>
public abstract class NotebookRuns
{
    private static readonly SemaphoreSlim Slots = new(2);
    private static readonly Lazy<bool> Tools = new(() => ToolRestore.Run(RepositoryPaths.Root));

    private readonly ConcurrentDictionary<string, Lazy<Task<NotebookResult>>> runs = new();
    private readonly ConcurrentDictionary<string, Lazy<Task<NotebookResult>>> secondRuns = new();
    private readonly string output;

    /// <param name="outputFolder">Under artifacts/test-results (git-ignored), so a failed run's executed
    /// notebooks can be opened; a run under another CPU dispatch (.ci/run's second pass) keeps its copies apart.</param>
    protected NotebookRuns(string outputFolder) =>
        output = Path.Combine(RepositoryPaths.Root, "artifacts", "test-results",
            Environment.GetEnvironmentVariable("ATEN_CPU_CAPABILITY") is { Length: > 0 } dispatch ? $"{outputFolder}-aten-{dispatch}" : outputFolder);

    public static bool ToolsRestored => Tools.Value;

    /// <summary>Jupyter's .NET kernel to run the notebooks with; null to run them with dotnet-repl.</summary>
    protected abstract JupyterKernel? Kernel { get; }

    /// <summary>Why this route cannot run here (the tests that use it are skipped), or null.</summary>
    protected virtual string? Unavailable => null;

    /// <summary>Starts every committed notebook (two kernels at a time) for the tests to await.</summary>
    protected void StartAll()
    {
        foreach (var notebook in RepositoryPaths.CommittedNotebooks)
        {
            _ = RunAsync(notebook);
        }
    }

    /// <summary>The one run of a notebook, from the course's notebooks folder, as for a learner.</summary>
    public Task<NotebookResult> RunAsync(string notebook) =>
        runs.GetOrAdd(Path.GetFullPath(notebook), path => new(() => RunOnceAsync(path, "", null, null))).Value;

    public Task<NotebookResult> RunCommittedAsync(string name) =>
        RunAsync(Path.Combine(RepositoryPaths.Notebooks, name));

    /// <summary>A second, separate run of a committed notebook, in its own fresh kernel.</summary>
    public Task<NotebookResult> RunAgainAsync(string name) =>
        secondRuns.GetOrAdd(name, _ => new(() => RunOnceAsync(Path.Combine(RepositoryPaths.Notebooks, name), "second-run", null, null))).Value;

    /// <summary>A run of its own, not shared: from another folder, or with other environment variables.</summary>
    public Task<NotebookResult> RunSeparatelyAsync(
        string notebook, string outputSubfolder, string? workingDirectory = null, IReadOnlyDictionary<string, string>? environment = null) =>
        RunOnceAsync(Path.GetFullPath(notebook), outputSubfolder, workingDirectory, environment);

    private async Task<NotebookResult> RunOnceAsync(
        string notebook, string subfolder, string? workingDirectory, IReadOnlyDictionary<string, string>? extraEnvironment)
    {
        Skip.If(Unavailable is not null, Unavailable);
        Skip.If(TestData.FashionMnistRoot is null && File.ReadAllText(notebook).Contains("FashionMnist.Locate(", StringComparison.Ordinal),
            $"{Path.GetFileName(notebook)} reads Fashion-MNIST, which is not on this machine: apt-get install dataset-fashion-mnist, "
            + $"or set {FashionMnist.EnvironmentVariable} to a folder holding its four files.");
        Assert.True(ToolsRestored, "dotnet tool restore failed");
        await Slots.WaitAsync();
        try
        {
            var environment = new Dictionary<string, string>
            {
                [MnistTiny.EnvironmentVariable] = TestData.MnistTinyRoot,
                // The tests read numbers back from what the notebooks print: fix their format.
                ["LC_ALL"] = "C.UTF-8",
            };
            if (TestData.MnistRoot is { } mnist)
            {
                environment[Mnist.EnvironmentVariable] = mnist;
            }
            if (TestData.FashionMnistRoot is { } fashion)
            {
                environment[FashionMnist.EnvironmentVariable] = fashion;
            }
            foreach (var (name, value) in extraEnvironment ?? new Dictionary<string, string>())
            {
                environment[name] = value;
            }
            // The course's notebooks folder holds the nuget.config that names the course's feed.
            return await NotebookExecution.RunAsync(
                notebook, Path.Combine(output, subfolder), TimeSpan.FromMinutes(5), environment,
                workingDirectory ?? RepositoryPaths.Notebooks, Kernel);
        }
        finally
        {
            Slots.Release();
        }
    }
}
