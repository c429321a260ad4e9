using NeuralNetLessons.Images;
using SixLabors.ImageSharp;

namespace NeuralNetLessons.Display;

public static partial class Show
{
    /// <summary>An ImageSharp image (a photo, or a step of preparing a digit) as a picture, its size in the caption.</summary>
    public static Picture Picture(Image image, string? caption = null) => NeuralNetLessons.Display.Picture.Of(image, caption);

    /// <summary>A prepared digit's photo and every step of preparing it, in one row, each with its caption.</summary>
    public static Gallery Steps(PreparedDigit digit) =>
        Gallery(digit.StepImages.Zip(PreparedDigit.StepCaptions, (image, caption) => NeuralNetLessons.Display.Picture.Of(image, caption)));
}
