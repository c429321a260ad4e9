using NeuralNetLessons.Exercises;
using TorchSharp;
using Xunit;
using static NeuralNetLessons.Tests.Exercises.VerdictAssert;
using static TorchSharp.torch;

namespace NeuralNetLessons.Tests.Exercises;

/// <summary>Notebook 12's exercise: the check passes the solution, names the common mistakes, and never throws.</summary>
public class TenClassAccuracyChecksTests
{
    private static Tensor Share(Tensor right) => right.to_type(ScalarType.Float32).mean();

    [Fact]
    public void The_ten_class_accuracy_check_passes_the_solution_and_names_the_common_mistakes()
    {
        var correct = Check.TenClassAccuracy((scores, labels) => Share(scores.argmax(1) == labels));
        Assert.True(correct.Passed, correct.Message);
        Assert.EndsWith("and labels [0, 2, 3, 3, 1] of shape [5] is 0.6.", correct.Message);

        AssertWrongBecause(Check.TenClassAccuracy((scores, labels) => (scores.argmax(1) == labels).sum().to_type(ScalarType.Float32)),
            "that counts the right answers");
        AssertWrongBecause(Check.TenClassAccuracy((scores, labels) => Share(scores.argmin(1) == labels)), "argmin picks the lowest score");
        AssertWrongBecause(Check.TenClassAccuracy((scores, labels) => Share(scores.argmax(1) != labels)), "that is the share of wrong answers");
        AssertWrongBecause(Check.TenClassAccuracy((scores, labels) => Share(scores.max(1).values == labels)), "max(1).values is the highest score itself");
        AssertWrongBecause(Check.TenClassAccuracy((scores, labels) => scores.argmax(1) == labels), "the accuracy must be one number");
        var columns = Check.TenClassAccuracy((scores, labels) => Share(scores.argmax(0) == labels));
        Assert.Contains("Likely cause: argmax(0) looks down each column", columns.Message);
        var booleans = Check.TenClassAccuracy((scores, labels) => (scores.argmax(1) == labels).mean());
        Assert.Contains("Likely cause: mean() needs numbers, not true/false", booleans.Message);

        AssertNotYetAndThrowingReported(
            Check.TenClassAccuracy((_, _) => throw new NotImplementedException()),
            Check.TenClassAccuracy((_, _) => throw new InvalidOperationException("my own message")));
    }
}
