using System.Text.Json;

namespace NeuralNetLessons.Tests.Notebooks;

/// <summary>
/// The lesson's numbers as PyTorch computes them (tests/data/pytorch-reference.json, made by
/// tools/pytorch-reference/lesson.py): the original lesson's printed values, the baseline, and
/// every training run of notebooks 04 to 07, epoch by epoch.
/// </summary>
internal static class PyTorchReference
{
    public const string Original = "std 1.0";
    public const string Scaled = "1/sqrt(fan-in)";

    public static string File => Path.Combine(AppContext.BaseDirectory, "data", "pytorch-reference.json");

    private static readonly JsonElement Root = JsonDocument.Parse(System.IO.File.ReadAllText(File)).RootElement;

    /// <summary>A value the original lesson prints, e.g. "max_w" or "preds_1_to_9".</summary>
    public static JsonElement OriginalValue(string name) => Root.GetProperty("original").GetProperty(name);

    /// <summary>The baseline's validation accuracy: "threes", "sevens", "overall", or the count "wrong".</summary>
    public static double Baseline(string name) => Root.GetProperty("baseline").GetProperty(name).GetDouble();

    /// <summary>
    /// Whether TorchSharp may drift from PyTorch on this run. The linear model and the scaled net agree
    /// to the last digit, epoch for epoch. The net with std 1.0 agrees for seed 100 but not always for
    /// other seeds: its huge, saturated sums are where libtorch 2.10 (TorchSharp) and PyTorch 1.13 can
    /// round a sum differently in the last bit, and training with std 1.0 amplifies such a difference.
    /// Its first five epochs still agree, and its final accuracy stays within <see cref="Drift"/>
    /// (measured: up to 0.0026, seeds 3, 4, 7 and 8).
    /// </summary>
    public static bool MayDrift(string model, string init, int seed) => model == "net" && init == Original && seed != 100;

    public const double Drift = 0.003;

    /// <summary>Asserts that a run's final accuracy is PyTorch's: exactly, or within <see cref="Drift"/> where <see cref="MayDrift"/>.</summary>
    public static void AssertFinalAgrees(string model, string init, int seed, double final) =>
        Xunit.Assert.Equal(Accuracies(model, init, seed)[^1], final, MayDrift(model, init, seed) ? Drift : 0);

    /// <summary>The validation accuracy after each of the 20 epochs of one run: model "linear" or "net".</summary>
    public static double[] Accuracies(string model, string init, int seed) =>
        JsonValues.Numbers(Root.GetProperty("runs").EnumerateArray()
            .Single(r => r.GetProperty("model").GetString() == model && r.GetProperty("init").GetString() == init && r.GetProperty("seed").GetInt32() == seed)
            .GetProperty("accuracy"));
}
