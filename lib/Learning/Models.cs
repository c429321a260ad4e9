namespace NeuralNetLessons.Learning;

/// <summary>The lesson's two models, with random starting weights drawn in the notebooks' order.</summary>
public static class Models
{
    /// <summary>The ReLU net's hidden units.</summary>
    public const int HiddenUnits = 30;

    /// <summary>
    /// Notebook 04's linear model <c>x @ w + b</c>: draws w [784, 1] then b [1] with
    /// <see cref="Weights.Random"/> (the order of notebook 04, so a seed gives its numbers).
    /// </summary>
    public static HandWrittenModel NewLinear(double std)
    {
        var w = Weights.Random([MnistSets.Pixels, 1], std);
        var b = Weights.Random([1], std);
        return new(x => x.matmul(w) + b, [w, b]);
    }

    /// <summary>
    /// Notebook 05's 784-30-1 ReLU net <c>max(x @ w1 + b1, 0) @ w2 + b2</c>: draws w1 [784, 30] and
    /// b1 [30] with <paramref name="firstStd"/>, then w2 [30, 1] and b2 [1] with <paramref name="secondStd"/>.
    /// </summary>
    public static HandWrittenModel NewReluNet(double firstStd, double secondStd)
    {
        var w1 = Weights.Random([MnistSets.Pixels, HiddenUnits], firstStd);
        var b1 = Weights.Random([HiddenUnits], firstStd);
        var w2 = Weights.Random([HiddenUnits, 1], secondStd);
        var b2 = Weights.Random([1], secondStd);
        return new(x => (x.matmul(w1) + b1).clamp_min(0).matmul(w2) + b2, [w1, b1, w2, b2]);
    }
}
