using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using static TorchSharp.torch;

namespace NeuralNetLessons;

/// <summary>
/// A photo of a digit and every step of <see cref="DigitPreparation.Prepare"/>, each as a picture.
/// A notebook shows it as the row of those pictures. The pictures are freed on <see cref="Dispose"/>.
/// </summary>
public sealed record PreparedDigit(
    string File,
    Image<Rgba32> Photo,
    Image<L8> Grey,
    InkLevels Ink,
    Image<L8> InkOnBlack,
    Image<L8> Cropped,
    Image<L8> Scaled,
    Image<L8> Centred) : IDisposable
{
    /// <summary>The captions of the step pictures, in order: photo, grey, white ink on black, cropped, scaled, centred.</summary>
    public static readonly IReadOnlyList<string> StepCaptions =
        ["photo", "grey", "white ink on black", "cropped to the ink", "longer side 20", "centred by mass"];

    /// <summary>The finished digit as the model reads it: [28, 28] float32 in [0, 1].</summary>
    public Tensor ToTensor() => DigitPreparation.ToTensor(Centred);

    /// <summary>Every step's picture in one row, captioned with <see cref="StepCaptions"/>.</summary>
    public Gallery Steps()
    {
        Image[] images = [Photo, Grey, InkOnBlack, Cropped, Scaled, Centred];
        return new(images.Zip(StepCaptions, Picture.Of));
    }

    public void Dispose()
    {
        foreach (Image image in new Image[] { Photo, Grey, InkOnBlack, Cropped, Scaled, Centred })
        {
            image.Dispose();
        }
    }
}
