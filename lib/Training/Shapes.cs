using static TorchSharp.torch;

namespace NeuralNetLessons;

/// <summary>Tensor shapes written the way PyTorch prints them, for error messages.</summary>
static class Shapes
{
    /// <summary>"[256, 1]" for a tensor of shape (256, 1).</summary>
    public static string Describe(Tensor tensor) => $"[{string.Join(", ", tensor.shape)}]";

    /// <summary>Throws an <see cref="ArgumentException"/> unless predictions and targets have the same shape.</summary>
    public static void RequireSame(Tensor predictions, Tensor targets)
    {
        if (!predictions.shape.SequenceEqual(targets.shape))
        {
            throw new ArgumentException(
                $"predictions {Describe(predictions)} and targets {Describe(targets)} must have the same shape.");
        }
    }
}
