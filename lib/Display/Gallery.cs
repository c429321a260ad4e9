using System.Net;

namespace NeuralNetLessons;

/// <summary>
/// One picture of a <see cref="Gallery"/>: PNG bytes, the image's size in pixels, and a caption
/// whose lines are separated by '\n'. Grey pictures and weight pictures both turn into one.
/// </summary>
public sealed record GalleryPicture(byte[] Png, int Width, int Height, string? Caption)
{
    public static implicit operator GalleryPicture(GreyPicture picture) =>
        new(picture.Png, picture.Width, picture.Height, picture.Caption);

    public static implicit operator GalleryPicture(WeightPicture picture) =>
        new(picture.Png, picture.Width, picture.Height, picture.Caption);

    /// <summary>
    /// A figure with the picture enlarged <see cref="GreyPicture.Zoom"/> times (sharp pixels) and
    /// its caption below, one line per line; well-formed XML.
    /// </summary>
    public string ToHtml()
    {
        string alt = WebUtility.HtmlEncode(Caption?.Replace('\n', ' ') ?? "picture");
        string caption = Caption is null
            ? ""
            : $"""<figcaption style="font-size:9pt;line-height:1.3">{string.Join("<br/>", Caption.Split('\n').Select(WebUtility.HtmlEncode))}</figcaption>""";
        return $"""<figure style="display:inline-block;margin:4px 12px 4px 0;text-align:center">""" +
            $"""<img src="data:image/png;base64,{Convert.ToBase64String(Png)}" width="{Width * GreyPicture.Zoom}" height="{Height * GreyPicture.Zoom}" """ +
            $"""style="image-rendering:pixelated" alt="{alt}"/>{caption}</figure>""";
    }
}

/// <summary>Pictures with their captions in a grid of <see cref="Columns"/> columns, row after row.</summary>
public sealed record Gallery
{
    public Gallery(IReadOnlyList<GalleryPicture> pictures, int columns)
    {
        ArgumentNullException.ThrowIfNull(pictures);
        if (columns < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(columns), columns, "A gallery needs at least one column.");
        }
        (Pictures, Columns) = (pictures, columns);
    }

    public IReadOnlyList<GalleryPicture> Pictures { get; }

    public int Columns { get; }

    /// <summary>The captions in order ("" for a picture without one).</summary>
    public IReadOnlyList<string> Captions => [.. Pictures.Select(p => p.Caption ?? "")];

    /// <summary>A CSS grid of figures, or a short note when the gallery is empty; well-formed XML.</summary>
    public string ToHtml() => Pictures.Count == 0
        ? "<div><em>(no pictures)</em></div>"
        : $"""<div style="display:grid;grid-template-columns:repeat({Columns},max-content);align-items:start">""" +
          string.Concat(Pictures.Select(p => p.ToHtml())) + "</div>";
}

public static partial class Show
{
    /// <summary>Pictures (grey or weight pictures, mixed) in a grid of <paramref name="columns"/> columns.</summary>
    public static Gallery Gallery(int columns, params GalleryPicture[] pictures) => new(pictures, columns);

    /// <summary>Grey pictures in a grid of <paramref name="columns"/> columns.</summary>
    public static Gallery Gallery(int columns, IEnumerable<GreyPicture> pictures) =>
        new([.. pictures.Select(p => (GalleryPicture)p)], columns);

    /// <summary>Weight pictures in a grid of <paramref name="columns"/> columns.</summary>
    public static Gallery Gallery(int columns, IEnumerable<WeightPicture> pictures) =>
        new([.. pictures.Select(p => (GalleryPicture)p)], columns);
}
