using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace NeuralNetLessons.Data;

/// <summary>A grey picture's pixels as bytes, for the steps that count or move them one by one.</summary>
internal static class ImageBytes
{
    /// <summary>Every pixel's grey level, 0 (black) to 255 (white), row after row.</summary>
    public static byte[] Of(Image<L8> image)
    {
        ArgumentNullException.ThrowIfNull(image);
        var pixels = new byte[image.Width * image.Height];
        image.CopyPixelDataTo(pixels);
        return pixels;
    }
}
