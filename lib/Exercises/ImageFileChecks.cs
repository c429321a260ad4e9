using NeuralNetLessons.Data;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using TorchSharp;
using static TorchSharp.torch;

namespace NeuralNetLessons.Exercises;

public static partial class Check
{
    /// <summary>
    /// Notebook 01's image loading: a grey PNG file opened as a tensor of its pixel bytes, shape
    /// [height, width], as <see cref="MnistImages.LoadImage"/> does for MNIST's 28×28 files. The
    /// check writes a PNG that is wider than it is high, so height and width cannot be confused unseen.
    /// </summary>
    public static Verdict LoadImage(Func<string, Tensor> answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return Attempt(
            () =>
            {
                const int height = 3, width = 4;
                byte[] pixels = [.. Enumerable.Range(0, height * width).Select(i => (byte)((10 * (i / width)) + (i % width)))];
                Tensor expected = tensor(pixels, [height, width], ScalarType.Byte);
                string input = $"a grey PNG {width} pixels wide and {height} high, whose pixel in row r, column c is 10 × r + c,";
                string file = Path.Combine(Path.GetTempPath(), $"check-load-image-{Guid.NewGuid():N}.png");
                try
                {
                    using (var image = Image.LoadPixelData<L8>(pixels, width, height))
                    {
                        image.SaveAsPng(file);
                    }
                    byte[] fileBytes = File.ReadAllBytes(file);

                    Tensor got = answer(file)
                        ?? throw new InvalidOperationException("the function returned null instead of a tensor.");
                    bool sameValues = got.numel() == expected.numel() && Same(got.flatten(), expected.flatten());
                    if (Same(got, expected) && got.dtype == ScalarType.Byte)
                    {
                        return Verdict.Correct($"for {input} your code gives the bytes {Quote(expected)}.");
                    }
                    string? cause = Same(got, expected)
                        ? $"the values are right, but of type {got.dtype}: keep the pixels as bytes (ScalarType.Byte), as the file stores them."
                        : sameValues && got.shape.SequenceEqual([width, height])
                            ? "height and width are the wrong way round: a tensor's first axis counts the rows, so its shape is [height, width]."
                        : sameValues && got.dim() == 1
                            ? "the pixels came out as one long row: give tensor(...) the shape [height, width] too."
                        : got.numel() == fileBytes.Length && Same(got.flatten(), tensor(fileBytes))
                            ? "those are the bytes of the PNG file, which is compressed, not its pixels: decode it with Image.Load<L8>(file)."
                        : null;
                    return Verdict.Wrong(input, Quote(got), Quote(expected), cause);
                }
                finally
                {
                    File.Delete(file);
                }
            },
            error => error.Message.Contains($"expected {MnistImages.Side}x{MnistImages.Side}", StringComparison.Ordinal)
                ? $"MnistImages.LoadImage opens only MNIST's {MnistImages.Side}×{MnistImages.Side} files: open the file with Image.Load<L8>(file) and use its own Width and Height."
                : null);
    }
}
