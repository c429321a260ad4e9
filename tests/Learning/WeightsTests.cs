using NeuralNetLessons.Learning;
using TorchSharp;
using Xunit;
using static TorchSharp.torch;

namespace NeuralNetLessons.Tests.Learning;

[Collection(GlobalGenerator.Name)]
public class WeightsTests
{
    [Fact]
    public void Random_after_seed_100_gives_PyTorchs_numbers()
    {
        torch.manual_seed(100);

        using Tensor p = Weights.Random([3], 1.0);

        // PyTorch: torch.manual_seed(100); torch.randn(3) -> tensor([ 0.3607, -0.2859, -0.3938])
        float[] values = p.data<float>().ToArray();
        Assert.Equal(0.3607, values[0], 4);
        Assert.Equal(-0.2859, values[1], 4);
        Assert.Equal(-0.3938, values[2], 4);
    }

    [Fact]
    public void Random_of_784_by_1_after_seed_100_gives_the_lessons_first_weights()
    {
        // libtorch fills tensors of 16 or more numbers with a vectorised normal sampler, so
        // randn(784, 1) does not start with randn(3)'s numbers; these are its first three.
        torch.manual_seed(100);
        using Tensor w = Weights.Random([784, 1], 1.0);
        using Tensor b = Weights.Random([1], 1.0);

        float[] first = w.data<float>().ToArray()[..3];
        Assert.Equal(0.1268, first[0], 4);
        Assert.Equal(1.3564, first[1], 4);
        Assert.Equal(0.5632, first[2], 4);
        Assert.Equal(-1.4549, b.item<float>(), 4);
        Assert.Equal([784L, 1L], w.shape);
        Assert.Equal([1L], b.shape);
    }

    [Fact]
    public void Random_is_randn_times_std_tracked_by_autograd()
    {
        torch.manual_seed(3);
        using Tensor expected = torch.randn(784, 30) * 0.1;

        torch.manual_seed(3);
        using Tensor p = Weights.Random([784, 30], std: 0.1);

        Assert.Equal(expected.data<float>().ToArray(), p.data<float>().ToArray());
        Assert.True(p.requires_grad);
        Assert.True(p.is_leaf);
        Assert.Equal(ScalarType.Float32, p.dtype);
    }

    [Fact]
    public void FanInStd_is_one_over_the_square_root_of_the_inputs()
    {
        Assert.Equal(1 / 28.0, Weights.FanInStd(784), 12);
        Assert.Equal(0.5, Weights.FanInStd(4));
        Assert.Throws<ArgumentOutOfRangeException>(() => Weights.FanInStd(0));
    }
}
