using System.Globalization;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;

namespace NeuralNetLessons.Images;

/// <summary>
/// Reads a photo or scan of a handwritten digit: a PNG or JPEG of any size up to <see cref="MaxPixels"/>,
/// colour or grey. A missing file gives a <see cref="FileNotFoundException"/>, anything else wrong with
/// it an <see cref="InvalidDataException"/>; both name the file and say what was expected.
/// </summary>
public static class PhotoFile
{
    /// <summary>
    /// The most pixels a photo may have: 50 million, more than a phone camera's photos (12 to 50
    /// megapixels). Decoding takes 4 bytes per pixel, so the limit also caps the memory a file can
    /// ask for; a few hundred bytes of PNG can claim to be a gigapixel image.
    /// </summary>
    public const long MaxPixels = 50_000_000;

    /// <summary>
    /// Knows PNG and JPEG and nothing else: advisories have been published about crafted images in
    /// ImageSharp's decoders, and a format we never decode cannot be used against us.
    /// </summary>
    static readonly Configuration PngAndJpeg = new(new PngConfigurationModule(), new JpegConfigurationModule());

    /// <summary>
    /// The photo in <paramref name="file"/>, upright (turned as its camera's orientation tag says)
    /// and with its transparency kept. Checks, in order: the file exists; it is a PNG or JPEG; its
    /// size, read from the header before decoding, is within <see cref="MaxPixels"/>; it is complete
    /// (ImageSharp would quietly decode a cut-off file, filling the missing part with black); it decodes.
    /// </summary>
    public static Image<Rgba32> Read(string file)
    {
        ArgumentException.ThrowIfNullOrEmpty(file);
        string full = Path.GetFullPath(file);
        if (!File.Exists(full))
        {
            throw new FileNotFoundException($"There is no file {full}: expected a PNG or JPEG photo of a digit.", full);
        }

        using FileStream stream = File.OpenRead(full);
        IImageFormat format = Image.DetectFormat(PngAndJpeg, stream)
            ?? throw Bad(full, "is not a PNG or JPEG image (its first bytes are neither format's signature); save or export it as PNG or JPEG");
        try
        {
            stream.Position = 0;
            IImageInfo info = Image.Identify(PngAndJpeg, stream)
                ?? throw Bad(full, $"is not a readable {format.Name}: its header could not be read");
            long pixels = (long)info.Width * info.Height;
            if (pixels > MaxPixels)
            {
                throw Bad(full, string.Create(
                    CultureInfo.InvariantCulture,
                    $"is {info.Width}x{info.Height} pixels ({pixels / 1e6:0.#} megapixels); photos of up to {MaxPixels / 1_000_000} megapixels are accepted, so shrink it first"));
            }

            stream.Position = 0;
            if (!ImageFileEnd.IsComplete(format, stream))
            {
                throw Bad(full, $"is an incomplete {format.Name}: its data breaks off before the image's end marker (was it copied or downloaded only in part?)");
            }

            stream.Position = 0;
            Image<Rgba32> image = Image.Load<Rgba32>(PngAndJpeg, stream);
            image.Mutate(x => x.AutoOrient());
            return image;
        }
        catch (Exception e) when (e is ImageFormatException or NotSupportedException or EndOfStreamException)
        {
            throw Bad(full, $"is not a readable {format.Name} ({e.Message})", e);
        }
    }

    static InvalidDataException Bad(string file, string what, Exception? inner = null) =>
        new($"{file} {what}.", inner);
}
