using NeuralNetLessons.Learning;
using TorchSharp;
using Xunit;
using static TorchSharp.torch;

namespace NeuralNetLessons.Tests.Learning;

public class GradientDescentTests
{
    [Fact]
    public void Step_moves_each_parameter_against_its_gradient_and_zeroes_the_gradient()
    {
        using Tensor w = torch.tensor(new float[] { 1, 2 }).requires_grad_();
        using Tensor b = torch.tensor(new float[] { 3 }).requires_grad_();
        // loss = 3*w0 + 4*w1 + 5*b: gradients 3, 4 and 5.
        using Tensor loss = (w * torch.tensor(new float[] { 3, 4 })).sum() + b.sum() * 5;
        loss.backward();

        GradientDescent.Step([w, b], lr: 0.1);

        Assert.Equal([1 - 0.3f, 2 - 0.4f], w.data<float>().ToArray());
        Assert.Equal([3 - 0.5f], b.data<float>().ToArray());
        Assert.Equal([0f, 0f], w.grad!.data<float>().ToArray());
        Assert.Equal([0f], b.grad!.data<float>().ToArray());
        Assert.True(w.requires_grad && w.is_leaf);
    }

    [Fact]
    public void Step_refuses_a_parameter_without_gradient()
    {
        using Tensor w = torch.zeros(784, 1).requires_grad_();

        var error = Assert.Throws<InvalidOperationException>(() => GradientDescent.Step([w], 1.0));

        Assert.Contains("Parameter [784, 1] has no gradient", error.Message);
    }
}
