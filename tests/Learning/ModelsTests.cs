using NeuralNetLessons.Learning;
using TorchSharp;
using Xunit;
using static TorchSharp.torch;

namespace NeuralNetLessons.Tests.Learning;

[Collection(GlobalGenerator.Name)] // draws random weights
public class ModelsTests
{
    private static void SetWeights(HandWrittenModel model, params Tensor[] values)
    {
        using var _ = no_grad();
        foreach (var (parameter, value) in model.Parameters.Zip(values, (p, v) => (p, v)))
        {
            parameter.copy_(value);
        }
    }

    [Fact]
    public void The_linear_model_is_x_times_w_plus_b()
    {
        var linear = Models.NewLinear(std: 1.0);
        using Tensor w = torch.arange(784, dtype: ScalarType.Float32).unsqueeze(1) / 784;
        SetWeights(linear, w, torch.tensor(new float[] { 0.5f }));
        using Tensor x = torch.ones(2, 784);

        using Tensor predictions = linear.Forward(x);

        Assert.Equal([2L, 1L], predictions.shape);
        Assert.Equal((783 / 2.0) + 0.5, predictions[1, 0].item<float>(), 3);
    }

    [Fact]
    public void The_relu_net_zeroes_negative_hidden_values()
    {
        var net = Models.NewReluNet(firstStd: 1.0, secondStd: 1.0);
        // One image with a single lit pixel of 1: hidden unit 0 gets +3 and unit 1 gets -3 from it,
        // so the ReLU keeps 3 and 0; the output is 3*2 + 0*100 + 1, and 3*2 - 3*100 + 1 without it.
        using Tensor w1 = torch.zeros(784, 30);
        w1[0, 0] = torch.tensor(3f);
        w1[0, 1] = torch.tensor(-3f);
        using Tensor w2 = torch.zeros(30, 1);
        w2[0, 0] = torch.tensor(2f);
        w2[1, 0] = torch.tensor(100f);
        SetWeights(net, w1, torch.zeros(30), w2, torch.ones(1));
        using Tensor x = torch.zeros(1, 784);
        x[0, 0] = torch.tensor(1f);

        using Tensor predictions = net.Forward(x);

        Assert.Equal([7f], predictions.data<float>().ToArray());
    }

    [Fact]
    public void A_new_linear_model_draws_w_then_b_like_notebook_04()
    {
        torch.manual_seed(7);
        using Tensor w = Weights.Random([784, 1], 0.5);
        using Tensor b = Weights.Random([1], 0.5);

        torch.manual_seed(7);
        var linear = Models.NewLinear(std: 0.5);

        Assert.Equal(2, linear.Parameters.Count);
        Assert.Equal(w.data<float>().ToArray(), linear.Parameters[0].data<float>().ToArray());
        Assert.Equal(b.data<float>().ToArray(), linear.Parameters[1].data<float>().ToArray());
        Assert.All(linear.Parameters, p => Assert.True(p.requires_grad));
    }

    [Fact]
    public void A_new_relu_net_draws_w1_b1_then_w2_b2_with_their_own_std()
    {
        torch.manual_seed(7);
        Tensor[] expected = [Weights.Random([784, 30], 0.1), Weights.Random([30], 0.1), Weights.Random([30, 1], 2), Weights.Random([1], 2)];

        torch.manual_seed(7);
        var net = Models.NewReluNet(firstStd: 0.1, secondStd: 2);

        Assert.Equal(expected.Select(p => p.shape), net.Parameters.Select(p => p.shape));
        Assert.All(expected.Zip(net.Parameters), pair => Assert.Equal(pair.First.data<float>().ToArray(), pair.Second.data<float>().ToArray()));
        using Tensor x = torch.rand(5, 784);
        using Tensor predictions = net.Forward(x);
        using Tensor byHand = (x.matmul(expected[0]) + expected[1]).relu().matmul(expected[2]) + expected[3];
        Assert.True(predictions.allclose(byHand));
    }
}
