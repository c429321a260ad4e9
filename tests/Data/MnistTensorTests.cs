using NeuralNetLessons.Data;
using TorchSharp;
using Xunit;
using static TorchSharp.torch;

namespace NeuralNetLessons.Tests.Data;

/// <summary>Tensors from images: these need TorchSharp's native library.</summary>
public class MnistTensorTests
{
    static readonly string Threes = Path.Combine(TestData.MnistTinyRoot, "train", "3");

    [Fact]
    public void Real_image_is_a_28_by_28_byte_tensor_with_its_pixels()
    {
        string file = TestData.RealImage("train/3", "7463.png");

        using Tensor image = MnistImages.LoadImage(file);

        Assert.Equal([28L, 28L], image.shape);
        Assert.Equal(ScalarType.Byte, image.dtype);
        Assert.Equal(MnistImages.LoadPixels(file), image.data<byte>().ToArray());
    }

    [Fact]
    public void Real_folder_of_threes_is_one_346_by_28_by_28_tensor()
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
    public void Scale_maps_bytes_to_floats_from_zero_to_one()
    {
        using Tensor bytes = torch.tensor(new byte[] { 0, 51, 255 }, ScalarType.Byte);

        using Tensor scaled = MnistImages.Scale(bytes);

        Assert.Equal(ScalarType.Float32, scaled.dtype);
        Assert.Equal([0f, 0.2f, 1f], scaled.data<float>().ToArray());
    }

    [Fact]
    public void Scale_refuses_what_is_not_bytes()
    {
        using Tensor floats = torch.zeros(28, 28);

        var error = Assert.Throws<ArgumentException>(() => MnistImages.Scale(floats));

        Assert.Contains("expects uint8", error.Message);
        Assert.Contains("Float32 of shape [28, 28]", error.Message);
    }
}
