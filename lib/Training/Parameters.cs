using TorchSharp;
using static TorchSharp.torch;

namespace NeuralNetLessons;

/// <summary>The lesson's <c>init_params</c>: random starting weights that autograd tracks.</summary>
public static class Parameters
{
    /// <summary><c>randn(size).requires_grad_()</c>: standard normal numbers of the given shape.</summary>
    public static Tensor Init(params long[] size) => Init(size, 1.0);

    /// <summary><c>(randn(size) * std).requires_grad_()</c>.</summary>
    public static Tensor Init(long[] size, double std)
    {
        ArgumentNullException.ThrowIfNull(size);
        using var scope = torch.NewDisposeScope();
        Tensor parameter = (torch.randn(size) * std).requires_grad_();
        return parameter.MoveToOuterDisposeScope();
    }
}
