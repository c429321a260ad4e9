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

    /// <summary>Throws an <see cref="ArgumentException"/> unless inputs and targets have one row per sample each.</summary>
    public static void RequireSameRows(Tensor x, Tensor y)
    {
        if (x.dim() == 0 || y.dim() == 0 || x.shape[0] != y.shape[0])
        {
            throw new ArgumentException(
                $"Inputs {Shape.Of(x)} and targets {Shape.Of(y)} must have the same first dimension (one row per sample).");
        }
    }
}
