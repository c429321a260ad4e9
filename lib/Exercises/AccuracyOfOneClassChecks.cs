using System.Globalization;
using NeuralNetLessons.Learning;
using static TorchSharp.torch;

namespace NeuralNetLessons.Exercises;

public static partial class Check
{
    /// <summary>
    /// Notebook 13's accuracy of one class, read from a <see cref="ClassConfusion"/>: of the images that
    /// are class c (row c), the share answered c (the diagonal), as <see cref="ClassConfusion.PerClass"/> gives it.
    /// </summary>
    public static Verdict AccuracyOfOneClass(Func<ClassConfusion, int, double> answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return Attempt(() =>
        {
            // Three classes whose row shares, column shares and overall accuracy all differ.
            int[][] rows = [[6, 1, 1], [2, 4, 0], [2, 2, 3]];
            ClassConfusion confusion = ConfusionOf(rows);
            int total = rows.Sum(row => row.Sum());
            double[] For(Func<int, double> share) => [.. Enumerable.Range(0, rows.Length).Select(share)];
            double[] expected = For(c => rows[c][c] / (double)rows[c].Sum());

            double[] got = For(c => answer(confusion, c));
            if (got.Zip(expected).All(pair => Math.Abs(pair.First - pair.Second) < Tolerance))
            {
                return Verdict.Correct($"for the confusion matrix with rows {Rows(rows)} your accuracies are {Shares(expected)}, one per row.");
            }
            bool Gives(double[] mistake) => got.Zip(mistake).All(pair => Math.Abs(pair.First - pair.Second) < Tolerance);
            string? cause =
                Gives(For(c => rows[c][c] / (double)rows.Sum(row => row[c])))
                    ? "that divides by a column: the images answered c, whatever they were. " +
                        "The accuracy of class c counts the images that are c, its row."
                : Gives(For(c => rows[c][c] / rows[c].Sum()))
                    ? "integer division: an int divided by an int drops the fraction, so every share below 1 becomes 0. " +
                        "Make one of them a double: right / (double)images."
                : Gives(For(_ => confusion.Accuracy))
                    ? "that is the accuracy over all classes, the same for every c: keep to class c's row."
                : Gives(For(c => rows[c][c] / (double)total))
                    ? "that divides by all images; the accuracy of class c divides by the images of class c (its row's sum)."
                : Gives(For(c => 1 - expected[c]))
                    ? "that is the share of class c's images answered wrongly: the diagonal counts the right ones."
                : null;
            return Verdict.Wrong($"the confusion matrix with rows {Rows(rows)}", Shares(got), Shares(expected), cause);
        });
    }

    /// <summary>A confusion matrix with the given counts (row = true class, column = answer), made from scores and labels.</summary>
    private static ClassConfusion ConfusionOf(int[][] rows)
    {
        var cells = rows.SelectMany((row, actual) => row.SelectMany((count, answered) => Enumerable.Repeat((actual, answered), count))).ToList();
        Tensor labels = tensor(cells.Select(cell => (long)cell.actual).ToArray());
        Tensor scores = nn.functional.one_hot(tensor(cells.Select(cell => (long)cell.answered).ToArray()), rows.Length).to_type(ScalarType.Float32);
        return ClassConfusion.Of(scores, labels);
    }

    private static string Rows(int[][] rows) => string.Join(", ", rows.Select(row => $"[{string.Join(", ", row)}]"));

    private static string Shares(double[] shares) =>
        string.Join(", ", shares.Select(share => share.ToString("0.####", CultureInfo.InvariantCulture)));
}
