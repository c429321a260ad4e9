using System.Buffers.Binary;
using System.Diagnostics;
using NeuralNetLessons.Images;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.PixelFormats;
using Xunit;

namespace NeuralNetLessons.Tests.Images;

/// <summary>Every way a photo file can be wrong gives an error that names the file and says what was expected.</summary>
public class PhotoFileTests
{
    [Fact]
    public void A_missing_file_is_an_error_naming_it()
    {
        using var temp = new TempFolder();
        string file = temp.Combine("not-there.jpg");

        var error = Assert.Throws<FileNotFoundException>(() => DigitPreparation.Prepare(file));

        Assert.Contains(file, error.Message);
        Assert.Contains("PNG or JPEG", error.Message);
    }

    [Fact]
    public void A_blank_page_is_an_error_naming_the_file()
    {
        using var temp = new TempFolder();
        // Paper lit unevenly (60 levels darker in one corner), grainy, saved as JPEG: no ink anywhere.
        using var page = new Image<L8>(400, 300);
        var random = new Random(5);
        page.ProcessPixelRows(rows =>
        {
            for (int y = 0; y < rows.Height; y++)
            {
                Span<L8> row = rows.GetRowSpan(y);
                for (int x = 0; x < row.Length; x++)
                {
                    row[x] = new L8((byte)(240 - (60 * (x + y) / 700) + random.Next(-8, 9)));
                }
            }
        });
        string file = DrawnDigits.SaveJpeg(page, temp.Combine("blank.jpg"));

        var error = Assert.Throws<InvalidDataException>(() => DigitPreparation.Prepare(file));

        Assert.Contains(file, error.Message);
        Assert.Contains("no ink", error.Message);
    }

    [Fact]
    public void A_file_that_is_not_an_image_is_an_error_naming_it()
    {
        using var temp = new TempFolder();
        string file = temp.Combine("digit.jpg");
        File.WriteAllText(file, "not a picture, whatever its name says");

        var error = Assert.Throws<InvalidDataException>(() => DigitPreparation.Prepare(file));

        Assert.Contains(file, error.Message);
        Assert.Contains("not a PNG or JPEG", error.Message);
    }

    [Fact]
    public void A_format_other_than_png_and_jpeg_is_not_decoded()
    {
        using var temp = new TempFolder();
        using var page = DrawnDigits.Grey(DrawnDigits.Seven);
        string file = temp.Combine("seven.bmp");
        page.SaveAsBmp(file);

        var error = Assert.Throws<InvalidDataException>(() => DigitPreparation.Prepare(file));

        Assert.Contains(file, error.Message);
        Assert.Contains("not a PNG or JPEG", error.Message);
    }

    [Theory]
    [InlineData("png")]
    [InlineData("jpg")]
    public void A_cut_off_file_is_an_error_naming_it(string extension)
    {
        using var temp = new TempFolder();
        using var page = DrawnDigits.Grey(DrawnDigits.Seven);
        string whole = temp.Combine($"whole.{extension}");
        if (extension == "png")
        {
            DrawnDigits.SavePng(page, whole);
        }
        else
        {
            DrawnDigits.SaveJpeg(page, whole);
        }
        byte[] bytes = File.ReadAllBytes(whole);
        string file = temp.Combine($"cut.{extension}");
        // ImageSharp decodes a cut-off file without complaint, the missing part black.
        File.WriteAllBytes(file, bytes[..(bytes.Length * 3 / 4)]);

        var error = Assert.Throws<InvalidDataException>(() => DigitPreparation.Prepare(file));

        Assert.Contains(file, error.Message);
        Assert.Contains("incomplete", error.Message);
        using PreparedDigit fromWhole = DigitPreparation.Prepare(whole); // the whole file is fine
    }

