using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using static TorchSharp.torch;

namespace NeuralNetLessons.Images;

/// <summary>
/// A photo of a digit and every step of <see cref="DigitPreparation.Prepare"/>, each as a picture.
/// A notebook shows it as the row of those pictures (<c>Show.Steps</c>). It owns the pictures and frees them on
/// <see cref="Dispose"/>: a class rather than a record, so no copy can share them and no
/// comparison or <c>ToString</c> walks through them.
/// </summary>
public sealed class PreparedDigit : IDisposable
{
    internal PreparedDigit(
        string file, Image<Rgba32> photo, Image<L8> grey, InkLevels ink,
        Image<L8> inkOnBlack, Image<L8> cropped, Image<L8> scaled, Image<L8> centred)
    {
        (File, Photo, Grey, Ink) = (file, photo, grey, ink);
        (InkOnBlack, Cropped, Scaled, Centred) = (inkOnBlack, cropped, scaled, centred);
    }

    /// <summary>The captions of the step pictures, in order: photo, grey, white ink on black, cropped, scaled, centred.</summary>
    public static readonly IReadOnlyList<string> StepCaptions =
        ["photo", "grey", "white ink on black", "cropped to the ink", "longer side 20", "centred by mass"];

    /// <summary>The photo's full path.</summary>
    public string File { get; }

    /// <summary>The photo as read, upright.</summary>
    public Image<Rgba32> Photo { get; }

    /// <summary>Step 1: one brightness per pixel, transparency on white.</summary>
    public Image<L8> Grey { get; }

    /// <summary>Step 2: which grey levels are ink.</summary>
    public InkLevels Ink { get; }

    /// <summary>Step 3: white ink on black, specks removed.</summary>
    public Image<L8> InkOnBlack { get; }

    /// <summary>Step 4: cropped to the ink.</summary>
    public Image<L8> Cropped { get; }

    /// <summary>Step 5: the longer side scaled to 20 pixels.</summary>
    public Image<L8> Scaled { get; }

    /// <summary>Step 6: centred by mass in a 28x28 field.</summary>
    public Image<L8> Centred { get; }

    /// <summary>The finished digit as the model reads it: [28, 28] float32 in [0, 1].</summary>
    public Tensor ToTensor() => DigitPreparation.ToTensor(Centred);

    public void Dispose()
    {
        foreach (Image image in StepImages)
        {
            image.Dispose();
        }
    }

    /// <summary>The photo and every step's picture, in the order of <see cref="StepCaptions"/>.</summary>
    public IReadOnlyList<Image> StepImages => [Photo, Grey, InkOnBlack, Cropped, Scaled, Centred];
}
