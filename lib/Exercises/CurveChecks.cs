using System.Globalization;

namespace NeuralNetLessons.Exercises;

public static partial class Check
{
    /// <summary>
    /// Notebook 06's reading of a curve: from the validation accuracy after each epoch (the first
    /// is epoch 1), the first epoch whose accuracy is above the baseline, or null if none is.
    /// </summary>
    public static Verdict FirstEpochAhead(Func<IReadOnlyList<double>, double, int?> answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return Attempt(
            () =>
            {
                const double baseline = 0.96;
                // A tie with the baseline before the first epoch ahead, a run that is never ahead,
                // and one that is ahead from the start.
                double[][] runs = [[0.93, 0.96, 0.95, 0.97, 0.98], [0.57, 0.81, 0.88, 0.92], [0.97, 0.98]];
                int?[] expected = [.. runs.Select(run => FirstEpochAbove(run, baseline, ties: false, fromZero: false))];
                int?[] got = [.. runs.Select(run => answer(run, baseline))];

                int wrong = Enumerable.Range(0, runs.Length).FirstOrDefault(i => got[i] != expected[i], -1);
                string Accuracies(int run) => $"[{string.Join(", ", runs[run].Select(a => a.ToString(CultureInfo.InvariantCulture)))}]";
                string Input(int run) => $"the accuracies {Accuracies(run)} and the baseline {baseline.ToString(CultureInfo.InvariantCulture)}";
                if (wrong < 0)
                {
                    return Verdict.Correct($"with the baseline {baseline.ToString(CultureInfo.InvariantCulture)}, the first epoch ahead is {QuoteEpoch(expected[0])} for the accuracies {Accuracies(0)}, and there is none for {Accuracies(1)}.");
                }

                bool Gives(Func<double[], int?> mistake) => runs.Select(mistake).SequenceEqual(got);
                string? cause = Gives(run => FirstEpochAbove(run, baseline, ties: false, fromZero: true))
                    ? "epochs count from 1: the accuracy at index i of the list is epoch i + 1."
                    : Gives(run => FirstEpochAbove(run, baseline, ties: true, fromZero: false))
                        ? "an epoch that only equals the baseline is not ahead of it: compare with >, not >=."
                    : Gives(run => FirstEpochAbove(run, baseline, ties: true, fromZero: true))
                        ? "two things: epochs count from 1 (index i is epoch i + 1), and a tie with the baseline is not ahead of it (use >, not >=)."
                    : Enumerable.Range(0, runs.Length).All(i => expected[i] is null ? got[i] is not null : got[i] == expected[i])
                        ? "when no epoch is ahead, return null: a number such as 0, -1 or the count of epochs would read as an answer."
                    : null;
                return Verdict.Wrong(Input(wrong), QuoteEpoch(got[wrong]), QuoteEpoch(expected[wrong]), cause);
            },
            error => error is InvalidOperationException && error.Message.Contains("no matching element", StringComparison.Ordinal)
                ? "First(...) throws when no epoch is ahead of the baseline: use FirstOrDefault(...), or return null after the loop."
                : error is ArgumentOutOfRangeException or IndexOutOfRangeException
                    ? "the loop reads past the last epoch: a list of n accuracies has the indices 0 to n - 1."
                : null);
    }

    private static int? FirstEpochAbove(double[] accuracies, double level, bool ties, bool fromZero)
    {
        int index = Array.FindIndex(accuracies, a => ties ? a >= level : a > level);
        return index < 0 ? null : fromZero ? index : index + 1;
    }

    private static string QuoteEpoch(int? epoch) => epoch is null ? "null (never ahead)" : epoch.Value.ToString(CultureInfo.InvariantCulture);
}
