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

    /// <summary>The validation accuracy after each of the 20 epochs of one run: model "linear" or "net".</summary>
    public static double[] Accuracies(string model, string init, int seed) =>
        JsonValues.Numbers(Root.GetProperty("runs").EnumerateArray()
            .Single(r => r.GetProperty("model").GetString() == model && r.GetProperty("init").GetString() == init && r.GetProperty("seed").GetInt32() == seed)
            .GetProperty("accuracy"));
}
