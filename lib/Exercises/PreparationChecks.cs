using NeuralNetLessons.Data;
using static TorchSharp.torch;

namespace NeuralNetLessons.Exercises;

public static partial class Check
{
    /// <summary>
    /// Notebook 11's ink-is-bright scaling: grey levels as bytes (0 black, 255 white) of dark ink on
    /// light paper become float32 in [0, 1] with ink bright and paper dark, as MNIST's digits are:
    /// <c>(255 - b) / 255</c>, <see cref="MnistImages.Scale"/> of the inverted bytes.
    /// </summary>
    public static Verdict InkIsBright(Func<Tensor, Tensor> answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return Attempt(() =>
        {
            Tensor greys = tensor(new byte[] { 255, 230, 128, 40, 0 }, [1, 5]);
            Tensor expected = MnistImages.Scale(255 - greys);
            string input = $"the grey levels {Quote(greys)} (bytes)";

            // The answer gets a copy: a learner's in-place change must not move the check's own numbers.
            Tensor got = answer(greys.clone())
                ?? throw new InvalidOperationException("the function returned null instead of a tensor.");
            if (Same(got, expected) && got.is_floating_point())
            {
                return Verdict.Correct($"{input} become {Quote(expected)}: ink near 1, paper near 0.");
            }
            Tensor asFloats = greys.to_type(ScalarType.Float32);
            string? cause = !got.shape.SequenceEqual(greys.shape)
                ? $"the result must keep the picture's shape, [1, 5]; yours is [{string.Join(", ", got.shape)}]."
                : !got.is_floating_point()
                    ? $"the result is still {got.dtype}, whole numbers: turn the bytes into float32 and divide by 255."
                : Same(got, asFloats / 255)
                    ? "not inverted: here the ink is dark, so it comes out near 0. MNIST's ink is bright: use 255 - b."
                : Same(got, (255 - asFloats) / 256)
                    ? "divided by 256: the largest byte is 255, so divide by 255 to make white exactly 1."
                : Same(got, 255 - asFloats)
                    ? "inverted but not scaled: divide by 255 to bring 0 to 255 into 0 to 1."
                : Same(got, (asFloats - 255) / 255)
                    ? "b - 255 is the wrong way round: it gives values from -1 to 0. Use 255 - b."
                : null;
            return Verdict.Wrong(input, Quote(got), Quote(expected), cause);
        });
    }
}
