using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NotebookRunner;
using Xunit;

namespace NeuralNetLessons.Tests.Notebooks;

/// <summary>
/// The exercises as a learner meets them. An exercise is three cells and a fold: "exercise-NAME"
/// (the cell the learner edits), "check-NAME" (the check under it) and the markdown "help-NAME"
/// (a hint and the solution, each folded).
/// </summary>
public abstract partial class ExerciseTests(NotebookRuns notebooks)
{
    public static TheoryData<string> NotebooksWithExercises =>
        [.. RepositoryPaths.CommittedNotebooks.Select(Path.GetFileName).Where(name => Exercises(name!).Count > 0).Select(name => name!)];

    /// <summary>The names of a notebook's exercises, in order.</summary>
    internal static IReadOnlyList<string> Exercises(string name) =>
        [.. NotebookFileTests.Read(name)["cells"]!.AsArray()
            .Select(cell => (string?)cell!["id"] ?? "")
            .Where(id => id.StartsWith("exercise-", StringComparison.Ordinal) && !id.EndsWith("-intro", StringComparison.Ordinal) && !id.EndsWith("-outro", StringComparison.Ordinal))
            .Select(id => id["exercise-".Length..])];

    /// <summary>The code of the Solution fold of the exercise's help cell.</summary>
    internal static string Solution(JsonNode notebook, string exercise)
    {
        var help = notebook["cells"]!.AsArray().Single(cell => (string?)cell!["id"] == "help-" + exercise)!;
        var match = SolutionFold().Match(NotebookFileTests.Source(help));
        Assert.True(match.Success, $"help-{exercise} has a folded Solution with a C# code block");
        return WebUtility.HtmlDecode(match.Groups[1].Value.Replace(NotebookFileTests.KeptBlankLine, "")).TrimEnd('\n');
    }

    [SkippableTheory]
    [MemberData(nameof(NotebooksWithExercises))]
    public async Task Every_check_says_not_yet_to_the_starter_and_the_notebook_runs_on(string name)
    {
        var result = await notebooks.RunCommittedAsync(name);

        Assert.True(result.Passed, result.Problem);
        Assert.All(Exercises(name), exercise => Assert.StartsWith("Not yet: ", result.Executed!.OutputOf("check-" + exercise)));
    }

    [GeneratedRegex(@"<summary>Solution</summary>\s*<pre><code class=""language-csharp"">(.*?)</code></pre>", RegexOptions.Singleline)]
    private static partial Regex SolutionFold();
}

[Collection(nameof(HeadlessNotebooks))]
public sealed class ExerciseHeadlessTests(HeadlessNotebooks headless) : ExerciseTests(headless)
{
    /// <summary>
    /// The notebook with every exercise replaced by the solution in its own fold: each check says
    /// "Correct", so a solution can never rot. Headless only: through Jupyter it would compute the same.
    /// </summary>
    [SkippableTheory]
    [MemberData(nameof(NotebooksWithExercises))]
    public async Task With_every_solution_from_its_fold_every_check_says_correct(string name)
    {
        var notebook = NotebookFileTests.Read(name);
        foreach (var exercise in Exercises(name))
        {
            var cell = notebook["cells"]!.AsArray().Single(c => (string?)c!["id"] == "exercise-" + exercise)!;
            cell["source"] = NotebookJson.Lines(Solution(notebook, exercise));
        }
        string copy = Path.Combine(RepositoryPaths.Root, "artifacts", "test-results", "solutions", name);
        Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
        NotebookJson.Write(copy, notebook);

        var result = await headless.RunSeparatelyAsync(copy, "solutions");

        Assert.True(result.Passed, result.Problem);
        Assert.All(Exercises(name), exercise => Assert.StartsWith("Correct: ", result.Executed!.OutputOf("check-" + exercise)));
    }
}

[Collection(nameof(JupyterNotebooks))]
[Trait("Runner", "Jupyter")]
public sealed class ExerciseJupyterTests(JupyterNotebooks notebooks) : ExerciseTests(notebooks);
