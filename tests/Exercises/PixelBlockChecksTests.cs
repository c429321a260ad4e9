using NeuralNetLessons.Exercises;
using Xunit;
using static NeuralNetLessons.Tests.Exercises.VerdictAssert;
using static TorchSharp.torch;

namespace NeuralNetLessons.Tests.Exercises;

/// <summary>Notebook 02's exercise: the check passes the solution, names the common mistakes, and never throws.</summary>
public class PixelBlockChecksTests
{
    [Fact]
    public void The_pixel_block_check_passes_the_solution_and_names_the_common_mistakes()
    {
        var right = Check.PixelBlock((image, top, bottom, left, right) => image[top..(bottom + 1), left..(right + 1)]);
        Assert.True(right.Passed, right.Message);
        Assert.Equal("Correct: for rows 1 to 3 and columns 2 to 5 of a grid of shape [6, 7] whose value in row r, column c is 10 × r + c, "
            + "your code gives [12, 13, 14, 15, 22, 23, 24, 25, 32, 33, 34, 35] of shape [3, 4].", right.Message);

        AssertWrongBecause(Check.PixelBlock((image, top, bottom, left, right) => image[top..bottom, left..right]), "a C# range leaves out its end");
        AssertWrongBecause(Check.PixelBlock((image, top, bottom, left, right) => image[left..(right + 1), top..(bottom + 1)]),
            "rows and columns are the wrong way round");
        var both = Check.PixelBlock((image, top, bottom, left, right) => image[left..right, top..bottom]);
        AssertWrongBecause(both, "rows and columns are the wrong way round");
        Assert.Contains("And a C# range leaves out its end", both.Message);
        AssertWrongBecause(Check.PixelBlock((image, top, bottom, left, right) => image[top..(bottom + 1)][left..(right + 1)]),
            "image[rows][columns] picks rows twice");
        var other = Check.PixelBlock((image, top, _, _, _) => image[top]);
        Assert.Matches(@"^Wrong: for rows 1 to 3 .* your code gives \[10, 11, 12, 13, 14, 15, 16\] of shape \[7\], expected \[12, .*\]\.$", other.Message);
        AssertNotYetAndThrowingReported(
            Check.PixelBlock((_, _, _, _, _) => throw new NotImplementedException()),
            Check.PixelBlock((_, _, _, _, _) => throw new InvalidOperationException("my own message")));
    }
}
