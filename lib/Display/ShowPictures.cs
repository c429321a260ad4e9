using SixLabors.ImageSharp;

namespace NeuralNetLessons;

public static partial class Show
{
    /// <summary>An ImageSharp image (a photo, or a step of preparing a digit) as a picture, its size in the caption.</summary>
    public static Picture Picture(Image image, string? caption = null) => NeuralNetLessons.Picture.Of(image, caption);

    /// <summary>Several ImageSharp images in one row, each with its caption and size.</summary>
    public static Gallery Pictures(params (string Caption, Image Image)[] pictures) =>
        new(pictures.Select(p => NeuralNetLessons.Picture.Of(p.Image, p.Caption)));
}
