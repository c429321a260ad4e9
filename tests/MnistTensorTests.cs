using NeuralNetLessons.Data;
using TorchSharp;
using Xunit;
using static TorchSharp.torch;

namespace NeuralNetLessons.Tests;

/// <summary>Tensors from images: these need TorchSharp's native library.</summary>
public class MnistTensorTests
{
    static readonly string Threes = Path.Combine(TestData.MnistTinyRoot, "train", "3");

    [Fact]
    public void RealImageIsA28By28ByteTensorWithItsPixels()
    {
        string file = TestData.RealImage("train/3", "7463.png");

        using Tensor image = MnistImages.LoadImage(file);

        Assert.Equal([28L, 28L], image.shape);
        Assert.Equal(ScalarType.Byte, image.dtype);
        Assert.Equal(MnistImages.LoadPixels(file), image.data<byte>().ToArray());
    }

    [Fact]
    public void RealFolderOfThreesIsOne346By28By28Tensor()
    {
        using Tensor threes = MnistImages.LoadFolder(Threes);
        using Tensor first = MnistImages.LoadImage(MnistImages.ListImages(Threes)[0]);
        using Tensor last = MnistImages.LoadImage(MnistImages.ListImages(Threes)[^1]);

        Assert.Equal([346L, 28L, 28L], threes.shape);
        Assert.Equal(ScalarType.Byte, threes.dtype);
        Assert.Equal(first.data<byte>().ToArray(), threes[0].data<byte>().ToArray());
        Assert.Equal(last.data<byte>().ToArray(), threes[345].data<byte>().ToArray());
    }

    [Fact]
    public void ScaleMapsBytesToFloatsFromZeroToOne()
    {
        using Tensor bytes = torch.tensor(new byte[] { 0, 51, 255 }, ScalarType.Byte);

        using Tensor scaled = MnistImages.Scale(bytes);

        Assert.Equal(ScalarType.Float32, scaled.dtype);
        Assert.Equal([0f, 0.2f, 1f], scaled.data<float>().ToArray());
    }

    [Fact]
    public void ScaleRefusesWhatIsNotBytes()
    {
        using Tensor floats = torch.zeros(28, 28);

        var error = Assert.Throws<ArgumentException>(() => MnistImages.Scale(floats));

        Assert.Contains("expects uint8", error.Message);
        Assert.Contains("Float32 of shape [28, 28]", error.Message);
    }
}
