using NeuralNetLessons.Data;
using Xunit;
namespace NeuralNetLessons.Tests.Data;

/// <summary>Image checks that need no tensors: file listing and pixel bytes.</summary>
public class MnistImagesTests
{
    static string Write(TempFolder temp, string name, byte[] content)
    {
        string file = temp.Combine(name);
        File.WriteAllBytes(file, content);
        return file;
    }

    [Fact]
    public void Real_image_gives_784_pixels_of_a_handwritten_digit()
    {
        byte[] pixels = MnistImages.LoadPixels(TestData.RealImage("train/3", "7463.png"));

        Assert.Equal(28 * 28, pixels.Length);
        Assert.Contains((byte)0, pixels);               // background
        Assert.Contains(pixels, value => value > 200);  // ink
    }

    [Fact]
    public void Pixels_come_row_by_row()
    {
        using var temp = new TempFolder();
        string file = Write(temp, "ramp.png", TestImages.GreyPng());

        byte[] pixels = MnistImages.LoadPixels(file);

        Assert.Equal((byte)((3 + 1) * 4), pixels[(1 * 28) + 3]); // x = 3, y = 1
        Assert.Equal((byte)(54 * 4), pixels[^1]);
    }

    [Fact]
    public void Corrupt_bytes_are_an_error_naming_the_file()
    {
        using var temp = new TempFolder();
        byte[] png = TestImages.GreyPng();
        for (int i = 40; i < png.Length - 12; i++)
        {
            png[i] ^= 0x5A;
        }
        string file = Write(temp, "corrupt.png", png);

        var error = Assert.Throws<InvalidDataException>(() => MnistImages.LoadPixels(file));

        Assert.Contains(file, error.Message);
    }

    [Fact]
    public void Truncated_PNG_is_an_error_naming_the_file()
    {
        using var temp = new TempFolder();
        byte[] real = File.ReadAllBytes(TestData.RealImage("train/3", "7463.png"));
        string file = Write(temp, "truncated.png", real[..(real.Length / 2)]);

        var error = Assert.Throws<InvalidDataException>(() => MnistImages.LoadPixels(file));

        Assert.Contains(file, error.Message);
    }

    [Fact]
    public void Wrong_size_is_an_error()
    {
        using var temp = new TempFolder();
        string file = Write(temp, "narrow.png", TestImages.GreyPng(width: 27));

        var error = Assert.Throws<InvalidDataException>(() => MnistImages.LoadPixels(file));

        Assert.Equal($"{file} is 27x28, expected 28x28.", error.Message);
    }

    [Fact]
    public void Colour_PNG_is_an_error()
    {
        using var temp = new TempFolder();
        string file = Write(temp, "colour.png", TestImages.RgbPng());

        var error = Assert.Throws<InvalidDataException>(() => MnistImages.LoadPixels(file));

        Assert.Equal($"{file} is RGB, expected 8-bit greyscale.", error.Message);
    }

    [Fact]
    public void Grey_with_alpha_PNG_is_an_error()
    {
        using var temp = new TempFolder();
        string file = Write(temp, "alpha.png", TestImages.GreyAlphaPng());

        var error = Assert.Throws<InvalidDataException>(() => MnistImages.LoadPixels(file));

        Assert.Equal($"{file} is greyscale with alpha, expected 8-bit greyscale.", error.Message);
    }

    [Fact]
    public void Text_file_is_not_a_PNG()
    {
        using var temp = new TempFolder();
        string file = Write(temp, "notes.png", "name,label\n"u8.ToArray());

        var error = Assert.Throws<InvalidDataException>(() => MnistImages.LoadPixels(file));

        Assert.Equal($"{file} is not a PNG.", error.Message);
    }

    [Fact]
    public void JPEG_is_not_a_PNG()
    {
        using var temp = new TempFolder();
        string file = Write(temp, "photo.png", TestImages.Jpeg());

        var error = Assert.Throws<InvalidDataException>(() => MnistImages.LoadPixels(file));

        Assert.Equal($"{file} is not a PNG.", error.Message);
    }

    [Fact]
    public void Images_are_listed_in_ordinal_order_like_Python()
    {
        using var temp = new TempFolder();
        foreach (string name in new[] { "7030.png", "7.png", "10.png", "notes.txt" })
        {
            File.WriteAllText(temp.Combine(name), "");
        }

        string[] files = MnistImages.ListImages(temp.Path);

        Assert.Equal(["10.png", "7.png", "7030.png"], files.Select(Path.GetFileName));
    }

    [Fact]
    public void Real_folder_lists_all_346_threes_starting_with_7_then_7030()
    {
        string[] files = MnistImages.ListImages(Path.Combine(TestData.MnistTinyRoot, "train", "3"));

        Assert.Equal(346, files.Length);
        Assert.Equal(["7.png", "7030.png"], files.Take(2).Select(Path.GetFileName));
    }

    [Fact]
    public void Missing_folder_is_an_error_naming_it()
    {
        using var temp = new TempFolder();
        string missing = temp.Combine("train", "3");

        var error = Assert.Throws<DirectoryNotFoundException>(() => MnistImages.ListImages(missing));

        Assert.Contains(missing, error.Message);
    }
}
