using NeuralNetLessons.Data;
using TorchSharp;
using static TorchSharp.torch;

namespace NeuralNetLessons.Learning;

/// <summary>
/// The lesson's loss: squash each prediction into (0, 1) with a sigmoid, then measure how far it
/// is from its target: 1 - p for a three (target 1), p for a seven (target 0); the loss is the mean.
/// </summary>
public static class LessonLoss
{
    /// <summary>Mean of <c>where(targets == 1, 1 - sigmoid(p), sigmoid(p))</c>; the shapes must match.</summary>
    public static Tensor Compute(Tensor predictions, Tensor targets)
    {
        Shape.RequireSame(predictions, targets);
        using var scope = torch.NewDisposeScope();
        Tensor p = predictions.sigmoid();
        Tensor loss = torch.where(targets == 1, 1 - p, p).mean();
        return loss.MoveToOuterDisposeScope();
    }
}
