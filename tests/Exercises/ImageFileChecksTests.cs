using NeuralNetLessons.Data;
using NeuralNetLessons.Exercises;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using Xunit;
using static NeuralNetLessons.Tests.Exercises.VerdictAssert;
using static TorchSharp.torch;

namespace NeuralNetLessons.Tests.Exercises;

/// <summary>Notebook 01's exercise: the check passes the solution, names the common mistakes, and never throws.</summary>
public class ImageFileChecksTests
{
    /// <summary>The file's pixels, and its width and height, for the answers below to arrange.</summary>
    private static Func<string, Tensor> Load(Func<byte[], int, int, Tensor> arrange) => file =>
    {
        using var image = Image.Load<L8>(file);
        var pixels = new byte[image.Width * image.Height];
        image.CopyPixelDataTo(pixels);
        return arrange(pixels, image.Width, image.Height);
    };

    [Fact]
    public void The_load_image_check_passes_the_solution_and_names_the_common_mistakes()
    {
        var right = Check.LoadImage(Load((pixels, width, height) => tensor(pixels, [height, width])));
        Assert.True(right.Passed, right.Message);
        Assert.Equal("Correct: for a grey PNG 4 pixels wide and 3 high, whose pixel in row r, column c is 10 × r + c, "
            + "your code gives the bytes [0, 1, 2, 3, 10, 11, 12, 13, 20, 21, 22, 23] of shape [3, 4].", right.Message);

        AssertWrongBecause(Check.LoadImage(Load((pixels, width, height) => tensor(pixels, [width, height]))), "height and width are the wrong way round");
        AssertWrongBecause(Check.LoadImage(Load((pixels, _, _) => tensor(pixels))), "the pixels came out as one long row");
        AssertWrongBecause(Check.LoadImage(file => tensor(File.ReadAllBytes(file))), "those are the bytes of the PNG file");
        AssertWrongBecause(Check.LoadImage(Load((pixels, width, height) => tensor(pixels, [height, width]).to_type(ScalarType.Float32))),
            "the values are right, but of type Float32");
        var mnistOnly = Check.LoadImage(MnistImages.LoadImage);
        Assert.StartsWith("Wrong: your code threw InvalidDataException: ", mnistOnly.Message);
        Assert.Contains("Likely cause: MnistImages.LoadImage opens only MNIST's 28×28 files", mnistOnly.Message);
        AssertNotYetAndThrowingReported(
            Check.LoadImage(_ => throw new NotImplementedException()),
            Check.LoadImage(_ => throw new InvalidOperationException("my own message")));
    }

    [Fact]
    public void The_load_image_check_leaves_no_file_behind()
    {
        string? seen = null;
        Check.LoadImage(file => { seen = file; throw new InvalidOperationException("my own message"); });

        Assert.NotNull(seen);
        Assert.False(File.Exists(seen));
    }
}
