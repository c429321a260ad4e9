using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using NotebookRunner;
using Xunit;
using static NeuralNetLessons.Tests.JsonValues;

namespace NeuralNetLessons.Tests.Notebooks;

/// <summary>What notebook 10 prints when it tries the "what comes next" list.</summary>
public abstract partial class Notebook10Tests(NotebookRuns notebooks)
{
    const string Name = "10-what-comes-next.ipynb";
    const long ReluNet = (784 * 30) + 30 + (30 * 1) + 1;

    /// <summary>Each model of the table and its parameter count, worked out layer by layer.</summary>
    static readonly Dictionary<string, long> ParameterCounts = new()
    {
        ["linear model"] = 784 + 1,
        ["784-30-1 net"] = ReluNet,
        ["deeper net (784-30-30-1)"] = (784 * 30) + 30 + (30 * 30) + 30 + (30 * 1) + 1,
        // Two 3x3 convolutions (1 -> 8 -> 16 channels, each with a bias per channel), then 16 maps of 7x7 -> 1.
        ["convolutional net"] = ((1 * 8 * 3 * 3) + 8) + ((8 * 16 * 3 * 3) + 16) + ((16 * 7 * 7) + 1),
        ["784-30-1 net with dropout"] = ReluNet,
        ["784-30-1 net with Adam"] = ReluNet,
    };

    sealed record Row(string Model, double LearningRate, double FinalAccuracy, int Wrong, long Parameters, double Seconds);

    [SkippableFact]
    public async Task The_table_has_every_model_with_its_accuracy_and_parameter_count()
    {
        var result = await notebooks.RunCommittedAsync(Name);
        var executed = result.Executed!;

        var rows = Table(executed.HtmlOf("models-table"));
        Assert.Equal(ParameterCounts.Keys, rows.Select(r => r.Model));
        Assert.All(rows, row =>
        {
            Assert.Equal(ParameterCounts[row.Model], row.Parameters);
            Assert.InRange(row.FinalAccuracy, 0.95, 1.0);
            Assert.InRange(row.Wrong, 0, 35);
            // Each model's training is part of the notebook's run: a time in seconds, not milliseconds.
            Assert.InRange(row.Seconds, 0.001, result.Elapsed.TotalSeconds);
        });
        Assert.Equal(23_581, rows.Single(r => r.Model == "784-30-1 net").Parameters);

        // The chart of every epoch ends where the table does.
        var series = NotebookOutputs.Traces(NotebookOutputs.FigureOf(executed, "accuracy-chart"));
        Assert.Equal(rows.Select(r => r.Model), series.Select(s => s.Name));
        // The close-up: the same curves from 0.96 up, which holds every model's last epoch.
        var closeUp = NotebookOutputs.FigureOf(executed, "accuracy-close-up");
        Assert.Equal(series.Select(s => s.Y), NotebookOutputs.Traces(closeUp).Select(s => s.Y));
        Assert.Equal([0.96, 1.0], JsonValues.Numbers(closeUp.GetProperty("layout").GetProperty("yaxis").GetProperty("range")));
        Assert.All(series, s => Assert.True(s.Y[^1] >= 0.96, $"{s.Name} ends inside the close-up"));
        Assert.All(series, s => Assert.Equal(20, s.Y.Length));
        Assert.Equal(rows.Select(r => r.FinalAccuracy), series.Select(s => s.Y[^1]));
    }

