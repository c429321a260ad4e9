using NeuralNetLessons.Data;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;
using TorchSharp;
using static TorchSharp.torch;

namespace NeuralNetLessons.Images;

/// <summary>
/// Turns a photo of a handwritten digit into a 28x28 picture prepared the way MNIST's digits were:
/// black-and-white ink, scaled to fit a 20x20 box keeping its proportions (which gives its edges
/// grey levels), then placed in a 28x28 field so that its centre of mass is at the centre, white
/// ink on black. Each step is a method of its own, so a notebook can show them one by one;
/// <see cref="Prepare"/> runs them all.
/// </summary>
public static class DigitPreparation
{
    /// <summary>The side of the box the digit is scaled to fit, as in MNIST.</summary>
    public const int Box = 20;

    /// <summary>The side of the field the digit is placed in, as in MNIST.</summary>
    public const int Field = MnistImages.Side;

    /// <summary>
    /// Blobs of ink smaller than this share of the largest blob are taken as specks (dust, a crumb
    /// of toner, JPEG noise) and removed; left in, a single speck in a corner would stretch the
    /// digit's box to the whole page.
    /// </summary>
    public const double SpeckShare = 0.01;

    /// <summary>
    /// Reads <paramref name="file"/> (see <see cref="PhotoFile.Read"/>) and runs every step, keeping
    /// each step's picture. An error names the file: missing, not a PNG or JPEG, too large,
    /// incomplete, or showing no ink.
    /// </summary>
    public static PreparedDigit Prepare(string file)
    {
        ArgumentException.ThrowIfNullOrEmpty(file);
        string full = Path.GetFullPath(file);
        Image<Rgba32> photo = PhotoFile.Read(full);
        var made = new List<IDisposable> { photo };
        try
        {
            Image<L8> grey = Track(Grey(photo), made);
            InkLevels ink = FindInk(grey, full);
            Image<L8> inkOnBlack = Track(InkOnBlack(grey, ink), made);
            Image<L8> cropped = Track(CropToInk(inkOnBlack), made);
            Image<L8> scaled = Track(ScaleToBox(cropped), made);
            Image<L8> centred = Track(CentreByMass(scaled), made);
            return new PreparedDigit(full, photo, grey, ink, inkOnBlack, cropped, scaled, centred);
        }
        catch
        {
            made.ForEach(image => image.Dispose());
            throw;
        }
    }

    /// <summary>
    /// Step 1: one brightness per pixel. Transparent parts count as white paper (a digit drawn in
    /// a paint program often has no background at all); colour becomes brightness the way the eye
    /// weighs it (ImageSharp's <see cref="L8"/>: mostly green, some red, little blue).
    /// </summary>
    public static Image<L8> Grey(Image<Rgba32> photo)
    {
        ArgumentNullException.ThrowIfNull(photo);
        using Image<Rgba32> onWhite = photo.Clone(x => x.BackgroundColor(Color.White));
        return onWhite.CloneAs<L8>();
    }

    /// <summary>
    /// Step 2: which grey levels are ink (see <see cref="InkLevels"/>). A picture whose two groups
    /// are too alike to be ink and paper, such as a blank page, is an error naming
    /// <paramref name="source"/> (the file the picture came from) when given.
    /// </summary>
    public static InkLevels FindInk(Image<L8> grey, string? source = null)
    {
        InkLevels ink = InkLevels.Of(grey);
        if (!ink.HasInk)
        {
            string what = source is null ? "The picture" : Path.GetFullPath(source);
            throw new InvalidDataException(
                $"{what} shows no ink: its darker and lighter pixels differ by only {ink.Contrast:0} grey levels on average, " +
                $"and ink on paper differs by at least {InkLevels.MinimumContrast:0}. Is it a blank page? " +
                "Expected dark ink on light paper (or light on dark).");
        }
        return ink;
    }

    /// <summary>
    /// Step 3: white ink on black, as MNIST stores digits. Every pixel on the ink's side of the
    /// threshold becomes 255 and every other pixel 0, so shadows, paper texture and JPEG noise
    /// vanish; on light paper that is the inversion (dark ink becomes white). MNIST started from
    /// such black-and-white scans too. Specks (see <see cref="SpeckShare"/>) are removed.
    /// </summary>
    public static Image<L8> InkOnBlack(Image<L8> grey, InkLevels ink)
    {
        ArgumentNullException.ThrowIfNull(grey);
        ArgumentNullException.ThrowIfNull(ink);
        var pixels = ImageBytes.Of(grey);
        for (int i = 0; i < pixels.Length; i++)
        {
            pixels[i] = ink.IsInk(pixels[i]) ? (byte)255 : (byte)0;
        }
        InkBlobs.RemoveSpecks(pixels, grey.Width, grey.Height, SpeckShare);
        return Image.LoadPixelData<L8>(pixels, grey.Width, grey.Height);
    }

