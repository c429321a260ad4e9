using NeuralNetLessons.Data;
using TorchSharp;
using static TorchSharp.torch;

namespace NeuralNetLessons.Learning;

/// <summary>
/// Accuracy when a model chooses among several classes: it gives one score per class, its answer is
/// the class with the highest score, and the accuracy is the share of images whose answer is their label.
/// </summary>
public static class ClassAccuracy
{
    /// <summary>
    /// The share of rows of <paramref name="scores"/> [N, classes] whose highest score is at the
    /// index in <paramref name="labels"/> [N] (int64, each from 0 to classes - 1), as a float32
    /// scalar tensor. A tie goes to the first of the tied classes, as <c>argmax</c> does.
    /// </summary>
    public static Tensor OfBatch(Tensor scores, Tensor labels)
    {
        RequireScoresAndLabels(scores, labels);
        using var scope = torch.NewDisposeScope();
        Tensor right = Answers(scores) == labels;
        return right.to_type(ScalarType.Float32).mean().MoveToOuterDisposeScope();
    }

    /// <summary>
    /// The accuracy of <paramref name="model"/> over every image of <paramref name="batches"/>: the
    /// number of right answers divided by the number of images (not a mean of batch accuracies, so
    /// a short last batch weighs no more than the others). Runs without gradient tracking.
    /// </summary>
    public static double Measure(Func<Tensor, Tensor> model, DataBatches batches)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(batches);
        using var noGrad = torch.no_grad();
        long right = 0, images = 0;
        foreach (var (xb, yb) in batches)
        {
            using var scope = torch.NewDisposeScope();
            Tensor scores = model(xb);
            RequireScoresAndLabels(scores, yb);
            right += (Answers(scores) == yb).sum().item<long>();
            images += yb.shape[0];
        }
        return images == 0 ? double.NaN : right / (double)images;
    }

    /// <summary>Each row's answer: the index of its highest score, int64 [N].</summary>
    internal static Tensor Answers(Tensor scores) => scores.argmax(1);

    /// <summary>
    /// Throws an <see cref="ArgumentException"/> unless the scores are [N, classes] and the labels
    /// [N] integers: the mistakes a learner makes most (labels as a column, or as floats) get their own words.
    /// </summary>
    internal static void RequireScoresAndLabels(Tensor scores, Tensor labels)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(labels);
        if (scores.dim() != 2)
        {
            throw new ArgumentException(
                $"scores {Shape.Of(scores)} must be [N, classes]: one row per image, one score per class.", nameof(scores));
        }
        if (labels.dim() != 1 || labels.shape[0] != scores.shape[0])
        {
            throw new ArgumentException(
                $"labels {Shape.Of(labels)} must be [{scores.shape[0]}]: one class number per row of scores {Shape.Of(scores)}.",
                nameof(labels));
        }
        if (labels.dtype is not (ScalarType.Int64 or ScalarType.Int32 or ScalarType.Int16 or ScalarType.Int8 or ScalarType.Byte))
        {
            throw new ArgumentException(
                $"labels must hold class numbers as integers (int64, as Mnist.Load gives them); got {labels.dtype}.", nameof(labels));
        }
    }
}
