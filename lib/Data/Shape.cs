using static TorchSharp.torch;

namespace NeuralNetLessons.Data;

/// <summary>Tensor shapes written the way PyTorch prints them, and the checks that quote them in their errors.</summary>
public static class Shape
{
    /// <summary>"[709, 784]" for a tensor of shape (709, 784).</summary>
    public static string Of(Tensor tensor) => $"[{string.Join(", ", tensor.shape)}]";

    /// <summary>
    /// Throws an <see cref="ArgumentException"/> unless <paramref name="tensor"/> is 2-D, saying what
    /// needs it, the axes it reads, and the shape it got: "A heatmap needs a 2-D tensor [rows, columns]; got shape [784]."
    /// </summary>
    internal static void RequireTwoDimensions(Tensor tensor, string what, string axes, string parameter)
    {
        if (tensor.dim() != 2)
        {
            throw new ArgumentException($"{what} needs a 2-D tensor [{axes}]; got shape {Of(tensor)}.", parameter);
        }
    }

    /// <summary>Throws an <see cref="ArgumentException"/> unless predictions and targets have the same shape.</summary>
    internal static void RequireSame(Tensor predictions, Tensor targets)
    {
        if (!predictions.shape.SequenceEqual(targets.shape))
        {
            throw new ArgumentException(
                $"predictions {Of(predictions)} and targets {Of(targets)} must have the same shape.");
        }
    }

    /// <summary>Throws an <see cref="ArgumentException"/> unless inputs and targets have one row per sample each.</summary>
    internal static void RequireSameRows(Tensor x, Tensor y)
    {
        if (x.dim() == 0 || y.dim() == 0 || x.shape[0] != y.shape[0])
        {
            throw new ArgumentException(
                $"Inputs {Of(x)} and targets {Of(y)} must have the same first dimension (one row per sample).");
        }
    }
}
