using NeuralNetLessons.Data;
using NeuralNetLessons.Display;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using TorchSharp;
using Xunit;
using static TorchSharp.torch;
using Size = SixLabors.ImageSharp.Size;

namespace NeuralNetLessons.Tests.Display;

/// <summary>Pictures from tensors: the PNG must hold exactly the tensor's grey values.</summary>
public class GreyPictureTests
{
    static byte[] DecodeGreys(GreyPicture picture, out Size size)
    {
        using Image<L8> image = SixLabors.ImageSharp.Image.Load<L8>(picture.Png);
        size = image.Size();
        var pixels = new byte[image.Width * image.Height];
        image.CopyPixelDataTo(pixels);
        return pixels;
    }

    [Fact]
    public void Byte_image_becomes_a_28_by_28_PNG_with_the_same_greys()
    {
        string file = MnistImages.ListImages(Path.Combine(TestData.MnistTinyRoot, "train", "3"))[1];
        using Tensor three = MnistImages.LoadImage(file);

        GreyPicture picture = Show.Image(three, "the example three");

        Assert.Equal(three.data<byte>().ToArray(), DecodeGreys(picture, out Size size));
        Assert.Equal(new Size(28, 28), size);
        Assert.Equal((28, 28), (picture.Width, picture.Height));
    }

    [Fact]
    public void Floats_in_zero_to_one_map_zero_to_black_and_one_to_white()
    {
        using Tensor pixels = torch.tensor(new float[] { 0f, 0.25f, 1f, 1f }, [2, 2]);

        byte[] greys = DecodeGreys(Show.Image(pixels), out _);

        Assert.Equal(new byte[] { 0, 64, 255, 255 }, greys);
    }

    [Fact]
    public void A_gallery_of_grey_pictures_has_one_picture_with_its_caption_each()
    {
        using Tensor dark = torch.zeros([28, 28], ScalarType.Byte);
        using Tensor light = torch.full([28, 28], 255, ScalarType.Byte);

        string html = Show.Gallery([Show.Image(dark, "mean three"), Show.Image(light, "mean seven")]).ToHtml();

        Assert.Equal(2, html.Split("<img ").Length - 1);
        Assert.Contains("<figcaption>mean three</figcaption>", html);
        Assert.Contains("<figcaption>mean seven</figcaption>", html);
        Assert.True(html.IndexOf("mean three", StringComparison.Ordinal) < html.IndexOf("mean seven", StringComparison.Ordinal));
    }

    [Fact]
    public void A_three_dimensional_tensor_is_an_error_naming_its_shape()
    {
        using Tensor stack = torch.zeros([3, 28, 28], ScalarType.Byte);

        var error = Assert.Throws<ArgumentException>(() => Show.Image(stack));

        Assert.Contains("2-D", error.Message);
        Assert.Contains("[3, 28, 28]", error.Message);
    }
}
