using NeuralNetLessons.Data;
using NeuralNetLessons.Learning;
using TorchSharp;
using Xunit;
using static TorchSharp.torch;

namespace NeuralNetLessons.Tests.Learning;

public class MnistSetsTests
{
    [Theory]
    [InlineData("train", 346, 363)]
    [InlineData("valid", 346, 353)]
    public void Loads_threes_then_sevens_flattened_with_their_targets(string split, int threes, int sevens)
    {
        var (x, y) = MnistSets.Load(TestData.MnistTinyRoot, split);
        using var _x = x;
        using var _y = y;

        Assert.Equal([(long)threes + sevens, 784L], x.shape);
        Assert.Equal([(long)threes + sevens, 1L], y.shape);
        Assert.Equal(ScalarType.Float32, x.dtype);
        Assert.Equal(ScalarType.Float32, y.dtype);
        Assert.Equal(threes, y.sum().item<float>());
        float[] targets = y.data<float>().ToArray();
        Assert.All(targets[..threes], t => Assert.Equal(1f, t));
        Assert.All(targets[threes..], t => Assert.Equal(0f, t));
        Assert.Equal(0f, x.min().item<float>());
        Assert.Equal(1f, x.max().item<float>());
    }

    [Fact]
    public void Rows_are_the_scaled_images_in_file_order()
    {
        string threes = Path.Combine(TestData.MnistTinyRoot, "train", "3");
        string sevens = Path.Combine(TestData.MnistTinyRoot, "train", "7");

        var (x, y) = MnistSets.Load(TestData.MnistTinyRoot, "train");
        using var _x = x;
        using var _y = y;
        using Tensor exampleThree = MnistImages.Scale(MnistImages.LoadImage(MnistImages.ListImages(threes)[1]));
        using Tensor lastSeven = MnistImages.Scale(MnistImages.LoadImage(MnistImages.ListImages(sevens)[^1]));

        Assert.Equal(exampleThree.flatten().data<float>().ToArray(), x[1].data<float>().ToArray());
        Assert.Equal(lastSeven.flatten().data<float>().ToArray(), x[708].data<float>().ToArray());
    }

    [Fact]
    public void Refuses_an_unknown_split()
    {
        var error = Assert.Throws<ArgumentException>(() => MnistSets.Load(TestData.MnistTinyRoot, "test"));

        Assert.Equal("split", error.ParamName);
        Assert.Contains("Split must be \"train\" or \"valid\", got \"test\"", error.Message);
    }
}