    /// <summary>Step 4: the smallest rectangle holding every ink pixel (every pixel that is not black).</summary>
    public static Image<L8> CropToInk(Image<L8> inkOnBlack)
    {
        ArgumentNullException.ThrowIfNull(inkOnBlack);
        var (width, height) = (inkOnBlack.Width, inkOnBlack.Height);
        var pixels = ImageBytes.Of(inkOnBlack);
        int left = width, right = -1, top = height, bottom = -1;
        for (int y = 0; y < height; y++)
        {
            for (int x = 0; x < width; x++)
            {
                if (pixels[(y * width) + x] > 0)
                {
                    (left, right) = (Math.Min(left, x), Math.Max(right, x));
                    (top, bottom) = (Math.Min(top, y), Math.Max(bottom, y));
                }
            }
        }
        if (right < 0)
        {
            throw new InvalidDataException($"The {width}x{height} picture is all black: there is no ink to crop to.");
        }
        return inkOnBlack.Clone(x => x.Crop(new Rectangle(left, top, right - left + 1, bottom - top + 1)));
    }

    /// <summary>
    /// Step 5: the longer side scaled to <see cref="Box"/> pixels and the other in proportion, so a
    /// 1 stays narrow. The triangle filter averages each new pixel over the old pixels it covers,
    /// without overshoot, which gives the grey edges MNIST's digits have. A thin pen line shrunk
    /// this much comes out faint, so the brightest pixel is stretched to 255, as MNIST's ink is.
    /// </summary>
    public static Image<L8> ScaleToBox(Image<L8> cropped)
    {
        ArgumentNullException.ThrowIfNull(cropped);
        double scale = (double)Box / Math.Max(cropped.Width, cropped.Height);
        int width = Math.Max(1, (int)Math.Round(cropped.Width * scale));
        int height = Math.Max(1, (int)Math.Round(cropped.Height * scale));
        using Image<L8> scaled = cropped.Clone(x => x.Resize(width, height, KnownResamplers.Triangle));
        var pixels = ImageBytes.Of(scaled);
        int brightest = pixels.Max();
        if (brightest is > 0 and < 255)
        {
            for (int i = 0; i < pixels.Length; i++)
            {
                pixels[i] = (byte)Math.Round(pixels[i] * 255.0 / brightest);
            }
        }
        return Image.LoadPixelData<L8>(pixels, width, height);
    }

    /// <summary>
    /// Step 6: a black <see cref="Field"/>x<see cref="Field"/> picture with the digit placed so that
    /// its centre of mass (the brightness-weighted mean position) lands on the middle, to the
    /// nearest whole pixel, as MNIST did. Centring by mass rather than by box keeps a 7's heavy bar
    /// where a 7's bar usually is. If that would push ink over an edge, the digit moves back in
    /// just enough: no ink is cut off.
    /// </summary>
    public static Image<L8> CentreByMass(Image<L8> scaled)
    {
        ArgumentNullException.ThrowIfNull(scaled);
        var (width, height) = (scaled.Width, scaled.Height);
        if (width > Field || height > Field)
        {
            throw new ArgumentException($"A {width}x{height} picture does not fit a {Field}x{Field} field: scale it with ScaleToBox first.", nameof(scaled));
        }
        var (massX, massY) = CentreOfMass(scaled);
        const double middle = (Field - 1) / 2.0; // pixel centres run from 0 to 27
        int left = Math.Clamp((int)Math.Round(middle - massX), 0, Field - width);
        int top = Math.Clamp((int)Math.Round(middle - massY), 0, Field - height);

        var source = ImageBytes.Of(scaled);
        var field = new byte[Field * Field];
        for (int y = 0; y < height; y++)
        {
            source.AsSpan(y * width, width).CopyTo(field.AsSpan(((top + y) * Field) + left));
        }
        return Image.LoadPixelData<L8>(field, Field, Field);
    }

    /// <summary>The brightness-weighted mean column and row of a picture (pixel centres at 0, 1, 2, ...).</summary>
    public static (double X, double Y) CentreOfMass(Image<L8> picture)
    {
        ArgumentNullException.ThrowIfNull(picture);
        var pixels = ImageBytes.Of(picture);
        double mass = 0, sumX = 0, sumY = 0;
        for (int i = 0; i < pixels.Length; i++)
        {
            mass += pixels[i];
            sumX += (double)(i % picture.Width) * pixels[i];
            sumY += (double)(i / picture.Width) * pixels[i];
        }
        if (mass == 0)
        {
            throw new InvalidDataException($"The {picture.Width}x{picture.Height} picture is all black: it has no centre of mass.");
        }
        return (sumX / mass, sumY / mass);
    }

    /// <summary>A prepared digit as the model reads it: a [28, 28] float32 tensor, brightness / 255, as MNIST's images.</summary>
    public static Tensor ToTensor(Image<L8> digit)
    {
        ArgumentNullException.ThrowIfNull(digit);
        if (digit.Width != Field || digit.Height != Field)
        {
            throw new ArgumentException($"A prepared digit is {Field}x{Field}; got {digit.Width}x{digit.Height}.", nameof(digit));
        }
        using Tensor bytes = torch.tensor(ImageBytes.Of(digit), [Field, Field], ScalarType.Byte);
        return MnistImages.Scale(bytes);
    }

    static Image<L8> Track(Image<L8> image, List<IDisposable> made)
    {
        made.Add(image);
        return image;
    }
}