    [Fact]
    public void A_huge_jpeg_is_refused_from_its_header_without_decoding()
    {
        using var temp = new TempFolder();
        string file = temp.Combine("huge.jpg");
        File.WriteAllBytes(file, JpegClaiming(60_000, 40_000));

        var clock = Stopwatch.StartNew();
        var error = Assert.Throws<InvalidDataException>(() => DigitPreparation.Prepare(file));

        Assert.Contains(file, error.Message);
        Assert.Contains("60000x40000", error.Message);
        Assert.Contains("2400 megapixels", error.Message);
        Assert.Contains($"up to {PhotoFile.MaxPixels / 1_000_000} megapixels", error.Message);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}: it must not decode 2.4 gigapixels");
    }

    [Fact]
    public void A_huge_png_is_refused_from_its_header_without_decoding()
    {
        using var temp = new TempFolder();
        string file = temp.Combine("huge.png");
        File.WriteAllBytes(file, PngClaiming(100_000, 100_000));

        var error = Assert.Throws<InvalidDataException>(() => DigitPreparation.Prepare(file));

        Assert.Contains(file, error.Message);
        Assert.Contains("100000x100000", error.Message);
        Assert.Contains("megapixels", error.Message);
    }

    [Fact]
    public void The_limit_counts_pixels_not_the_length_of_a_side()
    {
        using var temp = new TempFolder();
        using var strip = new Image<L8>(20_000, 3, new L8(200));
        string file = DrawnDigits.SavePng(strip, temp.Combine("strip.png"));

        using Image<Rgba32> read = PhotoFile.Read(file);

        Assert.Equal((20_000, 3), (read.Width, read.Height));
    }

    [Fact]
    public void A_photo_taken_sideways_is_turned_upright()
    {
        using var temp = new TempFolder();
        using var page = DrawnDigits.Grey(DrawnDigits.Seven);
        page.Metadata.ExifProfile = new ExifProfile();
        page.Metadata.ExifProfile.SetValue(ExifTag.Orientation, (ushort)6); // "turn 90 degrees clockwise to view"
        string file = DrawnDigits.SaveJpeg(page, temp.Combine("sideways.jpg"));

        using Image<Rgba32> read = PhotoFile.Read(file);

        Assert.Equal((400, 300), (read.Width, read.Height));
    }

    /// <summary>A small real JPEG whose frame header claims <paramref name="width"/> x <paramref name="height"/>.</summary>
    static byte[] JpegClaiming(int width, int height)
    {
        using var small = new Image<L8>(16, 16, new L8(128));
        using var stream = new MemoryStream();
        small.SaveAsJpeg(stream);
        byte[] jpeg = stream.ToArray();
        // Walk the segments to the start-of-frame (0xFFC0): length, precision, height, width.
        for (int at = 2; ; at += 2 + BinaryPrimitives.ReadUInt16BigEndian(jpeg.AsSpan(at + 2)))
        {
            if (jpeg[at + 1] == 0xC0)
            {
                BinaryPrimitives.WriteUInt16BigEndian(jpeg.AsSpan(at + 5), (ushort)height);
                BinaryPrimitives.WriteUInt16BigEndian(jpeg.AsSpan(at + 7), (ushort)width);
                return jpeg;
            }
        }
    }

    /// <summary>A PNG signature and header chunk claiming <paramref name="width"/> x <paramref name="height"/> grey pixels, then IEND: a few dozen bytes.</summary>
    static byte[] PngClaiming(int width, int height)
    {
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth; colour type 0 (grey), compression, filter, interlace all 0
        return [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, .. Chunk("IHDR", header), .. Chunk("IEND", [])];
    }

    static byte[] Chunk(string type, byte[] data)
    {
        byte[] typeAndData = [.. type.Select(c => (byte)c), .. data];
        var chunk = new byte[4 + typeAndData.Length + 4];
        BinaryPrimitives.WriteInt32BigEndian(chunk, data.Length);
        typeAndData.CopyTo(chunk, 4);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(4 + typeAndData.Length), Crc32(typeAndData));
        return chunk;
    }

    /// <summary>PNG's CRC-32 (polynomial 0xEDB88320), bit by bit.</summary>
    static uint Crc32(byte[] bytes)
    {
        uint crc = 0xFFFFFFFF;
        foreach (byte b in bytes)
        {
            crc ^= b;
            for (int bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320 : crc >> 1;
            }
        }
        return ~crc;
    }
}
