using static TorchSharp.torch;

namespace NeuralNetLessons;

/// <summary>Shape checks for the training helpers, with errors that show both shapes.</summary>
static class Shapes
{
    /// <summary>Throws an <see cref="ArgumentException"/> unless predictions and targets have the same shape.</summary>
    public static void RequireSame(Tensor predictions, Tensor targets)
    {
        if (!predictions.shape.SequenceEqual(targets.shape))
        {
            throw new ArgumentException(
                $"predictions {Shape.Of(predictions)} and targets {Shape.Of(targets)} must have the same shape.");
        }
    }
}
