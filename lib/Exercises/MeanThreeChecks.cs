using NeuralNetLessons.Data;
using NeuralNetLessons.Learning;
using TorchSharp;
using static TorchSharp.torch;

namespace NeuralNetLessons.Exercises;

public static partial class Check
{
    /// <summary>
    /// Notebook 03's scaling: pixel bytes as 32-bit floats from 0 to 1, bytes / 255, as
    /// <see cref="MnistImages.Scale"/>.
    /// </summary>
    public static Verdict ScalePixels(Func<Tensor, Tensor> answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return Attempt(() =>
        {
            Tensor bytes = tensor(new byte[,] { { 0, 51, 255 }, { 102, 204, 17 } });
            Tensor expected = MnistImages.Scale(bytes);
            string input = $"the bytes {Quote(bytes)}";

            Tensor got = answer(bytes.clone())
                ?? throw new InvalidOperationException("the function returned null instead of a tensor.");
            if (Same(got, expected) && got.dtype == ScalarType.Float32)
            {
                return Verdict.Correct($"{input} become {Quote(expected)}, as 32-bit floats.");
            }
            Tensor floats = bytes.to_type(ScalarType.Float32);
            string? cause = Same(got, expected)
                ? $"the values are right, but of type {got.dtype}: convert to 32-bit floats, .to_type(ScalarType.Float32)."
                : Same(got, floats / 256)
                    ? "divide by 255, the largest byte, so full ink becomes exactly 1; divided by 256 it stays below 1."
                : Same(got, floats)
                    ? "the bytes were converted but not divided: divide by 255, so every pixel is between 0 and 1."
                : Same(got, floats / 255 / 255)
                    ? "the pixels were divided by 255 twice: the largest is 1/255 instead of 1."
                : null;
            return Verdict.Wrong(input, Quote(got), Quote(expected), cause);
        });
    }

    /// <summary>
    /// Notebook 03's mean image: a list of images of one shape, stacked on a new first axis and
    /// averaged across it, pixel by pixel: one image of the same shape.
    /// </summary>
    public static Verdict MeanImage(Func<IList<Tensor>, Tensor> answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return Attempt(
            () =>
            {
                Tensor[] images =
                [
                    tensor(new float[,] { { 0f, 0.3f, 0.6f }, { 0.9f, 0f, 0f } }),
                    tensor(new float[,] { { 0f, 0.6f, 0.6f }, { 0.3f, 0.3f, 0f } }),
                    tensor(new float[,] { { 0.3f, 0.9f, 0.6f }, { 0f, 0.6f, 0f } }),
                ];
                Tensor stacked = stack(images);
                Tensor expected = stacked.mean([0]);
                string input = $"the three images {Quote(images[0])}, {Quote(images[1])} and {Quote(images[2])},";

                Tensor got = answer([.. images.Select(image => image.clone())])
                    ?? throw new InvalidOperationException("the function returned null instead of a tensor.");
                if (Same(got, expected))
                {
                    return Verdict.Correct($"for {input} your code gives the mean image {Quote(expected)}.");
                }
                string? cause = Same(got, cat(images).mean([0]))
                    ? "cat glues the images into one taller grid, so mean([0]) mixes rows of different images: stack puts them on a new first axis."
                    : got.dim() == 0
                        ? "that is one number, the average of every pixel of every image: average across the images only, mean([0])."
                    : Same(got, stacked.sum([0]))
                        ? "sum([0]) adds the images up: the mean also divides by how many there are; use mean([0])."
                    : new long[][] { [1], [2], [1, 2] }.Any(axes => Same(got, stacked.mean(axes)))
                        ? "averaged along the wrong axis: after stack, axis 0 counts the images, and mean([0]) averages across them."
                    : null;
                return Verdict.Wrong(input, Quote(got), Quote(expected), cause);
            });
    }

    /// <summary>
    /// Notebook 03's distance: for a stack of images [N, rows, columns] and a template [rows, columns],
    /// the mean absolute difference of the pixels, one number per image, as <see cref="MeanBaseline.Distance"/>.
    /// </summary>
    public static Verdict Distance(Func<Tensor, Tensor, Tensor> answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return Attempt(() =>
        {
            Tensor images = tensor(new float[,,]
            {
                { { 1f, 0f, 0.2f }, { 0f, 1f, 0.4f } },
                { { 0.5f, 1f, 0.6f }, { 0.2f, 0.6f, 0.4f } },
            });
            Tensor template = tensor(new float[,] { { 0.5f, 0.5f, 0.2f }, { 0f, 1f, 0.4f } });
            Tensor expected = MeanBaseline.Distance(images, template);
            string input = $"images {Quote(images)} and template {Quote(template)}";

            Tensor got = answer(images.clone(), template.clone())
                ?? throw new InvalidOperationException("the function returned null instead of a tensor.");
            if (Same(got, expected))
            {
                return Verdict.Correct($"for {input} the distances are {Quote(expected)}.");
            }
            Tensor difference = images - template;
            string? cause = Same(got, difference.mean([-1, -2]))
                ? "the differences were not made positive: without .abs(), a pixel brighter than the template cancels one darker."
                : got.dim() == 0
                    ? "that is one number for the whole stack: average over each image's rows and columns only, mean([-1, -2])."
                : new long[][] { [0], [1], [2], [0, 1], [0, 2] }.Any(axes => Same(got, difference.abs().mean(axes)))
                    ? "averaged along the wrong axes: axis 0 counts the images; mean([-1, -2]) averages each image's rows and columns."
                : Same(got, difference.square().mean([-1, -2])) || Same(got, difference.square().mean([-1, -2]).sqrt())
                    ? "that is a squared distance, a good one too, but this one is the mean absolute difference: .abs(), not squares."
                : null;
            return Verdict.Wrong(input, Quote(got), Quote(expected), cause);
        });
    }
}
