using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Processing;

namespace NeuralNetLessons;

/// <summary>
/// An ImageSharp image of any size as a notebook picture, <see cref="ShownSide"/> screen pixels on
/// its longer side, with its size in pixels in the caption. A photo is shrunk before it is stored
/// (the notebook keeps a small PNG, not the camera's megapixels); a picture smaller than half the
/// shown size is enlarged with sharp square pixels, so a 28x28 digit looks like one.
/// </summary>
public sealed record ImagePicture(byte[] Png, int Width, int Height, int ShownWidth, int ShownHeight, bool Pixelated, string Caption)
{
    /// <summary>Screen pixels on the longer side: six per pixel of a 28x28 digit.</summary>
    public const int ShownSide = 168;

    public static ImagePicture From(Image image, string? caption = null)
    {
        ArgumentNullException.ThrowIfNull(image);
        var (width, height) = (image.Width, image.Height);
        double zoom = (double)ShownSide / Math.Max(width, height);
        int shownWidth = Math.Max(1, (int)Math.Round(width * zoom));
        int shownHeight = Math.Max(1, (int)Math.Round(height * zoom));
        bool pixelated = zoom >= 2;
        using var png = new MemoryStream();
        if (pixelated || zoom >= 0.5)
        {
            image.SaveAsPng(png);
        }
        else
        {
            // Twice the shown size, so it stays sharp on high-density screens.
            using Image smaller = image.Clone(x => x.Resize(2 * shownWidth, 2 * shownHeight));
            smaller.SaveAsPng(png);
        }
        string sized = $"{width}x{height}";
        return new ImagePicture(png.ToArray(), width, height, shownWidth, shownHeight, pixelated,
            string.IsNullOrEmpty(caption) ? sized : $"{caption}, {sized}");
    }

    public string ToHtml() =>
        $"""<figure style="display:inline-block;margin:4px 12px 4px 0;text-align:center;vertical-align:top">""" +
        $"""<img src="data:image/png;base64,{Convert.ToBase64String(Png)}" width="{ShownWidth}" height="{ShownHeight}" """ +
        $"""style="image-rendering:{(Pixelated ? "pixelated" : "auto")};outline:1px solid #ccc" alt="{Escape(Caption)}"/>""" +
        $"<figcaption>{Escape(Caption)}</figcaption>" +
        "</figure>";

    private static string Escape(string text) => System.Net.WebUtility.HtmlEncode(text);
}
