using NeuralNetLessons.Exercises;
using Xunit;
using static NeuralNetLessons.Tests.Exercises.VerdictAssert;
using static TorchSharp.torch;

namespace NeuralNetLessons.Tests.Exercises;

/// <summary>Notebook 03's three exercises: each check passes the solution, names the common mistakes, and never throws.</summary>
public class MeanThreeChecksTests
{
    [Fact]
    public void The_scale_check_passes_the_solution_and_names_the_common_mistakes()
    {
        Assert.True(Check.ScalePixels(bytes => bytes.to_type(ScalarType.Float32) / 255).Passed);

        AssertWrongBecause(Check.ScalePixels(bytes => bytes.to_type(ScalarType.Float32) / 256), "divide by 255, the largest byte");
        AssertWrongBecause(Check.ScalePixels(bytes => bytes.to_type(ScalarType.Float32)), "the bytes were converted but not divided");
        AssertWrongBecause(Check.ScalePixels(bytes => bytes.to_type(ScalarType.Float32) / 255 / 255), "the pixels were divided by 255 twice");
        AssertWrongBecause(Check.ScalePixels(bytes => bytes.to_type(ScalarType.Float64) / 255), "the values are right, but of type Float64");
        var other = Check.ScalePixels(bytes => bytes.to_type(ScalarType.Float32) / 100);
        Assert.Matches(@"^Wrong: for the bytes \[0, 51, 255, 102, 204, 17\] of shape \[2, 3\] your code gives \[0, 0\.51, 2\.55, .*\], expected \[0, 0\.2, 1, 0\.4, 0\.8, 0\.0667\] of shape \[2, 3\]\.$", other.Message);
        AssertNotYetAndThrowingReported(
            Check.ScalePixels(_ => throw new NotImplementedException()),
            Check.ScalePixels(_ => throw new InvalidOperationException("my own message")));
    }

    [Fact]
    public void The_mean_image_check_passes_the_solution_and_names_the_common_mistakes()
    {
        var right = Check.MeanImage(images => stack(images).mean([0]));
        Assert.True(right.Passed, right.Message);
        Assert.EndsWith("your code gives the mean image [0.1, 0.6, 0.6, 0.4, 0.3, 0] of shape [2, 3].", right.Message);

        AssertWrongBecause(Check.MeanImage(images => cat(images).mean([0])), "cat glues the images into one taller grid");
        AssertWrongBecause(Check.MeanImage(images => stack(images).mean([1])), "averaged along the wrong axis");
        AssertWrongBecause(Check.MeanImage(images => stack(images).mean([1, 2])), "averaged along the wrong axis");
        AssertWrongBecause(Check.MeanImage(images => stack(images).mean()), "that is one number");
        AssertWrongBecause(Check.MeanImage(images => stack(images).sum([0])), "sum([0]) adds the images up");
        AssertNotYetAndThrowingReported(
            Check.MeanImage(_ => throw new NotImplementedException()),
            Check.MeanImage(_ => throw new InvalidOperationException("my own message")));
    }

    [Fact]
    public void The_distance_check_passes_the_solution_and_names_the_common_mistakes()
    {
        var right = Check.Distance((images, template) => (images - template).abs().mean([-1, -2]));
        Assert.True(right.Passed, right.Message);
        Assert.EndsWith("the distances are [0.1667, 0.25] of shape [2].", right.Message);

        AssertWrongBecause(Check.Distance((images, template) => (images - template).mean([-1, -2])), "the differences were not made positive");
        AssertWrongBecause(Check.Distance((images, template) => (images - template).abs().mean([0])), "averaged along the wrong axes");
        AssertWrongBecause(Check.Distance((images, template) => (images - template).abs().mean([-1])), "averaged along the wrong axes");
        AssertWrongBecause(Check.Distance((images, template) => (images - template).abs().mean()), "that is one number for the whole stack");
        AssertWrongBecause(Check.Distance((images, template) => (images - template).square().mean([-1, -2])), "that is a squared distance");
        AssertNotYetAndThrowingReported(
            Check.Distance((_, _) => throw new NotImplementedException()),
            Check.Distance((_, _) => throw new InvalidOperationException("my own message")));
    }
}
