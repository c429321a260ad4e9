using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Xunit;

namespace NeuralNetLessons.Tests.Notebooks;

/// <summary>What every committed notebook shares: no outputs, the same metadata, the same setup cell.</summary>
public partial class NotebookFileTests
{
    public const string SetupCell =
        $"#r \"nuget: NeuralNetLessons, {FakePackage.CourseVersion}\"\nusing System.IO;\nusing TorchSharp;\nusing static TorchSharp.torch;";

    public static TheoryData<string> Notebooks => [.. RepositoryPaths.CommittedNotebooks.Select(path => Path.GetFileName(path))];

    [Fact]
    public void The_course_has_its_numbered_notebooks()
    {
        var names = RepositoryPaths.CommittedNotebooks.Select(Path.GetFileName).ToList();
        Assert.Contains("01-loading-the-data.ipynb", names);
        Assert.All(names, name => Assert.Matches(@"^\d\d-[a-z0-9-]+\.ipynb$", name));
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Is_committed_without_outputs(string name)
    {
        var cells = Read(name)["cells"]!.AsArray();
        Assert.All(cells.Where(c => (string?)c!["cell_type"] == "code"), cell =>
        {
            Assert.Empty(cell!["outputs"]!.AsArray());
            Assert.Null(cell["execution_count"]);
        });
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Has_the_course_metadata(string name)
    {
        var metadata = Read(name)["metadata"]!;
        Assert.Equal(".net-csharp", (string?)metadata["kernelspec"]!["name"]);
        Assert.Equal("csharp", (string?)metadata["polyglot_notebook"]!["kernelInfo"]!["defaultKernelName"]);
        Assert.All(Read(name)["cells"]!.AsArray().Where(c => (string?)c!["cell_type"] == "code"),
            cell => Assert.Equal("csharp", (string?)cell!["metadata"]!["polyglot_notebook"]!["kernelName"]));
    }

    // Notebook format 4.5 requires an id on every cell, unique in the notebook (nbformat's schema).
    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Gives_every_cell_an_id_of_its_own(string name)
    {
        var notebook = Read(name);
        Assert.Equal((4, 5), ((int)notebook["nbformat"]!, (int)notebook["nbformat_minor"]!));
        var ids = notebook["cells"]!.AsArray().Select(cell => (string?)cell!["id"]).ToList();
        Assert.All(ids, id => Assert.Matches("^[a-zA-Z0-9-_]{1,64}$", id ?? ""));
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Starts_with_an_introduction_then_the_shared_setup_cell(string name)
    {
        var cells = Read(name)["cells"]!.AsArray();
        Assert.Equal("markdown", (string?)cells[0]!["cell_type"]);
        Assert.Contains("In this notebook", Source(cells[0]!));
        var firstCode = cells.First(c => (string?)c!["cell_type"] == "code")!;
        Assert.Equal(SetupCell, Source(firstCode));
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Ends_with_a_recap_and_questions(string name)
    {
        var last = Source(Read(name)["cells"]!.AsArray().Last()!);
        Assert.Contains("Recap", last);
        Assert.Contains("Check your understanding", last);
    }

    // A learner sees each question first and opens its answer on purpose: every numbered question of the
    // closing list has its fold (indented into the list item) right under it, before the next question.
    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Folds_an_answer_under_every_question_it_ends_with(string name)
    {
        var last = Source(Read(name)["cells"]!.AsArray().Last()!);
        var list = last[last.IndexOf("**Check your understanding**", StringComparison.Ordinal)..];
        var questions = QuestionStart().Split(list)[1..];
        Assert.NotEmpty(questions);
        Assert.Equal(Enumerable.Range(1, questions.Length), questions.Select(q => int.Parse(q[..q.IndexOf('.')])));
        Assert.Empty(questions.Where(q => !AnsweredQuestion().IsMatch(q)).Select(q => q.Split('\n')[0]));
    }

    // The same for the asides: the fold follows the "Stop and think" line, inside its quote.
    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Folds_an_answer_under_every_stop_and_think_prompt(string name)
    {
        var markdown = Read(name)["cells"]!.AsArray().Where(c => (string?)c!["cell_type"] == "markdown");
        var unanswered = markdown.Select(cell => (Id: (string?)cell!["id"], Text: QuoteMark().Replace(Source(cell), "")))
            .Where(cell => cell.Text.Split("Stop and think").Length - 1 != AnsweredPrompt().Count(cell.Text))
            .Select(cell => cell.Id);
        Assert.Empty(unanswered);
    }

    // Read on a projector, or copied from a folded solution, a line must fit without scrolling: no line of
    // a code cell, nor of a C# block in a markdown cell's fold, is longer than 100 characters.
    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Keeps_every_line_of_code_within_100_characters(string name)
    {
        const int Limit = 100;
        var tooLong = new List<string>();
        foreach (var cell in Read(name)["cells"]!.AsArray())
        {
            string[] blocks = (string?)cell!["cell_type"] == "code"
                ? [Source(cell)]
                : [.. CsharpBlock().Matches(Source(cell)).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value.Replace(KeptBlankLine, "")))];
            foreach (var lines in blocks.Select(block => block.Split('\n')))
            {
                for (int i = 0; i < lines.Length; i++)
                {
                    if (lines[i].Length > Limit)
                    {
                        tooLong.Add($"cell {(string?)cell["id"]}, line {i + 1} ({lines[i].Length} characters): {lines[i]}");
                    }
                }
            }
        }
        Assert.True(tooLong.Count == 0,
            $"{name} has {tooLong.Count} line(s) of code longer than {Limit} characters:\n" + string.Join("\n", tooLong));
    }

    // nbconvert's HTML shows markdown inside an HTML block as raw text (backticks, ``` fences, one long line
    // of code), where VS Code and Jupyter render it. So a fold (hint, solution, answer) holds HTML, and no
    // blank line: for the markdown renderers a blank line would end the HTML block in the middle.
    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Writes_every_fold_in_html_that_every_renderer_shows_alike(string name)
    {
        var markdownFolds = Read(name)["cells"]!.AsArray()
            .Where(cell => (string?)cell!["cell_type"] == "markdown")
            .SelectMany(cell => Fold().Matches(QuoteMark().Replace(Source(cell!), ""))
                .Select(fold => (Id: (string?)cell!["id"], Body: fold.Groups[1].Value)))
            .Where(fold => fold.Body.Contains('`') || fold.Body.Contains("**", StringComparison.Ordinal) || BlankLine().IsMatch(fold.Body))
            .Select(fold => $"{fold.Id}: {fold.Body.Trim().Split('\n')[0]}");
        Assert.Empty(markdownFolds);
    }

    /// <summary>What stands for an empty line inside a fold's code, so that the fold has no blank line.</summary>
    internal const string KeptBlankLine = "<span></span>";

    [GeneratedRegex(@"<pre><code class=""language-csharp"">(.*?)</code></pre>", RegexOptions.Singleline)]
    private static partial Regex CsharpBlock();

    [GeneratedRegex(@"<details><summary>[^<]*</summary>\n(.*?)</details>", RegexOptions.Singleline)]
    private static partial Regex Fold();

    [GeneratedRegex(@"\n[ \t]*\n")]
    private static partial Regex BlankLine();

    [GeneratedRegex(@"^(?=\d+\. )", RegexOptions.Multiline)]
    private static partial Regex QuestionStart();

    [GeneratedRegex(@"^\d+\. .+\n\n {3}<details><summary>Answer</summary>\n {3}\S.*\n(?: {3}.*\n)*? {3}</details>(?:\n|$)")]
    private static partial Regex AnsweredQuestion();

    [GeneratedRegex(@"\*\*Stop and think\.\*\* .+\n\n<details><summary>Answer</summary>\n\S.*\n(?:.*\n)*?</details>(?:\n|$)")]
    private static partial Regex AnsweredPrompt();

    [GeneratedRegex("^> ?", RegexOptions.Multiline)]
    private static partial Regex QuoteMark();

    public static JsonNode Read(string name) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Notebooks, name)))!;

    public static string Source(JsonNode cell) =>
        string.Concat(cell["source"]!.AsArray().Select(line => (string?)line));
}
