using NeuralNetLessons.Exercises;
using Xunit;
using static TorchSharp.torch;

namespace NeuralNetLessons.Tests.Exercises;

/// <summary>Notebook 11's exercise: the check passes the solution, names the common mistakes, and never throws.</summary>
public class PreparationChecksTests
{
    private static void AssertWrongBecause(Verdict verdict, string cause)
    {
        Assert.False(verdict.Passed, verdict.Message);
        Assert.StartsWith("Wrong: for the grey levels [255, 230, 128, 40, 0] of shape [1, 5] (bytes) your code gives ", verdict.Message);
        Assert.Contains("Likely cause: " + cause, verdict.Message);
    }

    private static Tensor Floats(Tensor bytes) => bytes.to_type(ScalarType.Float32);

    [Fact]
    public void The_ink_is_bright_check_passes_the_solution_and_names_the_common_mistakes()
    {
        var correct = Check.InkIsBright(b => (255 - Floats(b)) / 255);
        Assert.True(correct.Passed, correct.Message);
        Assert.True(Check.InkIsBright(b => 1 - (Floats(b) / 255)).Passed);
        Assert.True(Check.InkIsBright(b => (255 - b) / 255).Passed);   // TorchSharp's division of bytes gives floats

        AssertWrongBecause(Check.InkIsBright(b => Floats(b) / 255), "not inverted");
        AssertWrongBecause(Check.InkIsBright(b => (255 - Floats(b)) / 256), "divided by 256");
        AssertWrongBecause(Check.InkIsBright(b => 255 - b), "the result is still Byte");
        AssertWrongBecause(Check.InkIsBright(b => 255 - Floats(b)), "inverted but not scaled");
        AssertWrongBecause(Check.InkIsBright(b => (Floats(b) - 255) / 255), "b - 255 is the wrong way round");
        AssertWrongBecause(Check.InkIsBright(b => ((255 - Floats(b)) / 255).flatten()), "the result must keep the picture's shape");
        var bytesDivided = Check.InkIsBright(b => (255 - b).div(255, rounding_mode: RoundingMode.floor));
        Assert.Contains("Likely cause: ", bytesDivided.Message);
        // The learner's in-place change does not move the check's own numbers.
        Assert.True(Check.InkIsBright(b => Floats(b.neg_().add_(255)) / 255).Passed);

        var starter = Check.InkIsBright(_ => throw new NotImplementedException());
        Assert.StartsWith("Not yet: ", starter.Message);
        var throwing = Check.InkIsBright(_ => throw new InvalidOperationException("my own message"));
        Assert.False(throwing.Passed);
        Assert.Contains("your code threw InvalidOperationException: my own message", throwing.Message);
    }
}
