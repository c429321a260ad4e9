using NeuralNetLessons.Data;
using TorchSharp;
using static TorchSharp.torch;

namespace NeuralNetLessons.Learning;

/// <summary>
/// Notebook 03's classifier, which learns nothing: an image is a three when it is closer to the
/// mean training three than to the mean training seven. Distance is the mean absolute difference
/// of the pixels. Every model of the course has to beat it.
/// </summary>
public static class MeanBaseline
{
    /// <summary>
    /// The mean absolute difference between each image and <paramref name="template"/>: images
    /// [N, 28, 28] with a [28, 28] template, or rows [N, 784] with a [784] template; the result is [N].
    /// </summary>
    public static Tensor Distance(Tensor images, Tensor template)
    {
        ArgumentNullException.ThrowIfNull(images);
        ArgumentNullException.ThrowIfNull(template);
        if (images.dim() != template.dim() + 1 || !images.shape.Skip(1).SequenceEqual(template.shape))
        {
            throw new ArgumentException(
                $"Images {Shape.Of(images)} and template {Shape.Of(template)} do not fit: expected images " +
                $"[N, {string.Join(", ", template.shape)}], one template-sized image per row.");
        }
        using var scope = torch.NewDisposeScope();
        return (images - template).abs().flatten(1).mean([1]).MoveToOuterDisposeScope();
    }

    /// <summary>
    /// The baseline as a model over rows [N, 784]: the score is (distance to the mean seven) minus
    /// (distance to the mean three), shape [N, 1], so a positive score means "three", as for the
    /// trained models, and the lesson's <see cref="Accuracy"/> measures it the same way.
    /// </summary>
    public static Func<Tensor, Tensor> AsModel(Tensor meanThree, Tensor meanSeven)
    {
        ArgumentNullException.ThrowIfNull(meanThree);
        ArgumentNullException.ThrowIfNull(meanSeven);
        // The model keeps its own views of the means, outside any dispose scope, so a model made
        // inside a scope keeps working after it (the means themselves stay the caller's).
        Tensor three = meanThree.flatten().DetachFromDisposeScope(), seven = meanSeven.flatten().DetachFromDisposeScope();
        return rows => (Distance(rows, seven) - Distance(rows, three)).unsqueeze(1);
    }

    /// <summary>The mean three and mean seven of a training set built by <see cref="MnistSets.Load"/>: rows [N, 784], targets 1 for a three.</summary>
    public static (Tensor MeanThree, Tensor MeanSeven) Means(Tensor x, Tensor y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        Shape.RequireSameRows(x, y);
        using var scope = torch.NewDisposeScope();
        Tensor isThree = (y.flatten() == 1);
        return (x[isThree].mean([0]).MoveToOuterDisposeScope(), x[isThree.logical_not()].mean([0]).MoveToOuterDisposeScope());
    }
}
