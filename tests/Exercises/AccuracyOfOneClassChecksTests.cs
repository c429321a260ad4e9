using NeuralNetLessons.Exercises;
using Xunit;
using static NeuralNetLessons.Tests.Exercises.VerdictAssert;

namespace NeuralNetLessons.Tests.Exercises;

/// <summary>Notebook 13's exercise: the check passes the solution, names the common mistakes, and never throws.</summary>
public class AccuracyOfOneClassChecksTests
{
    [Fact]
    public void The_accuracy_of_one_class_check_passes_the_solution_and_names_the_common_mistakes()
    {
        var correct = Check.AccuracyOfOneClass((confusion, c) => confusion[c, c] / (double)confusion.Rows[c].Sum());
        Assert.True(correct.Passed, correct.Message);
        Assert.Equal("Correct: for the confusion matrix with rows [6, 1, 1], [2, 4, 0], [2, 2, 3] your accuracies are 0.75, 0.6667, 0.4286, one per row.",
            correct.Message);

        AssertWrongBecause(Check.AccuracyOfOneClass((confusion, c) => confusion[c, c] / (double)confusion.Rows.Sum(row => row[c])),
            "that divides by a column");
        AssertWrongBecause(Check.AccuracyOfOneClass((confusion, c) => confusion[c, c] / confusion.Rows[c].Sum()), "integer division");
        AssertWrongBecause(Check.AccuracyOfOneClass((confusion, _) => confusion.Accuracy), "that is the accuracy over all classes");
        AssertWrongBecause(Check.AccuracyOfOneClass((confusion, c) => confusion[c, c] / (double)confusion.Total), "that divides by all images");
        AssertWrongBecause(Check.AccuracyOfOneClass((confusion, c) => 1 - (confusion[c, c] / (double)confusion.Rows[c].Sum())),
            "that is the share of class c's images answered wrongly");
        var unknown = Check.AccuracyOfOneClass((_, _) => 0.5);
        Assert.Equal("Wrong: for the confusion matrix with rows [6, 1, 1], [2, 4, 0], [2, 2, 3] your code gives 0.5, 0.5, 0.5, expected 0.75, 0.6667, 0.4286.",
            unknown.Message);

        AssertNotYetAndThrowingReported(
            Check.AccuracyOfOneClass((_, _) => throw new NotImplementedException()),
            Check.AccuracyOfOneClass((_, _) => throw new InvalidOperationException("my own message")));
    }
}
