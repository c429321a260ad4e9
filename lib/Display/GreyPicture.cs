using NeuralNetLessons.Data;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using static TorchSharp.torch;

namespace NeuralNetLessons.Display;

/// <summary>
/// A greyscale picture of a 2-D tensor (<see cref="Show.Image"/>): bytes are shown as they are,
/// floats are read as brightness in [0, 1].
/// </summary>
public sealed class GreyPicture : Picture
{
    private GreyPicture(Image image, string? caption) : base(image, caption)
    {
    }

    internal static GreyPicture FromTensor(Tensor pixels, string? caption = null)
    {
        Shape.RequireTwoDimensions(pixels, "A picture", "height, width", nameof(pixels));
        var (height, width) = ((int)pixels.shape[0], (int)pixels.shape[1]);
        using var image = Image.LoadPixelData<L8>(TensorValues.Greys(pixels), width, height);
        return new GreyPicture(image, caption);
    }
}
