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
}
