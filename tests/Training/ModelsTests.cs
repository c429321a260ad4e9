using NeuralNetLessons.Learning;
using TorchSharp;
using Xunit;
using static TorchSharp.torch;

namespace NeuralNetLessons.Tests;

[Collection(GlobalGenerator.Name)] // draws random weights
public class ModelsTests
{
    [Fact]
    public void LinearIsXTimesWPlusB()
    {
        using Tensor x = torch.tensor(new float[] { 1, 2, 3, 4 }, [2, 2]);
        using Tensor w = torch.tensor(new float[] { 10, 1 }, [2, 1]);
        using Tensor b = torch.tensor(new float[] { 0.5f });

        using Tensor predictions = Models.Linear(w, b)(x);

        Assert.Equal([2L, 1L], predictions.shape);
        Assert.Equal([12.5f, 34.5f], predictions.data<float>().ToArray());
    }

    [Fact]
    public void ReluNetZeroesNegativeHiddenValues()
    {
        using Tensor x = torch.tensor(new float[] { 1, 2 }, [1, 2]);
        // Hidden = [1*1 + 2*1, 1*(-1) + 2*(-1)] + [0, 0] = [3, -3]; ReLU gives [3, 0].
        using Tensor w1 = torch.tensor(new float[] { 1, -1, 1, -1 }, [2, 2]);
        using Tensor b1 = torch.zeros(2);
        using Tensor w2 = torch.tensor(new float[] { 2, 100 }, [2, 1]);
        using Tensor b2 = torch.tensor(new float[] { 1 });

        using Tensor predictions = Models.ReluNet(w1, b1, w2, b2)(x);

        // 3*2 + 0*100 + 1; without the ReLU it would be 3*2 - 3*100 + 1.
        Assert.Equal([7f], predictions.data<float>().ToArray());
    }

    [Fact]
    public void ReluNetMapsImagesToOnePredictionEach()
    {
        using Tensor x = torch.rand(5, 784);
        using Tensor w1 = torch.randn(784, 30);
        using Tensor b1 = torch.randn(30);
        using Tensor w2 = torch.randn(30, 1);
        using Tensor b2 = torch.randn(1);

        using Tensor predictions = Models.ReluNet(w1, b1, w2, b2)(x);
        using Tensor expected = (x.matmul(w1) + b1).relu().matmul(w2) + b2;

        Assert.Equal([5L, 1L], predictions.shape);
        Assert.True(predictions.allclose(expected));
    }

    [Fact]
    public void NewLinearDrawsWThenBLikeNotebook04()
    {
        torch.manual_seed(7);
        using Tensor w = Parameters.Init([784, 1], 0.5);
        using Tensor b = Parameters.Init([1], 0.5);

        torch.manual_seed(7);
        var (_, parameters) = Models.NewLinear(std: 0.5);

        Assert.Equal(2, parameters.Length);
        Assert.Equal(w.data<float>().ToArray(), parameters[0].data<float>().ToArray());
        Assert.Equal(b.data<float>().ToArray(), parameters[1].data<float>().ToArray());
        Assert.All(parameters, p => Assert.True(p.requires_grad));
    }

    [Fact]
    public void NewReluNetDrawsW1B1ThenW2B2WithTheirOwnStd()
    {
        torch.manual_seed(7);
        Tensor[] expected = [Parameters.Init([784, 30], 0.1), Parameters.Init([30], 0.1), Parameters.Init([30, 1], 2), Parameters.Init([1], 2)];

        torch.manual_seed(7);
        var (model, parameters) = Models.NewReluNet(firstStd: 0.1, secondStd: 2);

        Assert.Equal(expected.Select(p => p.shape), parameters.Select(p => p.shape));
        Assert.All(expected.Zip(parameters), pair => Assert.Equal(pair.First.data<float>().ToArray(), pair.Second.data<float>().ToArray()));
        using Tensor x = torch.ones(2, 784);
        Assert.Equal([2L, 1L], model(x).shape);
    }
}
