using System.Text.RegularExpressions;
using NotebookRunner;
using Xunit;
using static NeuralNetLessons.Tests.Notebooks.TenClassOutputs;

namespace NeuralNetLessons.Tests.Notebooks;

/// <summary>
/// Notebook 12's printed numbers against PyTorch running the same program on the same data
/// (<see cref="PyTorchReferenceAllTen"/>): the baseline and the linear model's every epoch to the last
/// digit, the net's within the band that CPUs move it by.
/// </summary>
public abstract partial class Notebook12PyTorchTests(NotebookRuns notebooks)
{
    private const string Name = "12-all-ten-digits.ipynb";

    [SkippableFact]
    [Trait("Category", "Reproducibility")]
    public async Task The_baseline_and_the_linear_model_are_PyTorchs_to_the_last_digit_and_the_net_within_its_band()
    {
        var executed = await SmallCopyRunAsync();

        var baseline = BaselineLine().Match(executed.OutputOf("baseline-accuracy"));
        Assert.True(baseline.Success, executed.OutputOf("baseline-accuracy"));
        Assert.Equal(PyTorchReferenceAllTen.Digits.Baseline,
            (Count(baseline.Groups[1].Value), Count(baseline.Groups[2].Value), Number(baseline.Groups[3].Value)));

        foreach (var (model, cell) in new[] { ("linear", "linear-training"), ("net", "net-training") })
        {
            var epochs = Epochs(executed.OutputOf(cell));
            Assert.Equal(Enumerable.Range(1, 10), epochs.Select(e => e.Epoch));
            PyTorchReferenceAllTen.Digits.AssertAgrees(model, [.. epochs.Select(e => e.Accuracy)], [.. epochs.Select(e => e.Loss)]);
        }
    }

    /// <summary>The notebook's run, skipped where it was given another MNIST than the reference's small copy.</summary>
    private async Task<ExecutedNotebook> SmallCopyRunAsync()
    {
        var result = await notebooks.RunCommittedAsync(Name);
        Assert.True(result.Passed, $"{Name}: {result.Problem}");
        var executed = result.Executed!;
        var data = DataLine().Match(executed.OutputOf("data-counts"));
        Assert.True(data.Success, executed.OutputOf("data-counts"));
        Skip.If((Count(data.Groups[1].Value), Count(data.Groups[2].Value)) != PyTorchReferenceAllTen.Digits.Images,
            "the notebook was given another MNIST than the small copy that PyTorch's reference was computed on");
        return executed;
    }

    [GeneratedRegex(@"^([\d,]+) training and ([\d,]+) test images")]
    private static partial Regex DataLine();

    [GeneratedRegex(@"nearest mean digit: ([\d,]+) of ([\d,]+) test images right, accuracy (\d\.\d{4})")]
    private static partial Regex BaselineLine();
}

[Collection(nameof(HeadlessNotebooks))]
public sealed class Notebook12PyTorchHeadlessTests(HeadlessNotebooks notebooks) : Notebook12PyTorchTests(notebooks);

[Collection(nameof(JupyterNotebooks))]
[Trait("Runner", "Jupyter")]
public sealed class Notebook12PyTorchJupyterTests(JupyterNotebooks notebooks) : Notebook12PyTorchTests(notebooks);
