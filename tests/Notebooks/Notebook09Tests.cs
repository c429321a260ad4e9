using System.Globalization;
using System.Text.RegularExpressions;
using Xunit;

namespace NeuralNetLessons.Tests.Notebooks;

/// <summary>What notebook 09 prints when it compares the hand-written net with TorchSharp's modules.</summary>
public abstract partial class Notebook09Tests(NotebookRuns notebooks)
{
    const string Name = "09-framework-way.ipynb";

    [SkippableFact]
    public async Task After_one_step_and_after_20_epochs_every_parameter_agrees_to_float_precision()
    {
        var executed = (await notebooks.RunCommittedAsync(Name)).Executed!;

        var differences = Difference().Matches(executed.OutputOf("differences-after-one-step") + "\n" + executed.OutputOf("differences-after-training"))
            .Select(m => (Parameter: m.Groups[1].Value, Value: double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture)))
            .ToList();
        // Printed twice: after one step, then after 20 epochs.
        Assert.Equal(["w1", "b1", "w2", "b2", "w1", "b1", "w2", "b2"], differences.Select(d => d.Parameter));
        Assert.All(differences, d => Assert.InRange(d.Value, 0, 1e-6));
        Assert.Contains(differences.Take(4), d => d.Value > 0);   // computed, not a copy of the same tensor
    }

    [SkippableFact]
    public async Task The_built_in_loss_equals_the_formula_written_by_hand()
    {
        var executed = (await notebooks.RunCommittedAsync(Name)).Executed!;

        var match = BatchLoss().Match(executed.OutputOf("loss-by-hand-and-built-in"));
        Assert.True(match.Success, "the notebook prints both losses of one batch");
        Assert.Equal(match.Groups[1].Value, match.Groups[2].Value);
        Assert.InRange(double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), 0.3, 1.5);
    }

    [SkippableFact]
    public async Task Both_20_epoch_runs_give_the_same_history_and_are_charted_together()
    {
        var executed = (await notebooks.RunCommittedAsync(Name)).Executed!;

        var sameHistory = executed.OutputOf("same-history");
        Assert.Contains("same validation accuracy in all 20 epochs: True", sameHistory);
        Assert.EndsWith("True", executed.OutputOf("module-training-fit")); // ModuleTraining.Fit repeats the loop written out
        var lossGap = LossGap().Match(sameHistory);
        Assert.True(lossGap.Success, "the notebook prints the largest difference of the training losses");
        Assert.InRange(double.Parse(lossGap.Groups[1].Value, CultureInfo.InvariantCulture), 0, 1e-6);
        string[] lastEpochs = [executed.OutputOf("hand-training"), executed.OutputOf("framework-training")];
        Assert.All(lastEpochs, last => Assert.Matches(LastEpoch(), last));
        Assert.Equal(lastEpochs[0], lastEpochs[1]);

        var series = NotebookOutputs.Figures(executed).Select(NotebookOutputs.Traces)
            .Single(traces => traces.Any(trace => trace.Name == "hand-written"));
        Assert.Equal(["hand-written", "nn.Sequential + optim.SGD"], series.Select(s => s.Name));
        Assert.Equal(20, series[0].Y.Length);
        Assert.Equal(series[0].Y, series[1].Y);
        Assert.True(series[0].Y[^1] >= 0.97, $"validation accuracy after 20 epochs: {series[0].Y[^1]}");
        Assert.EndsWith(series[0].Y[^1].ToString("F4", CultureInfo.InvariantCulture), lastEpochs[0]);
    }

    [SkippableFact]
    public async Task A_fresh_linear_layer_starts_within_one_over_the_square_root_of_its_fan_in()
    {
        var executed = (await notebooks.RunCommittedAsync(Name)).Executed!;

        var match = InitialRange().Match(executed.OutputOf("fresh-layer-range"));
        Assert.True(match.Success, "the notebook prints a fresh layer's smallest and largest weight and bias");
        double bound = 1 / Math.Sqrt(784);
        var values = Enumerable.Range(1, 4).Select(i => double.Parse(match.Groups[i].Value, CultureInfo.InvariantCulture)).ToList();
        Assert.All(values, v => Assert.InRange(Math.Abs(v), 0.9 * bound, bound + 5e-5));
        Assert.True(values[0] < 0 && values[1] > 0 && values[2] < 0 && values[3] > 0);
    }

    [GeneratedRegex(@"^(w1|b1|w2|b2) \[[\d, ]*\] +largest difference (\S+)$", RegexOptions.Multiline)]
    private static partial Regex Difference();

    [GeneratedRegex(@"on one batch: by hand (\d\.\d{6}), built in (\d\.\d{6})")]
    private static partial Regex BatchLoss();

    [GeneratedRegex(@"largest difference between the epochs' training losses: (\S+)")]
    private static partial Regex LossGap();

    [GeneratedRegex(@"epoch 20  loss \d\.\d{4}  valid accuracy \d\.\d{4}")]
    private static partial Regex LastEpoch();

    [GeneratedRegex(@"weights from (-?\d\.\d{4}) to (-?\d\.\d{4}), biases from (-?\d\.\d{4}) to (-?\d\.\d{4})")]
    private static partial Regex InitialRange();
}

[Collection(nameof(HeadlessNotebooks))]
public sealed class Notebook09HeadlessTests(HeadlessNotebooks notebooks) : Notebook09Tests(notebooks);

[Collection(nameof(JupyterNotebooks))]
[Trait("Runner", "Jupyter")]
public sealed class Notebook09JupyterTests(JupyterNotebooks notebooks) : Notebook09Tests(notebooks);
