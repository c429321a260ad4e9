using NeuralNetLessons.Display;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using TorchSharp;
using Xunit;
using static TorchSharp.torch;

namespace NeuralNetLessons.Tests.Display;

/// <summary>Pictures of signed weights: the PNG's colours must be the diverging scale's, pixel by pixel.</summary>
public class WeightPictureTests
{
    static (byte R, byte G, byte B)[] DecodeColours(WeightPicture picture, out (int Width, int Height) size)
    {
        using Image<Rgb24> image = SixLabors.ImageSharp.Image.Load<Rgb24>(picture.Png);
        size = (image.Width, image.Height);
        var pixels = new Rgb24[image.Width * image.Height];
        image.CopyPixelDataTo(pixels);
        return [.. pixels.Select(p => (p.R, p.G, p.B))];
    }

    [Fact]
    public void By_default_the_largest_absolute_value_gets_the_full_colour()
    {
        using Tensor weights = torch.tensor(new float[] { -2, 0, 1, 2, 0.5f, -0.5f }, [2, 3]);

        WeightPicture picture = Show.Weights(weights, "two by three");

        var colours = DecodeColours(picture, out var size);
        Assert.Equal((3, 2), size);
        Assert.Equal((3, 2), (picture.Width, picture.Height));
        Assert.Equal(2, picture.Limit);
        // White (255, 255, 255) blends linearly to blue (33, 102, 172) at -2 and red (178, 24, 43)
        // at +2, rounded half away from zero: 1 is halfway to red, 255 + (178 - 255) / 2 = 216.5;
        // 0.5 a quarter of the way, 255 + (178 - 255) / 4 = 235.75; -0.5 a quarter to blue,
        // 255 + (33 - 255) / 4 = 199.5.
        (byte, byte, byte)[] expected =
            [(33, 102, 172), (255, 255, 255), (217, 140, 149), (178, 24, 43), (236, 197, 202), (200, 217, 234)];
        Assert.Equal(expected, colours);
    }

    [Fact]
    public void A_given_limit_is_shared_so_pictures_can_be_compared()
    {
        using Tensor weights = torch.tensor(new float[] { -2, 1 }, [1, 2]);

        var picture = Show.Weights(weights, limit: 4);

        Assert.Equal(4, picture.Limit);
        // -2 is halfway from white to blue, 255 + (33 - 255) / 2 = 144, not the full blue (33, 102, 172);
        // 1 a quarter of the way to red.
        (byte, byte, byte)[] expected = [(144, 179, 214), (236, 197, 202)];
        Assert.Equal(expected, DecodeColours(picture, out _));
    }

    [Fact]
    public void All_zeros_are_all_white()
    {
        using Tensor weights = torch.zeros(4, 4);

        Assert.All(DecodeColours(Show.Weights(weights), out _), c => Assert.Equal(((byte)255, (byte)255, (byte)255), c));
    }

    [Fact]
    public void Its_html_is_an_enlarged_image_with_its_caption()
    {
        using Tensor weights = torch.ones(28, 28);

        string html = Show.Weights(weights, "unit 3 & more").ToHtml();

        Assert.Contains($"width=\"{28 * Picture.Zoom}\"", html);
        Assert.Contains("<figcaption", html);
        Assert.Contains("unit 3 &amp; more</figcaption>", html);
    }

    [Fact]
    public void A_one_dimensional_tensor_is_an_error_naming_its_shape()
    {
        using Tensor column = torch.zeros(784);

        var error = Assert.Throws<ArgumentException>(() => Show.Weights(column));

        Assert.Contains("2-D", error.Message);
        Assert.Contains("[784]", error.Message);
    }

    [Fact]
    public void NaN_weights_are_an_error()
    {
        using Tensor weights = torch.tensor(new float[] { 1, float.NaN }, [1, 2]);

        var error = Assert.Throws<ArgumentException>(() => Show.Weights(weights));

        Assert.Contains("NaN", error.Message);
    }

    [Fact]
    public void A_limit_of_zero_is_an_error()
    {
        using Tensor weights = torch.ones(2, 2);

        Assert.Throws<ArgumentOutOfRangeException>(() => Show.Weights(weights, limit: 0));
    }
}
