using NeuralNetLessons.Data;
using NotebookRunner;
using Xunit;

namespace NeuralNetLessons.Tests.Notebooks;

[Collection(nameof(HeadlessNotebooks))]
public class RunnerTests(HeadlessNotebooks notebooks)
{
    [Fact]
    public async Task A_notebook_stops_at_its_first_failing_cell_and_the_run_names_it()
    {
        var result = await notebooks.RunAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", "failing.ipynb"));

        Assert.False(result.Passed);
        Assert.NotEqual(0, result.ExitCode);
        Assert.Equal("cell 2: Error: System.InvalidOperationException: deliberate failure in cell 2", result.Problem);
        Assert.True(File.Exists(result.ExecutedCopy), "the executed copy is written even when a cell fails");
        // The executed copy is the notebook's own three cells: the runner's added cell is gone.
        Assert.Equal(3, result.Executed!.Cells.Count);
        Assert.Single(result.Executed.Errors);
        Assert.Empty(result.Executed.Cells[2].Outputs);
        Assert.DoesNotContain("this cell comes after the failure", result.Executed.Text);
        // Numbered as Jupyter numbers the cells it ran: the skipped cell has no number.
        var counts = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(result.ExecutedCopy))!["cells"]!.AsArray()
            .Select(cell => (int?)cell!["execution_count"]);
        Assert.Equal([1, 2, null], counts);
    }

    [Fact]
    public async Task A_missing_data_folder_gives_one_error_that_says_what_to_do()
    {
        using var missing = new TempFolder();
        var result = await notebooks.RunSeparatelyAsync(
            Path.Combine(RepositoryPaths.Notebooks, "03-mean-three.ipynb"), "missing-data",
            environment: new Dictionary<string, string> { [MnistTiny.EnvironmentVariable] = missing.Combine("nowhere") });

        Assert.False(result.Passed);
        var error = Assert.Single(result.Executed!.Errors);
        Assert.Contains(MnistTiny.EnvironmentVariable, error);
        Assert.Contains(missing.Combine("nowhere"), error);
        Assert.Equal(error, result.Problem);
        Assert.DoesNotContain("NullReferenceException", result.Executed.Text);
    }

    [Fact]
    public async Task The_setup_cell_loads_the_library_from_the_course_feed_and_never_one_from_another_feed()
    {
        // An impostor NeuralNetLessons, of the course's version and of a higher one, on a feed
        // that a NuGet config above the repository adds (as a user's or machine's config would).
        using var repository = CourseCopy(feed: [FakePackage.Genuine]);
        FakePackage.WriteFeedConfig(repository.Path, FakePackage.WriteImpostors(repository.Combine("impostor-feed")));
        var packages = repository.Combine("packages");

        var result = await notebooks.RunSeparatelyAsync(
            repository.Combine("notebooks", "setup-only.ipynb"), "impostor", repository.Combine("notebooks"),
            new Dictionary<string, string> { ["NUGET_PACKAGES"] = packages });

        Assert.Contains(result.Executed!.Outputs("text/html"), html => html.Contains($"NeuralNetLessons, {FakePackage.CourseVersion}"));
        var installed = Directory.GetDirectories(Path.Combine(packages, "neuralnetlessons")).Select(Path.GetFileName);
        Assert.Equal([FakePackage.CourseVersion], installed);
        Assert.True(File.Exists(Path.Combine(packages, "neuralnetlessons", FakePackage.CourseVersion, "content", "genuine.txt")));
        Assert.DoesNotContain("impostor", string.Join("\n", Directory.GetFiles(packages, "*", SearchOption.AllDirectories)));
    }

    [Fact]
    public async Task Before_the_library_is_built_the_setup_cell_names_the_command_to_run_and_takes_no_other_package()
    {
        // The course's feed is empty, as before the first `dotnet build`; NuGet's package folder is
        // empty too; and another feed offers impostors.
        using var repository = CourseCopy(feed: []);
        FakePackage.WriteFeedConfig(repository.Path, FakePackage.WriteImpostors(repository.Combine("impostor-feed")));
        var packages = repository.Combine("packages");

        var result = await notebooks.RunSeparatelyAsync(
            repository.Combine("notebooks", "setup-only.ipynb"), "not-built", repository.Combine("notebooks"),
            new Dictionary<string, string> { ["NUGET_PACKAGES"] = packages });

        Assert.False(result.Passed);
        Assert.Contains("Unable to find package NeuralNetLessons", result.Problem);
        Assert.Contains("created-by:dotnet-build-in-the-repository-root", result.Problem);
        Assert.False(Directory.Exists(Path.Combine(packages, "neuralnetlessons")), "no NeuralNetLessons was unpacked");
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

    /// <summary>
    /// A throw-away copy of the course's layout: notebooks/ with the repository's own nuget.config
    /// and a notebook holding only the setup cell's package reference, artifacts/feed/ holding the
    /// given packages, and the tool manifest.
    /// </summary>
    private static TempFolder CourseCopy(IEnumerable<Action<string>> feed)
    {
        var repository = new TempFolder();
        Directory.CreateDirectory(repository.Combine("artifacts", "feed"));
        Directory.CreateDirectory(repository.Combine("notebooks"));
        Directory.CreateDirectory(repository.Combine(".config"));
        File.Copy(Path.Combine(RepositoryPaths.Notebooks, "nuget.config"), repository.Combine("notebooks", "nuget.config"));
        File.Copy(Path.Combine(RepositoryPaths.Root, ".config", "dotnet-tools.json"), repository.Combine(".config", "dotnet-tools.json"));
        File.WriteAllText(repository.Combine("notebooks", "setup-only.ipynb"), FakePackage.SetupOnlyNotebook(repository.Combine("artifacts", "feed")));
        foreach (var write in feed)
        {
            write(repository.Combine("artifacts", "feed"));
        }
        return repository;
    }
}
