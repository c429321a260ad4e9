using TorchSharp;
using static TorchSharp.torch;

namespace NeuralNetLessons.Learning;

/// <summary>Random starting weights that autograd tracks: the lesson's <c>init_params</c>.</summary>
public static class Weights
{
    /// <summary>
    /// <c>(randn(size) * std).requires_grad_()</c>. Like a module's parameters in TorchSharp, it
    /// belongs to no dispose scope: a model made inside a <c>using (NewDisposeScope())</c> keeps its
    /// weights after the scope ends. Dispose it yourself, or let the garbage collector free it.
    /// </summary>
    public static Tensor Random(long[] size, double std)
    {
        ArgumentNullException.ThrowIfNull(size);
        using var scope = torch.NewDisposeScope();
        Tensor weights = (torch.randn(size) * std).requires_grad_();
        return weights.DetachFromDisposeScope();
    }

    /// <summary>
    /// The standard deviation that keeps a layer's outputs about as large as its inputs: 1/sqrt(inputs).
    /// A layer adds up <paramref name="inputs"/> products, and the spread of a sum of n random terms
    /// grows like sqrt(n); starting weights this small cancel that growth.
    /// </summary>
    public static double FanInStd(long inputs)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(inputs);
        return 1 / Math.Sqrt(inputs);
    }
}
