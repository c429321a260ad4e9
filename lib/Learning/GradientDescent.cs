using NeuralNetLessons.Data;
using TorchSharp;
using static TorchSharp.torch;

namespace NeuralNetLessons.Learning;

/// <summary>
/// Gradient descent as the lesson writes it by hand. Unlike TorchSharp's <c>optim.SGD</c>, whose
/// <c>step()</c> leaves the gradients to <c>zero_grad()</c>, one step here also zeroes them.
/// </summary>
public static class GradientDescent
{
    /// <summary>
    /// For each parameter: <c>p -= p.grad * lr</c> without gradient tracking, then zero its gradient.
    /// Every parameter must have a gradient (call <c>backward()</c> on the loss first).
    /// </summary>
    public static void Step(IEnumerable<Tensor> parameters, double lr)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        using var noGrad = torch.no_grad();
        using var scope = torch.NewDisposeScope();
        foreach (Tensor p in parameters)
        {
            Tensor grad = p.grad
                ?? throw new InvalidOperationException(
                    $"Parameter {Shape.Of(p)} has no gradient: call backward() on the loss before stepping.");
            p.sub_(grad * lr);
            grad.zero_();
        }
    }
}
