using NotebookRunner;
using Xunit;

namespace NeuralNetLessons.Tests.Notebooks;

[Collection(nameof(HeadlessNotebooks))]
public class RunnerTests(HeadlessNotebooks notebooks)
{
    [Fact]
    public async Task A_failing_cell_fails_the_run_and_is_named()
    {
        var result = await notebooks.RunAsync(Path.Combine(AppContext.BaseDirectory, "data", "failing.ipynb"));

        Assert.False(result.Passed);
        Assert.Contains("cell 2", result.Problem);
        Assert.Contains("deliberate failure in cell 2", result.Problem);
        Assert.True(File.Exists(result.ExecutedCopy), "the executed copy is written even when a cell fails");
        Assert.Contains("cells after a failure still run", result.Executed!.Text);
    }

    [Fact]
    public async Task A_notebook_run_before_the_library_is_built_names_the_command_to_run()
    {
        // A copy of the repository's NuGet and tool set-up, with an empty library feed.
        using var repository = new TempFolder();
        Directory.CreateDirectory(repository.Combine("artifacts", "feed"));
        Directory.CreateDirectory(repository.Combine(".config"));
        File.Copy(Path.Combine(RepositoryPaths.Root, "nuget.config"), repository.Combine("nuget.config"));
        File.Copy(Path.Combine(RepositoryPaths.Root, ".config", "dotnet-tools.json"), repository.Combine(".config", "dotnet-tools.json"));
        var notebook = repository.Combine("setup-only.ipynb");
        File.Copy(Path.Combine(AppContext.BaseDirectory, "data", "failing.ipynb"), notebook);

        var result = await notebooks.RunAsync(notebook);

        Assert.False(result.Passed);
        Assert.Contains("Unable to find package NeuralNetLessons", result.Problem);
        Assert.Contains("created-by:dotnet-build-in-the-repository-root", result.Problem);
    }

    [Fact]
    public void The_summary_lists_every_notebook_with_its_result()
    {
        using var temp = new TempFolder();
        var folder = temp.Path;
        var results = new[]
        {
            new NotebookResult("a.ipynb", "x", TimeSpan.FromSeconds(2), 300 << 20, false, 0, null),
            new NotebookResult("b.ipynb", "y", TimeSpan.FromSeconds(9), 400 << 20, true, -1, null),
        };

        var text = File.ReadAllText(RunSummary.Write(results, folder, TimeSpan.FromSeconds(11)));

        Assert.Contains("| a.ipynb | FAILED | 2.0 | 300 | dotnet-repl exited with code 0 and wrote no executed notebook |", text);
        Assert.Contains("| b.ipynb | FAILED | 9.0 | 400 | did not finish within the time limit (9 s) |", text);
        Assert.Contains("0 passed, 2 failed", text);
    }
}
