using NeuralNetLessons.Data;
using TorchSharp;
using static TorchSharp.torch;

namespace NeuralNetLessons.Learning;

/// <summary>
/// A confusion table: how many threes (target 1) and sevens (target 0) a model called a three or
/// a seven. The diagonal holds the right answers, the other two cells the two kinds of mistake.
/// A notebook shows it as a small table (<c>ConfusionTable</c>).
/// </summary>
public sealed record Confusion(int ThreesCalledThree, int ThreesCalledSeven, int SevensCalledThree, int SevensCalledSeven)
{
    /// <summary>
    /// Counts the answers of <paramref name="predictions"/> (the model's scores, before the sigmoid)
    /// against <paramref name="targets"/> (1 for a three, 0 for a seven), deciding as
    /// <see cref="Accuracy.OfBatch"/> does: <c>sigmoid(prediction) &gt; 0.5</c> means "three".
    /// The shapes must match, e.g. [699, 1] and [699, 1].
    /// </summary>
    public static Confusion Of(Tensor predictions, Tensor targets)
    {
        ArgumentNullException.ThrowIfNull(predictions);
        ArgumentNullException.ThrowIfNull(targets);
        Shape.RequireSame(predictions, targets);
        using var noGrad = torch.no_grad();
        using var scope = torch.NewDisposeScope();
        Tensor isThree = targets == 1;
        Tensor isSeven = targets == 0;
        long others = (~(isThree | isSeven)).sum().item<long>();
        if (others > 0)
        {
            throw new ArgumentException(
                $"targets {Shape.Of(targets)} must hold only 1 (a three) and 0 (a seven); {others} of them hold something else.",
                nameof(targets));
        }
        Tensor calledThree = NeuralNetLessons.Learning.Accuracy.PredictsThree(predictions);
        int Count(Tensor truth, Tensor answer) => (int)(truth & answer).sum().item<long>();
        return new Confusion(
            Count(isThree, calledThree), Count(isThree, ~calledThree),
            Count(isSeven, calledThree), Count(isSeven, ~calledThree));
    }

    public int Threes => ThreesCalledThree + ThreesCalledSeven;

    public int Sevens => SevensCalledThree + SevensCalledSeven;

    public int Total => Threes + Sevens;

    /// <summary>The right answers: the diagonal.</summary>
    public int Correct => ThreesCalledThree + SevensCalledSeven;

    /// <summary>The wrong answers: the two cells off the diagonal.</summary>
    public int Mistakes => ThreesCalledSeven + SevensCalledThree;

    /// <summary>The share of right answers over all images (not a mean of batch accuracies); NaN when there are none.</summary>
    public double Accuracy => Total == 0 ? double.NaN : Correct / (double)Total;
}
