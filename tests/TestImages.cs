using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.PixelFormats;

namespace NeuralNetLessons.Tests;

/// <summary>Small PNGs (and a JPEG) made on the spot, so each test states what it feeds in.</summary>
static class TestImages
{
    /// <summary>An 8-bit greyscale PNG whose pixel (x, y) is (x + y) * 4.</summary>
    public static byte[] GreyPng(int width = 28, int height = 28)
    {
        using var image = new Image<L8>(width, height);
        for (int y = 0; y < height; y++)
        {
            for (int x = 0; x < width; x++)
            {
                image[x, y] = new L8((byte)((x + y) * 4));
            }
        }
        return Encode(image, PngColorType.Grayscale);
    }

    public static byte[] RgbPng()
    {
        using var image = new Image<Rgb24>(28, 28, new Rgb24(10, 200, 30));
        return Encode(image, PngColorType.Rgb);
    }

    public static byte[] GreyAlphaPng()
    {
        using var image = new Image<La16>(28, 28, new La16(100, 50));
        return Encode(image, PngColorType.GrayscaleWithAlpha);
    }

    public static byte[] Jpeg()
    {
        using var image = new Image<L8>(28, 28, new L8(128));
        using var stream = new MemoryStream();
        image.SaveAsJpeg(stream);
        return stream.ToArray();
    }

    static byte[] Encode<TPixel>(Image<TPixel> image, PngColorType colorType)
        where TPixel : unmanaged, IPixel<TPixel>
    {
        using var stream = new MemoryStream();
        image.SaveAsPng(stream, new PngEncoder { ColorType = colorType, BitDepth = PngBitDepth.Bit8 });
        return stream.ToArray();
    }
}
