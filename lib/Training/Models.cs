using static TorchSharp.torch;

namespace NeuralNetLessons;

/// <summary>The lesson's two models, as functions from a batch of inputs [N, 784] to predictions [N, 1].</summary>
public static class Models
{
    /// <summary>The linear model: <c>x @ w + b</c>, with w [784, 1] and b [1].</summary>
    public static Func<Tensor, Tensor> Linear(Tensor w, Tensor b)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(b);
        return x => x.matmul(w) + b;
    }

    /// <summary>
    /// The ReLU net: <c>max(x @ w1 + b1, 0) @ w2 + b2</c>, with w1 [784, 30], b1 [30], w2 [30, 1], b2 [1].
    /// The ReLU is <c>clamp_min(0)</c>: negatives become 0, everything else stays.
    /// </summary>
    public static Func<Tensor, Tensor> ReluNet(Tensor w1, Tensor b1, Tensor w2, Tensor b2)
    {
        ArgumentNullException.ThrowIfNull(w1);
        ArgumentNullException.ThrowIfNull(b1);
        ArgumentNullException.ThrowIfNull(w2);
        ArgumentNullException.ThrowIfNull(b2);
        return x => (x.matmul(w1) + b1).clamp_min(0).matmul(w2) + b2;
    }
}
