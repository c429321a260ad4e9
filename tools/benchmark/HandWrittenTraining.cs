using NeuralNetLessons.Learning;
using TorchSharp;
using static TorchSharp.torch;

namespace Benchmark;

/// <summary>Notebook 12's two models, ten scores per image, starting weights scaled to each layer's inputs.</summary>
public static class TenClassModels
{
    /// <summary>784 → 10.</summary>
    public static HandWrittenModel Linear()
    {
        var w = Weights.Random([784, 10], Weights.FanInStd(784));
        var b = Weights.Random([10], Weights.FanInStd(784));
        return new(xb => xb.matmul(w) + b, [w, b]);
    }

    /// <summary>784 → hidden → 10 with a ReLU between.</summary>
    public static HandWrittenModel Net(int hidden)
    {
        var w1 = Weights.Random([784, hidden], Weights.FanInStd(784));
        var b1 = Weights.Random([hidden], Weights.FanInStd(784));
        var w2 = Weights.Random([hidden, 10], Weights.FanInStd(hidden));
        var b2 = Weights.Random([10], Weights.FanInStd(hidden));
        return new(xb => (xb.matmul(w1) + b1).clamp_min(0).matmul(w2) + b2, [w1, b1, w2, b2]);
    }
}

/// <summary>
/// Notebook 12's training loop, line for line (benchmark.py has the same in PyTorch): its
/// hand-written cross-entropy, <see cref="GradientDescent.Step"/>, one loss read per batch.
/// </summary>
public static class HandWrittenTraining
{
    public static Tensor LogSoftmax(Tensor s)
    {
        var shifted = s - s.max(1, keepdim: true).values;
        return shifted - shifted.exp().sum(1, keepdim: true).log();
    }

    public static Tensor CrossEntropy(Tensor scores, Tensor labels) =>
        -LogSoftmax(scores).gather(1, labels.unsqueeze(1)).mean();

    /// <summary>
    /// One pass over <paramref name="batches"/>; returns the mean of the batch losses. With
    /// <paramref name="disposeEachBatch"/>, each batch's tensors are freed when it ends, as Python
    /// frees a tensor as soon as nothing refers to it; without, as notebook 12 writes it, they wait
    /// for the garbage collector.
    /// </summary>
    public static double Epoch(HandWrittenModel model, DataBatches batches, double lr, bool disposeEachBatch)
    {
        var batchLosses = new List<float>();
        foreach (var (xb, yb) in batches)
        {
            using var scope = disposeEachBatch ? torch.NewDisposeScope() : null;
            var batchLoss = CrossEntropy(model.Forward(xb), yb);
            batchLoss.backward();
            GradientDescent.Step(model.Parameters, lr);
            batchLosses.Add(batchLoss.item<float>());
        }
        return batchLosses.Average();
    }
}
