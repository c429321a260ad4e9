using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.PixelFormats;

namespace NeuralNetLessons.Tests.Images;

/// <summary>
/// Handwriting drawn pixel by pixel (the tests have no drawing library): strokes are thick line
/// segments with round ends, every pixel within half the pen's width of the segment is ink.
/// </summary>
static class DrawnDigits
{
    /// <summary>A 7 on a 300x400 page: a bar along the top and a stem down to the bottom left, drawn with a 28-pixel pen.</summary>
    public static readonly (PointF From, PointF To)[] Seven =
    [
        (new(70, 80), new(230, 80)),
        (new(230, 80), new(120, 330)),
    ];

    /// <summary>A 3 on a 300x400 page: three bars joined on the right.</summary>
    public static readonly (PointF From, PointF To)[] Three =
    [
        (new(80, 70), new(220, 70)),
        (new(220, 70), new(220, 330)),
        (new(120, 200), new(220, 200)),
        (new(80, 330), new(220, 330)),
    ];

    public const int Width = 300, Height = 400, Pen = 28;

    /// <summary>The strokes in <paramref name="ink"/> on a page of <paramref name="paper"/>.</summary>
    public static Image<TPixel> Draw<TPixel>((PointF From, PointF To)[] strokes, TPixel paper, TPixel ink, int width = Width, int height = Height)
        where TPixel : unmanaged, IPixel<TPixel>
    {
        var image = new Image<TPixel>(width, height, paper);
        for (int y = 0; y < height; y++)
        {
            for (int x = 0; x < width; x++)
            {
                if (strokes.Any(s => Distance(new PointF(x, y), s.From, s.To) <= Pen / 2f))
                {
                    image[x, y] = ink;
                }
            }
        }
        return image;
    }

    /// <summary>A grey page: dark ink on light paper, or (with <paramref name="lightInk"/>) light ink on dark paper.</summary>
    public static Image<L8> Grey((PointF From, PointF To)[] strokes, bool lightInk = false) =>
        lightInk ? Draw(strokes, new L8(25), new L8(235)) : Draw(strokes, new L8(235), new L8(25));

    public static string SavePng(Image image, string file)
    {
        image.SaveAsPng(file);
        return file;
    }

    public static string SaveJpeg(Image image, string file, int quality = 75)
    {
        image.SaveAsJpeg(file, new JpegEncoder { Quality = quality });
        return file;
    }

    static float Distance(PointF p, PointF a, PointF b)
    {
        float dx = b.X - a.X, dy = b.Y - a.Y;
        float along = Math.Clamp((((p.X - a.X) * dx) + ((p.Y - a.Y) * dy)) / ((dx * dx) + (dy * dy)), 0, 1);
        float nearestX = a.X + (along * dx) - p.X, nearestY = a.Y + (along * dy) - p.Y;
        return MathF.Sqrt((nearestX * nearestX) + (nearestY * nearestY));
    }
}
