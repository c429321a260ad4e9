using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using TorchSharp;
using static TorchSharp.torch;

namespace NeuralNetLessons;

/// <summary>
/// A greyscale picture made from a 2-D tensor, kept as PNG bytes. Bytes are shown as they are;
/// floats are read as brightness in [0, 1]. A notebook shows it as an enlarged image.
/// </summary>
public sealed record GreyPicture(byte[] Png, int Width, int Height, string? Caption)
{
    /// <summary>How many screen pixels one image pixel takes: 28 pixels are too small to see.</summary>
    public const int Zoom = 4;

    public static GreyPicture FromTensor(Tensor pixels, string? caption = null)
    {
        if (pixels.dim() != 2)
        {
            throw new ArgumentException(
                $"A picture needs a 2-D tensor [height, width]; got shape {Shape.Of(pixels)}.", nameof(pixels));
        }
        var bytes = TensorValues.Greys(pixels);
        var (height, width) = ((int)pixels.shape[0], (int)pixels.shape[1]);
        using var image = Image.LoadPixelData<L8>(bytes, width, height);
        using var png = new MemoryStream();
        image.SaveAsPng(png);
        return new GreyPicture(png.ToArray(), width, height, caption);
    }

    public string ToHtml() =>
        $"""<figure style="display:inline-block;margin:4px 12px 4px 0;text-align:center">""" +
        $"""<img src="data:image/png;base64,{Convert.ToBase64String(Png)}" width="{Width * Zoom}" height="{Height * Zoom}" """ +
        $"""style="image-rendering:pixelated" alt="{Escape(Caption ?? "picture")}"/>""" +
        (Caption is null ? "" : $"<figcaption>{Escape(Caption)}</figcaption>") +
        "</figure>";

    private static string Escape(string text) => System.Net.WebUtility.HtmlEncode(text);
}
