using NeuralNetLessons.Data;
using TorchSharp;
using static TorchSharp.torch;

namespace NeuralNetLessons.Learning;

/// <summary>The lesson's metric: the share of images whose predicted class is right.</summary>
public static class Accuracy
{
    /// <summary>
    /// Mean of <c>(sigmoid(predictions) &gt; 0.5) == targets</c> as a float32 scalar tensor:
    /// a prediction above 0 means "three" (1), otherwise "seven" (0). The shapes must match.
    /// </summary>
    public static Tensor OfBatch(Tensor predictions, Tensor targets)
    {
        Shape.RequireSame(predictions, targets);
        using var scope = torch.NewDisposeScope();
        Tensor correct = PredictsThree(predictions).to_type(targets.dtype) == targets;
        return correct.to_type(ScalarType.Float32).mean().MoveToOuterDisposeScope();
    }

    /// <summary>
    /// The lesson's decision, shared with <see cref="Confusion.Of"/>: <c>sigmoid(prediction) &gt; 0.5</c>
    /// (true) means "three", anything else "seven". A boolean tensor of the predictions' shape.
    /// </summary>
    internal static Tensor PredictsThree(Tensor predictions) => predictions.sigmoid() > 0.5;

    /// <summary>
    /// Validation accuracy: the mean of the batch accuracies of <paramref name="valid"/> (computed
    /// in float32 as PyTorch would), rounded to 4 places. Runs without gradient tracking.
    /// </summary>
    public static double Validate(Func<Tensor, Tensor> model, DataBatches valid)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(valid);
        using var noGrad = torch.no_grad();
        using var scope = torch.NewDisposeScope();
        var batchAccuracies = new List<Tensor>();
        foreach (var (xb, yb) in valid)
        {
            batchAccuracies.Add(OfBatch(model(xb), yb));
        }
        float mean = torch.stack(batchAccuracies).mean().item<float>();
        return Math.Round(mean, 4);
    }
}
