using NeuralNetLessons.Exercises;
using Xunit;
using static NeuralNetLessons.Tests.Exercises.VerdictAssert;

namespace NeuralNetLessons.Tests.Exercises;

/// <summary>Notebook 07's exercise, the starting weights' scale: the check passes the solution, names the common mistakes, and never throws.</summary>
public class StartingWeightChecksTests
{
    [Fact]
    public void The_starting_std_check_passes_the_solution_and_names_the_common_mistakes()
    {
        Assert.True(Check.StartingStd(shape => 1 / Math.Sqrt(shape[0])).Passed);
        Assert.True(Check.StartingStd(shape => Math.Pow(shape[0], -0.5)).Passed);

        AssertWrongBecause(Check.StartingStd(shape => 1.0 / shape[0]), "the square root is missing");
        AssertWrongBecause(Check.StartingStd(shape => 1 / Math.Sqrt(shape[1])), "that is 1/√(outputs), the fan-out");
        AssertWrongBecause(Check.StartingStd(shape => 1.0 / shape[1]), "that is 1/outputs");
        AssertWrongBecause(Check.StartingStd(shape => Math.Sqrt(shape[0])), "that is √(fan-in) itself");
        AssertWrongBecause(Check.StartingStd(shape => 1 / Math.Sqrt(shape[0] * shape[1])), "the fan-in counts the inputs of one unit");
        AssertWrongBecause(Check.StartingStd(shape => Math.Pow(shape[0], -1 / 2)), "in C#, -1/2 or 1/2 between whole numbers is integer division");

        var other = Check.StartingStd(shape => 0.1);
        Assert.Equal("Wrong: for a weight of shape [784, 30] your code gives 0.1, expected 0.0357.", other.Message);
        Assert.StartsWith("Not yet: ", Check.StartingStd(_ => throw new NotImplementedException()).Message);
        Assert.Contains("your code threw InvalidOperationException: my own message",
            Check.StartingStd(_ => throw new InvalidOperationException("my own message")).Message);
    }
}
