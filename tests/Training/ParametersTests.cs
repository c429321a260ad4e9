using NeuralNetLessons.Learning;
using TorchSharp;
using Xunit;
using static TorchSharp.torch;

namespace NeuralNetLessons.Tests;

[Collection(GlobalGenerator.Name)]
public class ParametersTests
{
    [Fact]
    public void InitAfterSeed100GivesPyTorchsNumbers()
    {
        torch.manual_seed(100);

        using Tensor p = Parameters.Init(3);

        // PyTorch: torch.manual_seed(100); torch.randn(3) -> tensor([ 0.3607, -0.2859, -0.3938])
        float[] values = p.data<float>().ToArray();
        Assert.Equal(0.3607, values[0], 4);
        Assert.Equal(-0.2859, values[1], 4);
        Assert.Equal(-0.3938, values[2], 4);
    }

    [Fact]
    public void InitOf784By1AfterSeed100GivesTheLessonsFirstWeights()
    {
        // libtorch fills tensors of 16 or more numbers with a vectorised normal sampler, so
        // randn(784, 1) does not start with randn(3)'s numbers; these are its first three.
        torch.manual_seed(100);
        using Tensor w = Parameters.Init(784, 1);
        using Tensor b = Parameters.Init(1);

        float[] first = w.data<float>().ToArray()[..3];
        Assert.Equal(0.1268, first[0], 4);
        Assert.Equal(1.3564, first[1], 4);
        Assert.Equal(0.5632, first[2], 4);
        Assert.Equal(-1.4549, b.item<float>(), 4);
        Assert.Equal([784L, 1L], w.shape);
        Assert.Equal([1L], b.shape);
    }

    [Fact]
    public void InitIsRandnTimesStdTrackedByAutograd()
    {
        torch.manual_seed(3);
        using Tensor expected = torch.randn(784, 30) * 0.1;

        torch.manual_seed(3);
        using Tensor p = Parameters.Init([784, 30], std: 0.1);

        Assert.Equal(expected.data<float>().ToArray(), p.data<float>().ToArray());
        Assert.True(p.requires_grad);
        Assert.True(p.is_leaf);
        Assert.Equal(ScalarType.Float32, p.dtype);
    }

    [Fact]
    public void FanInStdIsOneOverTheSquareRootOfTheInputs()
    {
        Assert.Equal(1 / 28.0, Parameters.FanInStd(784), 12);
        Assert.Equal(0.5, Parameters.FanInStd(4));
        Assert.Throws<ArgumentOutOfRangeException>(() => Parameters.FanInStd(0));
    }
}
