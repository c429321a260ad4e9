using NeuralNetLessons.Exercises;
using Xunit;

namespace NeuralNetLessons.Tests.Exercises;

/// <summary>Notebook 10's exercise: the check passes the solution, names the common mistakes, and never throws.</summary>
public class ParameterCountChecksTests
{
    private static void AssertWrongBecause(Verdict verdict, string cause)
    {
        Assert.False(verdict.Passed, verdict.Message);
        Assert.StartsWith("Wrong: for layer sizes [3, 2, 1] your code gives ", verdict.Message);
        Assert.Contains("expected 11. Likely cause: " + cause, verdict.Message);
    }

    private static long Layers(int[] sizes, Func<long, long, long> perLayer) =>
        Enumerable.Range(0, sizes.Length - 1).Sum(i => perLayer(sizes[i], sizes[i + 1]));

    [Fact]
    public void The_parameter_count_check_passes_the_solution_and_names_the_common_mistakes()
    {
        var correct = Check.ParameterCount(sizes => Layers(sizes, (inputs, outputs) => (inputs * outputs) + outputs));
        Assert.True(correct.Passed, correct.Message);
        Assert.Equal(
            "Correct: for layer sizes [3, 2, 1], [784, 30, 1], [784, 30, 30, 1], [784, 1] your counts are those TorchSharp gives, weights plus biases.",
            correct.Message);

        AssertWrongBecause(Check.ParameterCount(sizes => Layers(sizes, (inputs, outputs) => inputs * outputs)), "the biases are missing");
        AssertWrongBecause(Check.ParameterCount(sizes => Layers(sizes, (inputs, outputs) => (inputs * outputs) + 1)), "a layer has one bias per output, not one per layer");
        AssertWrongBecause(Check.ParameterCount(sizes => Layers(sizes, (inputs, outputs) => (inputs * outputs) + inputs)), "a layer has one bias per output, added to that output's weighted sum");
        AssertWrongBecause(Check.ParameterCount(sizes => sizes.Sum()), "that counts the numbers going through the net");
        // Right for the small chain, wrong for the big ones: the message names the chain that failed.
        var onlyTwoLayers = Check.ParameterCount(sizes => (sizes[0] * sizes[1]) + sizes[1] + (sizes[1] * sizes[2]) + sizes[2]);
        Assert.Equal("Wrong: for layer sizes [784, 30, 30, 1] your code gives 24,480, expected 24,511.", onlyTwoLayers.Message);

        var starter = Check.ParameterCount(_ => throw new NotImplementedException());
        Assert.StartsWith("Not yet: ", starter.Message);
        var throwing = Check.ParameterCount(_ => throw new InvalidOperationException("my own message"));
        Assert.False(throwing.Passed);
        Assert.Contains("your code threw InvalidOperationException: my own message", throwing.Message);
    }
}
