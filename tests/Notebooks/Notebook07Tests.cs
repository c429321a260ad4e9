using System.Globalization;
using System.Text.RegularExpressions;
using Xunit;
using static System.FormattableString;

namespace NeuralNetLessons.Tests.Notebooks;

/// <summary>
/// Notebook 07's forty runs, read back and checked against the same runs made by the library in a
/// process of its own (TorchCheck seed-runs; the random generator is global to a process). How
/// those runs compare with PyTorch's is TrainingTests' business.
/// </summary>
[Collection(nameof(HeadlessNotebooks))]
public partial class Notebook07Tests(HeadlessNotebooks notebooks)
{
    private const string Name = "07-luck-and-starting-weights.ipynb";
    private static readonly string[] Models = ["linear", "ReLU net"];
    private static readonly string[] Weights = ["std 1.0", "std 1/√fan-in"];

    private static readonly Lazy<Dictionary<(string Model, string Weights, int Seed), double>> LibraryRuns = new(() =>
    {
        var (exitCode, output) = TorchCheckProcess.Run(null, "seed-runs", TestData.MnistTinyRoot);
        Assert.True(exitCode == 0, output);
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split('|')).Where(fields => fields.Length == 4)
            .ToDictionary(fields => (fields[0], fields[1], int.Parse(fields[2], CultureInfo.InvariantCulture)), fields => double.Parse(fields[3], CultureInfo.InvariantCulture));
    });

    private async Task<NotebookRunner.ExecutedNotebook> Run()
    {
        var result = await notebooks.RunCommittedAsync(Name);
        Assert.True(result.Passed, $"{Name}: {result.Problem}");
        return result.Executed!;
    }

    private static double Final(string model, string weights, int seed) => LibraryRuns.Value[(model, weights, seed)];

    [Fact]
    public async Task Every_run_of_every_seed_ends_where_the_library_ends_and_progress_is_shown_run_by_run()
    {
        var progress = (await Run()).OutputOf("var runs = new List<Run>()");

        var lines = ProgressLine().Matches(progress).ToList();
        Assert.Equal(Enumerable.Range(1, 40), lines.Select(line => int.Parse(line.Groups["count"].Value, CultureInfo.InvariantCulture)));
        Assert.All(lines, line => Assert.Equal(
            Final(line.Groups["model"].Value, line.Groups["weights"].Value, int.Parse(line.Groups["seed"].Value, CultureInfo.InvariantCulture)),
            double.Parse(line.Groups["accuracy"].Value, CultureInfo.InvariantCulture)));
        Assert.Equal(40, lines.Select(line => (line.Groups["model"].Value, line.Groups["weights"].Value, line.Groups["seed"].Value)).Distinct().Count());
    }

    [Fact]
    public async Task The_summary_and_the_wins_are_those_of_the_forty_runs()
    {
        var executed = await Run();
        double baseline = BaselineFacts.LessonMetric;

        var table = executed.OutputOf("Show.Table(runs.GroupBy");
        foreach (var model in Models)
        {
            foreach (var weights in Weights)
            {
                double[] finals = [.. Enumerable.Range(0, 10).Select(seed => Final(model, weights, seed))];
                Assert.Contains(Invariant($"{model} {weights} {Math.Round(finals.Average(), 4)} {finals.Min()} {finals.Max()} {finals.Count(f => f > baseline)}"), table);
            }
        }
        int Wins(string weights) => Enumerable.Range(0, 10).Count(seed => Final("ReLU net", weights, seed) > Final("linear", weights, seed));
        Assert.Equal(
            $"the ReLU net beats the linear model for {Wins("std 1.0")} of 10 seeds with std 1.0, for {Wins("std 1/√fan-in")} of 10 with std 1/√fan-in",
            executed.OutputOf("int NetWins("));
        // What the lesson rests on: with std 1.0 the net's wins are a coin toss; scaled, it wins every seed.
        Assert.Equal(5, Wins("std 1.0"));
        Assert.Equal(10, Wins("std 1/√fan-in"));
    }

    [Fact]
    public async Task One_chart_shows_a_point_per_run_in_four_groups_and_the_baseline()
    {
        var chart = Assert.Single(NotebookOutputs.Figures(await Run()));

        var traces = NotebookOutputs.Traces(chart);
        Assert.Equal(["linear, std 1.0", "ReLU net, std 1.0", "linear, std 1/√fan-in", "ReLU net, std 1/√fan-in", "baseline (notebook 03)"],
            traces.Select(trace => trace.Name));
        Assert.All(traces[..4], group => Assert.Equal(("box", 10), (group.Type, group.Y.Length)));
        Assert.Equal(Enumerable.Range(0, 10).Select(seed => Final("ReLU net", "std 1.0", seed)), traces[1].Y);
        Assert.Equal([BaselineFacts.LessonMetric, BaselineFacts.LessonMetric], traces[4].Y);
    }

    [GeneratedRegex(@"(?<count>\d+)/40 +(?<model>linear|ReLU net) +(?<weights>std 1\.0|std 1/√fan-in) +seed (?<seed>\d): +(?<accuracy>\d\.\d{4})")]
    private static partial Regex ProgressLine();
}
