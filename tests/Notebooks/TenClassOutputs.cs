using System.Globalization;
using System.Text.RegularExpressions;
using NotebookRunner;

namespace NeuralNetLessons.Tests.Notebooks;

/// <summary>
/// What notebooks 12 and 13 print, read back the same way: counts with thousands separators, numbers
/// with four decimals, their training loop's epoch lines, and their confusion heatmap.
/// </summary>
internal static partial class TenClassOutputs
{
    public static long Count(string text) => long.Parse(text, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);

    public static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>As the notebooks print accuracies: four decimals.</summary>
    public static double Round(double value) => Math.Round(value, 4);

    /// <summary>Each "epoch  3  loss 0.4645  test accuracy 0.8265" line of a training cell's output, in order.</summary>
    public static (int Epoch, double Loss, double Accuracy)[] Epochs(string text) =>
        [.. EpochLine().Matches(text).Select(m =>
            (int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), Number(m.Groups[2].Value), Number(m.Groups[3].Value)))];

    public static double[] Accuracies(string text) => [.. Epochs(text).Select(epoch => epoch.Accuracy)];

    public static double[] Losses(string text) => [.. Epochs(text).Select(epoch => epoch.Loss)];

    /// <summary>
    /// The counts of the confusion heatmap a cell showed, row = true class. Its axes are class names,
    /// so the trace is read here rather than by <see cref="NotebookOutputs.Traces"/>.
    /// </summary>
    public static int[][] ConfusionMatrix(ExecutedNotebook executed, string cellId)
    {
        var trace = NotebookOutputs.FigureOf(executed, cellId).GetProperty("data")[0];
        return [.. trace.GetProperty("z").EnumerateArray().Select(row => row.EnumerateArray().Select(v => v.GetInt32()).ToArray())];
    }

    [GeneratedRegex(@"epoch +(\d+) +loss (\d+\.\d{4}) +test accuracy (\d\.\d{4})")]
    private static partial Regex EpochLine();
}
