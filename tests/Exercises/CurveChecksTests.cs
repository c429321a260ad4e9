using NeuralNetLessons.Exercises;
using Xunit;
using static NeuralNetLessons.Tests.Exercises.VerdictAssert;

namespace NeuralNetLessons.Tests.Exercises;

/// <summary>Notebook 06's exercise, reading a curve: the check passes the solution, names the common mistakes, and never throws.</summary>
public class CurveChecksTests
{
    private static Func<IReadOnlyList<double>, double, int?> FirstAhead(bool orEqual = false, int firstEpoch = 1, int? never = null) => (accuracies, baseline) =>
    {
        for (var i = 0; i < accuracies.Count; i++)
        {
            if (accuracies[i] > baseline || (orEqual && accuracies[i] == baseline))
            {
                return i + firstEpoch;
            }
        }
        return never;
    };

    [Fact]
    public void The_first_epoch_ahead_check_passes_the_solution_and_names_the_common_mistakes()
    {
        Assert.True(Check.FirstEpochAhead(FirstAhead()).Passed);
        Assert.True(Check.FirstEpochAhead((accuracies, baseline) => accuracies.Select((a, i) => (int?)(a > baseline ? i + 1 : null)).FirstOrDefault(e => e is not null)).Passed);

        AssertWrongBecause(Check.FirstEpochAhead(FirstAhead(firstEpoch: 0)), "epochs count from 1");
        AssertWrongBecause(Check.FirstEpochAhead(FirstAhead(orEqual: true)), "an epoch that only equals the baseline is not ahead of it");
        AssertWrongBecause(Check.FirstEpochAhead(FirstAhead(orEqual: true, firstEpoch: 0)), "two things: epochs count from 1");
        AssertWrongBecause(Check.FirstEpochAhead(FirstAhead(never: -1)), "when no epoch is ahead, return null");
        AssertWrongBecause(Check.FirstEpochAhead((accuracies, baseline) => accuracies.Select((a, i) => (a, i)).First(e => e.a > baseline).i + 1), "First(...) throws when no epoch is ahead");
        AssertWrongBecause(Check.FirstEpochAhead((accuracies, baseline) =>
        {
            var epoch = 1;
            while (accuracies[epoch - 1] <= baseline)
            {
                epoch++;
            }
            return epoch;
        }), "the loop reads past the last epoch");

        var other = Check.FirstEpochAhead((accuracies, _) => accuracies.Count);
        Assert.Equal("Wrong: for the accuracies [0.93, 0.96, 0.95, 0.97, 0.98] and the baseline 0.96 your code gives 5, expected 4.", other.Message);
        var never = Check.FirstEpochAhead(FirstAhead(never: 0));
        Assert.StartsWith("Wrong: for the accuracies [0.57, 0.81, 0.88, 0.92] and the baseline 0.96 your code gives 0, expected null (never ahead).", never.Message);
        Assert.StartsWith("Not yet: ", Check.FirstEpochAhead((_, _) => throw new NotImplementedException()).Message);
        Assert.Contains("your code threw InvalidOperationException: my own message",
            Check.FirstEpochAhead((_, _) => throw new InvalidOperationException("my own message")).Message);
    }
}
