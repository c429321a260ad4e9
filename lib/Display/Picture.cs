using System.Net;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Processing;

namespace NeuralNetLessons.Display;

/// <summary>
/// A picture a notebook shows: an image kept as PNG bytes, its size in pixels, and a caption whose
/// lines are separated by '\n'. Every picture is shown at one scale, so the same 28x28 digit has
/// the same size wherever it appears: a small image is enlarged <see cref="Zoom"/> times with sharp
/// square pixels, a larger one by fewer whole pixels, and one larger than <see cref="LargestSide"/>
/// (a photo) is shrunk to fit, and stored shrunk: the notebook keeps a small PNG, not the camera's
/// megapixels.
/// </summary>
public class Picture : IHtmlShown
{
    /// <summary>
    /// How many screen pixels one pixel of a small image takes: a 28x28 digit shows at 168x168,
    /// large enough to read from the back of a room when the notebook is projected.
    /// </summary>
    public const int Zoom = 6;

    /// <summary>The most screen pixels a picture takes on its longer side.</summary>
    public const int LargestSide = 168;

    private protected Picture(Image image, string? caption)
    {
        ArgumentNullException.ThrowIfNull(image);
        (Width, Height, Caption) = (image.Width, image.Height, caption);
        int longer = Math.Max(Width, Height);
        double zoom = longer <= LargestSide ? Math.Min(Zoom, LargestSide / longer) : (double)LargestSide / longer;
        ShownWidth = Math.Max(1, (int)Math.Round(Width * zoom));
        ShownHeight = Math.Max(1, (int)Math.Round(Height * zoom));
        Pixelated = zoom >= 2;
        using var png = new MemoryStream();
        if (zoom >= 0.5)
        {
            image.SaveAsPng(png);
        }
        else
        {
            // Twice the shown size, so it stays sharp on high-density screens.
            using Image smaller = image.Clone(x => x.Resize(2 * ShownWidth, 2 * ShownHeight));
            smaller.SaveAsPng(png);
        }
        Png = png.ToArray();
    }

    /// <summary>The image as PNG, at its own size or, for a large image, shrunk to twice the shown size.</summary>
    public byte[] Png { get; }

    /// <summary>The image's width in pixels.</summary>
    public int Width { get; }

    /// <summary>The image's height in pixels.</summary>
    public int Height { get; }

    /// <summary>The caption shown below the picture, one line per '\n'; null for none.</summary>
    public string? Caption { get; }

    internal int ShownWidth { get; }

    internal int ShownHeight { get; }

    /// <summary>Whether the picture is enlarged with sharp square pixels rather than smoothed.</summary>
    internal bool Pixelated { get; }

    /// <summary>
    /// Any ImageSharp image, such as a photo or a step of preparing a digit, with its size in pixels
    /// at the end of the caption ("photo, 900x1200").
    /// </summary>
    internal static Picture Of(Image image, string? caption = null)
    {
        ArgumentNullException.ThrowIfNull(image);
        string size = $"{image.Width}x{image.Height}";
        return new Picture(image, string.IsNullOrEmpty(caption) ? size : $"{caption}, {size}");
    }

    /// <summary>A figure: the picture at its shown size, its caption below, one line per line; well-formed XML.</summary>
    public string ToHtml()
    {
        string alt = WebUtility.HtmlEncode(Caption?.Replace('\n', ' ') ?? "picture");
        string caption = Caption is null
            ? ""
            : $"<figcaption>{string.Join("<br/>", Caption.Split('\n').Select(WebUtility.HtmlEncode))}</figcaption>";
        return """<figure style="display:inline-block;vertical-align:top;margin:4px 12px 4px 0;text-align:center;font-size:9pt;line-height:1.3">""" +
            $"""<img src="data:image/png;base64,{Convert.ToBase64String(Png)}" width="{ShownWidth}" height="{ShownHeight}" """ +
            $"""style="image-rendering:{(Pixelated ? "pixelated" : "auto")};outline:1px solid #ccc" alt="{alt}"/>{caption}</figure>""";
    }
}