    [SkippableFact]
    public async Task The_learning_rate_sweep_covers_001_to_10_on_a_log_axis_for_SGD_and_Adam()
    {
        var executed = (await notebooks.RunCommittedAsync(Name)).Executed!;

        var chart = Chart(executed, "by learning rate");
        Assert.Equal("log", chart.GetProperty("layout").GetProperty("xaxis").GetProperty("type").GetString());
        var series = NotebookOutputs.Traces(chart);
        Assert.Equal(["SGD", "Adam"], series.Select(s => s.Name));
        double[] rates = Numbers(chart.GetProperty("data")[0].GetProperty("x"));
        Assert.True(rates.Min() <= 0.01 && rates.Max() >= 10, $"learning rates {string.Join(", ", rates)}");
        Assert.Equal(rates.Order(), rates);
        Assert.All(rates.Zip(rates.Skip(1)), pair => Assert.InRange(pair.Second / pair.First, 2, 4));   // even steps on a log scale

        // The printed lines hold the same numbers as the chart.
        var printed = SweepLine().Matches(executed.OutputOf("learning-rate-sweep")).ToList();
        Assert.Equal(rates.Length, printed.Count);
        Assert.Equal(series[0].Y, printed.Select(m => Number(m.Groups[1].Value)));
        Assert.Equal(series[1].Y, printed.Select(m => Number(m.Groups[2].Value)));
        // Too large a rate breaks SGD; the table's 784-30-1 net, at the rate its tuning chose, is the sweep's run at that rate.
        var sgd = series[0].Y;
        Assert.True(sgd[^1] < 0.9, $"SGD at lr {rates[^1]}: {sgd[^1]}");
        var net = Table(executed.HtmlOf("models-table")).Single(r => r.Model == "784-30-1 net");
        Assert.Equal(net.FinalAccuracy, sgd[Array.IndexOf(rates, net.LearningRate)]);
    }

    [SkippableFact]
    public async Task Each_model_trains_at_the_rate_its_tuning_set_chose()
    {
        var executed = (await notebooks.RunCommittedAsync(Name)).Executed!;

        Assert.Equal("choose on 109 training images, after training on the other 600", executed.OutputOf("tuning-set"));
        var tuned = TunedLine().Matches(executed.OutputOf("tuned-rates")).ToList();
        var table = Table(executed.HtmlOf("models-table"));
        Assert.Equal(table.Select(r => r.Model), tuned.Select(t => t.Groups[1].Value.Trim()));
        foreach (var (line, row) in tuned.Zip(table))
        {
            var scores = line.Groups[2].Value.Split(", ").Select(pair => pair.Split(": ")).Select(p => (Rate: Number(p[0]), Score: Number(p[1]))).ToList();
            double usual = row.Model.EndsWith("Adam", StringComparison.Ordinal) ? 0.001 : 1.0;
            double best = scores.Max(s => s.Score);
            double expected = scores.Where(s => s.Score == best).MinBy(s => Math.Abs(Math.Log(s.Rate / usual))).Rate;
            Assert.Equal(expected, Number(line.Groups[3].Value));
            Assert.Equal(expected, row.LearningRate);
        }
    }

    [SkippableFact]
    public async Task Luck_is_measured_and_every_verdict_follows_from_it()
    {
        var executed = (await notebooks.RunCommittedAsync(Name)).Executed!;

        var seeds = SeedLine().Matches(executed.OutputOf("five-seeds")).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(5, seeds.Count);
        var luck = Luck().Match(executed.OutputOf("luck"));
        Assert.True(luck.Success, "the notebook prints how far luck moves the net");
        Assert.Equal(seeds.Max() - seeds.Min(), int.Parse(luck.Groups[1].Value, CultureInfo.InvariantCulture));
        // Every model's own five seeds, and each verdict from its band against the net's.
        var bands = BandLine().Matches(executed.OutputOf("model-bands")).ToDictionary(
            m => m.Groups[1].Value.Trim(),
            m => m.Groups[2].Value.Split(" ", StringSplitOptions.RemoveEmptyEntries).Select(w => int.Parse(w, CultureInfo.InvariantCulture)).ToList());
        Assert.Equal(ParameterCounts.Keys, bands.Keys);
        Assert.All(bands.Values, band => Assert.Equal(5, band.Count));
        var net = bands["784-30-1 net"];
        var verdicts = Verdict().Matches(executed.OutputOf("verdicts")).ToList();
        Assert.Equal(ParameterCounts.Count - 1, verdicts.Count);
        Assert.All(verdicts, v =>
        {
            var band = bands[v.Groups[1].Value.Trim()];
            Assert.Equal((band.Min(), band.Max()), (int.Parse(v.Groups[2].Value, CultureInfo.InvariantCulture), int.Parse(v.Groups[3].Value, CultureInfo.InvariantCulture)));
            string expected = band.Max() < net.Min() ? "better than the net on every seed"
                : band.Min() > net.Max() ? "worse than the net on every seed"
                : "within luck: its seeds overlap the net's";
            Assert.Equal(expected, v.Groups[4].Value);
        });
    }

