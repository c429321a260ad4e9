using NeuralNetLessons.Data;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;
using static TorchSharp.torch;

namespace NeuralNetLessons.Images;

/// <summary>
/// Makes an MNIST digit look like a phone photo of a handwritten one: large, dark blue-black ink on
/// slightly yellow paper lit unevenly, a little noisy, off-centre and slightly rotated, saved as
/// JPEG. It stands in for a learner's own photo, so the preparation steps have real work to do.
/// </summary>
public static class SampleDigitPhoto
{
    /// <summary>The photo's width and height: portrait, 3:4, as a phone holds it.</summary>
    public const int Width = 900, Height = 1200;

    /// <summary>How many photo pixels one MNIST pixel becomes: the digit is about a third of the photo's height.</summary>
    public const int Enlargement = 22;

    /// <summary>How far the digit is turned, in degrees (clockwise).</summary>
    public const float Rotation = 8;

    static readonly Rgb24 Paper = new(238, 233, 218), Ink = new(28, 32, 64);

    /// <summary>
    /// The photo of <paramref name="digit"/>, a [28, 28] MNIST image: bytes, or floats in [0, 1]
    /// (white ink on black, as MNIST stores it). The noise is seeded, so the same digit always
    /// gives the same photo.
    /// </summary>
    public static Image<Rgb24> Make(Tensor digit)
    {
        ArgumentNullException.ThrowIfNull(digit);
        if (digit.dim() != 2 || digit.shape[0] != MnistImages.Side || digit.shape[1] != MnistImages.Side)
        {
            throw new ArgumentException(
                $"A sample photo is made from one MNIST digit, a [28, 28] tensor; got shape {Shape.Of(digit)}.", nameof(digit));
        }
        // The ink as a layer: MNIST's white-on-black digit, enlarged smoothly and turned; the
        // corners the turn adds are black, which is no ink.
        using Image<L8> ink = Image.LoadPixelData<L8>(TensorValues.Greys(digit), MnistImages.Side, MnistImages.Side);
        int side = MnistImages.Side * Enlargement;
        ink.Mutate(x => x.Resize(side, side, KnownResamplers.Bicubic).Rotate(Rotation, KnownResamplers.Bicubic));

        // Off-centre: the digit's middle left of and below the photo's middle.
        int left = (int)(0.42 * Width) - (ink.Width / 2), top = (int)(0.56 * Height) - (ink.Height / 2);
        byte[] inkPixels = ImageBytes.Of(ink);
        var photo = new Image<Rgb24>(Width, Height);
        var noise = new Random(28);
        photo.ProcessPixelRows(rows =>
        {
            for (int y = 0; y < Height; y++)
            {
                Span<Rgb24> row = rows.GetRowSpan(y);
                for (int x = 0; x < Width; x++)
                {
                    // Light from the top left: the paper darkens by up to a fifth towards the bottom right.
                    double light = 1 - (0.2 * ((x / (double)Width) + (y / (double)Height)) / 2);
                    var (inkX, inkY) = (x - left, y - top);
                    double amount = (uint)inkX < (uint)ink.Width && (uint)inkY < (uint)ink.Height
                        ? inkPixels[(inkY * ink.Width) + inkX] / 255.0
                        : 0;
                    double grain = (noise.NextDouble() - 0.5) * 12;
                    row[x] = new Rgb24(
                        Mix(Paper.R * light, Ink.R, amount, grain),
                        Mix(Paper.G * light, Ink.G, amount, grain),
                        Mix(Paper.B * light, Ink.B, amount, grain));
                }
            }
        });
        return photo;
    }

    /// <summary>
    /// Makes the photo of <paramref name="digit"/> and saves it as a JPEG at <paramref name="file"/>,
    /// creating its folder; returns the file's full path. The file appears whole or not at all:
    /// it is written under a temporary name in the same folder, then renamed.
    /// </summary>
    public static string Write(Tensor digit, string file)
    {
        ArgumentException.ThrowIfNullOrEmpty(file);
        return WholeFile.Write(file, temporary =>
        {
            using Image<Rgb24> photo = Make(digit);
            photo.SaveAsJpeg(temporary, new JpegEncoder { Quality = 85 });
        });
    }

    static byte Mix(double paper, double ink, double amount, double grain) =>
        (byte)Math.Clamp(Math.Round((paper * (1 - amount)) + (ink * amount) + grain), 0, 255);
}
