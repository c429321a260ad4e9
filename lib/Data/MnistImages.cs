using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.PixelFormats;
using TorchSharp;
using static TorchSharp.torch;

namespace NeuralNetLessons.Data;

/// <summary>
/// Reads MNIST's 28x28 8-bit greyscale PNGs into bytes and tensors. Decodes PNG only, and checks
/// each file before trusting it; a bad file gives an <see cref="InvalidDataException"/> naming it.
/// </summary>
public static class MnistImages
{
    /// <summary>Width and height of an MNIST image.</summary>
    public const int Side = 28;

    /// <summary>An ImageSharp configuration that knows PNG and nothing else.</summary>
    static readonly Configuration PngOnly = new(new PngConfigurationModule());

    /// <summary>The PNG files in a folder, sorted ordinally as Python sorts paths: 7.png before 7030.png.</summary>
    public static string[] ListImages(string classFolder)
    {
        if (!Directory.Exists(classFolder))
        {
            throw new DirectoryNotFoundException($"Image folder {Path.GetFullPath(classFolder)} does not exist.");
        }
        string[] files = Directory.GetFiles(classFolder, "*.png");
        Array.Sort(files, StringComparer.Ordinal);
        return files;
    }

    /// <summary>The 28*28 pixel values of one image, row by row, 0 = black, 255 = white.</summary>
    public static byte[] LoadPixels(string file)
    {
        byte[] data = File.ReadAllBytes(file);
        if (Image.DetectFormat(PngOnly, data) is null)
        {
            throw Bad(file, "is not a PNG");
        }
        try
        {
            IImageInfo? info = Image.Identify(PngOnly, new MemoryStream(data))
                ?? throw Bad(file, "is not a readable PNG");
            if (info.Width != Side || info.Height != Side)
            {
                throw Bad(file, $"is {info.Width}x{info.Height}, expected {Side}x{Side}");
            }
            PngMetadata png = info.Metadata.GetPngMetadata();
            if (png.ColorType != PngColorType.Grayscale || png.BitDepth != PngBitDepth.Bit8)
            {
                throw Bad(file, $"is {Describe(png)}, expected 8-bit greyscale");
            }

            using Image<L8> image = Image.Load<L8>(PngOnly, data);
            return ImageBytes.Of(image);
        }
        catch (Exception e) when (e is ImageFormatException or NotSupportedException)
        {
            throw Bad(file, $"is not a readable PNG ({e.Message})", e);
        }
    }

    /// <summary>One image as a [28, 28] uint8 tensor.</summary>
    public static Tensor LoadImage(string file) =>
        torch.tensor(LoadPixels(file), [Side, Side], ScalarType.Byte);

    /// <summary>All PNGs of a folder, in <see cref="ListImages"/> order, as one [N, 28, 28] uint8 tensor.</summary>
    public static Tensor LoadFolder(string classFolder)
    {
        string[] files = ListImages(classFolder);
        if (files.Length == 0)
        {
            throw new InvalidDataException($"Image folder {Path.GetFullPath(classFolder)} holds no PNG files.");
        }
        var all = new byte[files.Length * Side * Side];
        for (int i = 0; i < files.Length; i++)
        {
            LoadPixels(files[i]).CopyTo(all, i * Side * Side);
        }
        return torch.tensor(all, [files.Length, Side, Side], ScalarType.Byte);
    }

    /// <summary>Pixel bytes as float32 in [0, 1]: bytes / 255.</summary>
    public static Tensor Scale(Tensor bytes)
    {
        if (bytes.dtype != ScalarType.Byte)
        {
            throw new ArgumentException(
                $"Scale expects uint8 pixel values (as LoadImage and LoadFolder give), got {bytes.dtype} of shape {Shape.Of(bytes)}.",
                nameof(bytes));
        }
        // to_type makes a new tensor: divided in place, it is the one returned and none is left behind.
        return bytes.to_type(ScalarType.Float32).div_(255f);
    }

    static string Describe(PngMetadata png) => png.ColorType switch
    {
        PngColorType.Rgb => "RGB",
        PngColorType.RgbWithAlpha => "RGBA",
        PngColorType.GrayscaleWithAlpha => "greyscale with alpha",
        PngColorType.Palette => "a palette image",
        PngColorType.Grayscale => $"{BitCount(png.BitDepth)}-bit greyscale",
        _ => $"colour type {png.ColorType}",
    };

    static int BitCount(PngBitDepth? depth) => depth switch
    {
        PngBitDepth.Bit1 => 1,
        PngBitDepth.Bit2 => 2,
        PngBitDepth.Bit4 => 4,
        PngBitDepth.Bit8 => 8,
        PngBitDepth.Bit16 => 16,
        _ => 0,
    };

    static InvalidDataException Bad(string file, string what, Exception? inner = null) =>
        new($"{Path.GetFullPath(file)} {what}.", inner);
}