    [SkippableFact]
    public async Task The_lessons_net_not_the_luckiest_row_is_saved_and_loads_back_with_identical_predictions()
    {
        var result = await notebooks.RunCommittedAsync(Name);
        var executed = result.Executed!;

        var rows = Table(executed.HtmlOf("models-table"));
        var best = rows.Single(r => r.Model == "784-30-1 net");
        var saved = Saved().Match(executed.OutputOf("save-best"));
        Assert.True(saved.Success, "the notebook says which model it saved, and where");
        Assert.Equal("784-30-1 net", saved.Groups[1].Value);
        Assert.Equal(Path.Combine("output", "models", "784-30-1-net.dat"), saved.Groups[2].Value);
        // A fresh module differs until it is loaded; then the predictions are identical.
        var before = Regex.Match(executed.OutputOf("before-loading"), @"before loading: largest difference of the validation predictions (\S+)");
        Assert.True(Number(before.Groups[1].Value) > 0.01, "a freshly built module predicts differently");
        var after = Regex.Match(executed.OutputOf("after-loading"), @"after loading: largest difference of the validation predictions (\S+)");
        Assert.Equal("0", after.Groups[1].Value);
        Assert.Contains($"wrong validation images: saved model {best.Wrong}, loaded model {best.Wrong}", executed.OutputOf("after-loading"));
        Assert.Empty(Directory.GetFiles(Path.Combine(RepositoryPaths.Notebooks, "output", "models"), "*.tmp"));
    }

    /// <summary>The model table's rows: its body only, as the header row holds value cells (td) too.</summary>
    static List<Row> Table(string html)
    {
        string body = html.Split("<tbody>")[1];
        Assert.All(NotebookOutputs.TableShape(body).CellsPerRow, cells => Assert.Equal(6, cells));
        return [.. NotebookOutputs.TableCells(body).Select(cells => new Row(
            cells[0], Number(cells[1]), Number(cells[2]), int.Parse(cells[3], CultureInfo.InvariantCulture),
            long.Parse(cells[4], CultureInfo.InvariantCulture), Number(cells[5])))];
    }

    /// <summary>The one chart whose title contains <paramref name="title"/>, as its Plotly figure.</summary>
    static JsonElement Chart(ExecutedNotebook executed, string title) =>
        NotebookOutputs.Figures(executed).Single(figure =>
            figure.GetProperty("layout").TryGetProperty("title", out var text) && text.GetProperty("text").GetString()!.Contains(title, StringComparison.Ordinal));

    static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"lr +\S+: SGD (\d\.\d{4}) \( *\d+ wrong\), Adam (\d\.\d{4}) \( *\d+ wrong\)")]
    private static partial Regex SweepLine();

    [GeneratedRegex(@"seed \d: epoch 20 .*, (\d+) wrong")]
    private static partial Regex SeedLine();

    [GeneratedRegex(@"luck alone moves the 784-30-1 net by up to (\d+) images")]
    private static partial Regex Luck();

    [GeneratedRegex(@"^(.+?) +(\d+) to +(\d+) wrong \(the net: \d+ to \d+\): (.+)$", RegexOptions.Multiline)]
    private static partial Regex Verdict();

    [GeneratedRegex(@"^(.+?) +((?:[\d.]+: \d\.\d{4}(?:, )?)+)  -> lr ([\d.]+)$", RegexOptions.Multiline)]
    private static partial Regex TunedLine();

    [GeneratedRegex(@"^(.+?) seeds 0 to 4: ([\d ]+) wrong$", RegexOptions.Multiline)]
    private static partial Regex BandLine();

    [GeneratedRegex(@"saved ""([^""]+)"" \([\d,]+ parameters\): [\d,]+ bytes in (\S+)")]
    private static partial Regex Saved();
}

[Collection(nameof(HeadlessNotebooks))]
public sealed class Notebook10HeadlessTests(HeadlessNotebooks notebooks) : Notebook10Tests(notebooks);

[Collection(nameof(JupyterNotebooks))]
[Trait("Runner", "Jupyter")]
public sealed class Notebook10JupyterTests(JupyterNotebooks notebooks) : Notebook10Tests(notebooks);
