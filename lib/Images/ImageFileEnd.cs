using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;

namespace NeuralNetLessons.Images;

/// <summary>
/// Whether a PNG or JPEG file is whole. ImageSharp 2.1 decodes a cut-off file without complaint and
/// fills what is missing with black, which would look like ink; so the file's own structure is walked
/// to its end marker first. Only lengths and markers are read, never pixel data.
/// </summary>
internal static class ImageFileEnd
{
    public static bool IsComplete(IImageFormat format, Stream stream) => format switch
    {
        PngFormat => PngReachesIend(stream),
        JpegFormat => JpegReachesEoi(stream),
        _ => throw new NotSupportedException($"Cannot check the end of a {format.Name} file."),
    };

    /// <summary>A PNG is a signature, then chunks (length, type, data, CRC) up to the IEND chunk.</summary>
    static bool PngReachesIend(Stream stream)
    {
        long position = 8;
        Span<byte> header = stackalloc byte[8];
        while (true)
        {
            stream.Position = position;
            if (stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false) < header.Length)
            {
                return false;
            }
            long length = (uint)((header[0] << 24) | (header[1] << 16) | (header[2] << 8) | header[3]);
            if (header[4..].SequenceEqual("IEND"u8))
            {
                return true;
            }
            position += 8 + length + 4;
            if (position > stream.Length)
            {
                return false;
            }
        }
    }

    /// <summary>
    /// A JPEG is a start marker, then segments (marker, length, data); after each start-of-scan
    /// segment comes compressed data, in which a 0xFF byte is followed by 0x00 or a restart marker,
    /// until the next marker. A whole file reaches the end-of-image marker (0xFF 0xD9). Segments are
    /// skipped by their length, so a thumbnail's own end marker inside the metadata does not count.
    /// </summary>
    static bool JpegReachesEoi(Stream file)
    {
        var stream = new BufferedStream(file, 1 << 16);
        stream.Position = 2;
        while (true)
        {
            int marker = NextMarker(stream);
            switch (marker)
            {
                case < 0:
                    return false;
                case 0xD9:
                    return true;
                case 0x01 or (>= 0xD0 and <= 0xD7):
                    continue; // markers without a length
            }
            int high = stream.ReadByte(), low = stream.ReadByte();
            if (low < 0)
            {
                return false;
            }
            long next = stream.Position + ((high << 8) | low) - 2;
            if (next > stream.Length)
            {
                return false;
            }
            stream.Position = next;
            if (marker == 0xDA && !SkipScanData(stream))
            {
                return false;
            }
        }
    }

    /// <summary>Reads up to and including the next marker's 0xFF bytes; returns the marker code, or -1 at the end of the file.</summary>
    static int NextMarker(Stream stream)
    {
        int b = stream.ReadByte();
        if (b != 0xFF)
        {
            return -1;
        }
        while (b == 0xFF)
        {
            b = stream.ReadByte();
        }
        return b;
    }

    /// <summary>Skips compressed scan data; leaves the stream at the 0xFF of the marker that ends it.</summary>
    static bool SkipScanData(Stream stream)
    {
        while (true)
        {
            int b = stream.ReadByte();
            if (b < 0)
            {
                return false;
            }
            if (b != 0xFF)
            {
                continue;
            }
            int next = stream.ReadByte();
            while (next == 0xFF)
            {
                next = stream.ReadByte();
            }
            if (next < 0)
            {
                return false;
            }
            if (next != 0x00 && next is not (>= 0xD0 and <= 0xD7))
            {
                stream.Position -= 2;
                return true;
            }
        }
    }
}
