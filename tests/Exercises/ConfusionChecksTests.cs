using NeuralNetLessons.Exercises;
using NeuralNetLessons.Learning;
using Xunit;
using static NeuralNetLessons.Tests.Exercises.VerdictAssert;
using static TorchSharp.torch;

namespace NeuralNetLessons.Tests.Exercises;

/// <summary>Notebook 08's exercise: the check passes the solution, names the common mistakes, and never throws.</summary>
public class ConfusionChecksTests
{
    /// <summary>The counts as notebook 08 writes them by hand, from its two yes-or-no tensors.</summary>
    private static Confusion Counts(Tensor calledThree, Tensor isThree)
    {
        int Count(Tensor both) => (int)both.sum().item<long>();
        return new Confusion(
            Count(isThree & calledThree), Count(isThree & ~calledThree),
            Count(~isThree & calledThree), Count(~isThree & ~calledThree));
    }

    [Fact]
    public void The_confusion_check_passes_the_solution_and_names_the_common_mistakes()
    {
        Assert.True(Check.ConfusionCounts((s, t) => Counts(s.sigmoid() > 0.5, t == 1)).Passed);
        Assert.True(Check.ConfusionCounts((s, t) => Counts(s > 0, t == 1)).Passed);
        Assert.True(Check.ConfusionCounts(Confusion.Of).Passed);

        AssertWrongBecause(
            Check.ConfusionCounts((s, t) => Counts(t == 1, s.sigmoid() > 0.5)),
            "the two kinds of mistake are swapped");
        AssertWrongBecause(Check.ConfusionCounts((s, t) => Counts(s > 0.5, t == 1)), "the threshold 0.5 is for probabilities");
        AssertWrongBecause(Check.ConfusionCounts((s, t) => Counts(s.sigmoid() > 0.5, t == 0)), "threes and sevens are the wrong way round");
        AssertWrongBecause(Check.ConfusionCounts((s, t) => Counts(s.sigmoid() <= 0.5, t == 1)), "the model's answers are the wrong way round");
        AssertWrongBecause(
            Check.ConfusionCounts((s, t) => Counts(s.sigmoid() > 0.5, t.flatten() == 1)),
            "the four counts add up to 64, more than the 8 images");
        var other = Check.ConfusionCounts((_, _) => new Confusion(4, 0, 0, 4));
        Assert.Equal(
            "Wrong: for scores [3, 0.3, 1.5, -2, -1, 2, 0.8, -0.5] of shape [8, 1] and targets [1, 1, 1, 1, 0, 0, 0, 0] of shape [8, 1] " +
            "your code gives threes called three 4, threes called seven 0, sevens called three 0, sevens called seven 4, " +
            "expected threes called three 3, threes called seven 1, sevens called three 2, sevens called seven 2.",
            other.Message);

        var starter = Check.ConfusionCounts((_, _) => throw new NotImplementedException());
        Assert.StartsWith("Not yet: ", starter.Message);
        var throwing = Check.ConfusionCounts((_, _) => throw new InvalidOperationException("my own message"));
        Assert.False(throwing.Passed);
        Assert.Contains("your code threw InvalidOperationException: my own message", throwing.Message);
    }
}
