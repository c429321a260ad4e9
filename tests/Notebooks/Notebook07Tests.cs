using System.Globalization;
using System.Text.RegularExpressions;
using Xunit;
using static System.FormattableString;

namespace NeuralNetLessons.Tests.Notebooks;

/// <summary>Notebook 07's forty runs, read back and checked against PyTorch running the same program.</summary>
public abstract partial class Notebook07Tests(NotebookRuns notebooks)
{
    private const string Name = "07-luck-and-starting-weights.ipynb";
    private static readonly string[] Models = ["linear", "ReLU net"];
    private static readonly string[] Weights = ["std 1.0", "std 1/√fan-in"];

    private async Task<NotebookRunner.ExecutedNotebook> Run()
    {
        var result = await notebooks.RunCommittedAsync(Name);
        Assert.True(result.Passed, $"{Name}: {result.Problem}");
        return result.Executed!;
    }

    private static (string Model, string Init) Reference(string model, string weights) =>
        (model == "linear" ? "linear" : "net", weights == "std 1.0" ? PyTorchReference.Original : PyTorchReference.Scaled);

    /// <summary>The 40 final accuracies as the notebook printed them, each checked against PyTorch's.</summary>
    private static Dictionary<(string Model, string Weights, int Seed), double> Printed(NotebookRunner.ExecutedNotebook executed)
    {
        var lines = ProgressLine().Matches(executed.OutputOf("forty-runs")).ToList();
        Assert.Equal(Enumerable.Range(1, 40), lines.Select(line => int.Parse(line.Groups["count"].Value, CultureInfo.InvariantCulture)));
        var runs = lines.ToDictionary(
            line => (line.Groups["model"].Value, line.Groups["weights"].Value, int.Parse(line.Groups["seed"].Value, CultureInfo.InvariantCulture)),
            line => double.Parse(line.Groups["accuracy"].Value, CultureInfo.InvariantCulture));
        foreach (var ((model, weights, seed), final) in runs)
        {
            var (referenceModel, init) = Reference(model, weights);
            PyTorchReference.AssertFinalAgrees(referenceModel, init, seed, final);
        }
        return runs;
    }

    [SkippableFact]
    public async Task Every_run_of_every_seed_ends_where_PyTorch_ends_and_progress_is_shown_run_by_run()
    {
        var runs = Printed(await Run());

        Assert.Equal(40, runs.Count);
        Assert.Equal(40, Models.SelectMany(model => Weights.SelectMany(weights => Enumerable.Range(0, 10).Select(seed => (model, weights, seed))))
            .Count(runs.ContainsKey));
    }

    [SkippableFact]
    public async Task The_summary_and_the_wins_are_those_of_the_forty_runs()
    {
        var executed = await Run();
        var runs = Printed(executed);
        double baseline = BaselineFacts.LessonMetric;
        double Final(string model, string weights, int seed) => runs[(model, weights, seed)];

        var table = executed.OutputOf("runs-summary-table");
        foreach (var model in Models)
        {
            foreach (var weights in Weights)
            {
                double[] finals = [.. Enumerable.Range(0, 10).Select(seed => Final(model, weights, seed))];
                Assert.Contains(Invariant($"{model} {weights} {Math.Round(finals.Average(), 4):F4} {finals.Min():F4} {finals.Max():F4} {finals.Count(f => f > baseline)}"), table);
            }
        }
        int Wins(string weights) => Enumerable.Range(0, 10).Count(seed => Final("ReLU net", weights, seed) > Final("linear", weights, seed));
        Assert.Equal(
            $"the ReLU net beats the linear model for {Wins("std 1.0")} of 10 seeds with std 1.0, for {Wins("std 1/√fan-in")} of 10 with std 1/√fan-in",
            executed.OutputOf("net-wins"));
        // What the lesson rests on: with std 1.0 the net's wins are a coin toss (5 of 10 for PyTorch and
        // under every CPU setting measured; the runs are chaotic, so a close seed may flip elsewhere);
        // scaled, where every run is exact on any CPU, it wins every seed.
        Assert.InRange(Wins("std 1.0"), 3, 7);
        Assert.Equal(10, Wins("std 1/√fan-in"));
    }

    [SkippableFact]
    public async Task One_chart_shows_a_point_per_run_in_four_groups_and_the_baseline()
    {
        var executed = await Run();
        var runs = Printed(executed);
        var chart = NotebookOutputs.FigureOf(executed, "runs-chart");

        var traces = NotebookOutputs.Traces(chart);
        Assert.Equal(["linear, std 1.0", "ReLU net, std 1.0", "linear, std 1/√fan-in", "ReLU net, std 1/√fan-in", "baseline (notebook 03)"],
            traces.Select(trace => trace.Name));
        Assert.All(traces[..4], group => Assert.Equal(("box", 10), (group.Type, group.Y.Length)));
        Assert.Equal(Enumerable.Range(0, 10).Select(seed => runs[("ReLU net", "std 1.0", seed)]), traces[1].Y);
        Assert.Equal([BaselineFacts.LessonMetric, BaselineFacts.LessonMetric], traces[4].Y);

        // The close-up: the same points from 0.85 up, and the count of those it leaves out is the chart's own.
        var closeUp = NotebookOutputs.FigureOf(executed, "runs-close-up");
        Assert.Equal(traces.Select(trace => trace.Y), NotebookOutputs.Traces(closeUp).Select(trace => trace.Y));
        Assert.Equal([0.85, 1.0], JsonValues.Numbers(closeUp.GetProperty("layout").GetProperty("yaxis").GetProperty("range")));
        int below = traces[..4].Sum(group => group.Y.Count(y => y < 0.85));
        Assert.Contains($"{below} of 40 runs end below 0.85, outside this view", executed.OutputOf("runs-close-up"));
        Assert.InRange(below, 1, 10);
    }

    [GeneratedRegex(@"(?<count>\d+)/40 +(?<model>linear|ReLU net) +(?<weights>std 1\.0|std 1/√fan-in) +seed (?<seed>\d): +(?<accuracy>\d\.\d{4})")]
    private static partial Regex ProgressLine();
}

[Collection(nameof(HeadlessNotebooks))]
[Trait("Category", "Reproducibility")]
public sealed class Notebook07HeadlessTests(HeadlessNotebooks notebooks) : Notebook07Tests(notebooks);

[Collection(nameof(JupyterNotebooks))]
[Trait("Category", "Reproducibility")]
[Trait("Runner", "Jupyter")]
public sealed class Notebook07JupyterTests(JupyterNotebooks notebooks) : Notebook07Tests(notebooks);
