using static TorchSharp.torch;

namespace NeuralNetLessons.Learning;

/// <summary>The lesson's two models, as functions from a batch of inputs [N, 784] to predictions [N, 1].</summary>
public static class Models
{
    /// <summary>
    /// A new linear model: draws w [784, 1] then b [1] with <see cref="Parameters.Init(long[], double)"/>
    /// (the order of notebook 04, so a seed gives its numbers) and returns the model with its parameters.
    /// </summary>
    public static (Func<Tensor, Tensor> Model, Tensor[] Parameters) NewLinear(double std)
    {
        Tensor w = Parameters.Init([MnistSets.Pixels, 1], std);
        Tensor b = Parameters.Init([1], std);
        return (Linear(w, b), [w, b]);
    }

    /// <summary>
    /// A new 784-30-1 ReLU net: draws w1 [784, 30] and b1 [30] with <paramref name="firstStd"/>, then
    /// w2 [30, 1] and b2 [1] with <paramref name="secondStd"/> (the order of notebook 05).
    /// </summary>
    public static (Func<Tensor, Tensor> Model, Tensor[] Parameters) NewReluNet(double firstStd, double secondStd)
    {
        Tensor w1 = Parameters.Init([MnistSets.Pixels, HiddenUnits], firstStd);
        Tensor b1 = Parameters.Init([HiddenUnits], firstStd);
        Tensor w2 = Parameters.Init([HiddenUnits, 1], secondStd);
        Tensor b2 = Parameters.Init([1], secondStd);
        return (ReluNet(w1, b1, w2, b2), [w1, b1, w2, b2]);
    }

    /// <summary>The ReLU net's hidden units.</summary>
    public const int HiddenUnits = 30;

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
