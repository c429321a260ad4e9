using NeuralNetLessons.Data;
using NeuralNetLessons.Images;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.PixelFormats;
using TorchSharp;
using Xunit;
using static TorchSharp.torch;

namespace NeuralNetLessons.Tests.Images;

public class SampleDigitPhotoTests
{
    static Tensor ValidationThree() =>
        MnistImages.LoadImage(MnistImages.ListImages(Path.Combine(TestData.MnistTinyRoot, "valid", "3"))[0]);

    [Fact]
    public void The_sample_is_a_jpeg_larger_than_28x28_with_a_light_background_written_whole()
    {
        using var temp = new TempFolder();
        using Tensor three = ValidationThree();

        string file = SampleDigitPhoto.Write(three, temp.Combine("output", "sample.jpg"));

        Assert.Equal(temp.Combine("output", "sample.jpg"), file);
        Assert.Equal(["output", Path.Combine("output", "sample.jpg")], temp.Contents()); // no temporary file left
        using var stream = File.OpenRead(file);
        Assert.IsType<JpegFormat>(Image.DetectFormat(stream));
        stream.Position = 0;
        IImageInfo info = Image.Identify(stream);
        Assert.True(info.Width > 28 && info.Height > 28, $"{info.Width}x{info.Height}");
        Assert.Equal((SampleDigitPhoto.Width, SampleDigitPhoto.Height), (info.Width, info.Height));
        using PreparedDigit digit = DigitPreparation.Prepare(file);
        Assert.True(digit.Ink.LightPaper, digit.Ink.ToString());
        Assert.True(digit.Ink.PaperMean > 180, digit.Ink.ToString());
        Assert.True(digit.Ink.InkMean < 100, digit.Ink.ToString());
    }

    [Fact]
    public void The_sample_is_colour_off_centre_and_its_digit_survives_preparation()
    {
        using var temp = new TempFolder();
        using Tensor three = ValidationThree();

        string file = SampleDigitPhoto.Write(three, temp.Combine("sample.jpg"));

        using PreparedDigit digit = DigitPreparation.Prepare(file);
        Rgba32 paper = digit.Photo[10, 10];
        Assert.True(paper.R > paper.B + 10, $"yellowish paper: {paper}");
        // The digit is large, about a third of the photo's height as an MNIST pixel becomes
        // Enlargement (22) photo pixels, and off-centre: left of and below the middle.
        Assert.InRange(digit.Cropped.Height, 0.3 * SampleDigitPhoto.Height, 0.4 * SampleDigitPhoto.Height);
        var (massX, massY) = DigitPreparation.CentreOfMass(digit.InkOnBlack);
        Assert.True(massX < 0.47 * SampleDigitPhoto.Width, $"centre of mass at x {massX:0}");
        Assert.True(massY > 0.51 * SampleDigitPhoto.Height, $"centre of mass at y {massY:0}");
        // Prepared again, it is still the three it was made from (turned by a few degrees).
        using Tensor original = MnistImages.Scale(three);
        using Tensor prepared = digit.ToTensor();
        double correlation = torch.corrcoef(torch.stack([original.flatten(), prepared.flatten()]))[0, 1].item<float>();
        Assert.True(correlation > 0.6, $"correlation with the original three: {correlation:0.000}");
    }

    [Fact]
    public void Writing_again_replaces_the_file()
    {
        using var temp = new TempFolder();
        using Tensor three = ValidationThree();
        string file = temp.Combine("sample.jpg");
        File.WriteAllText(file, "an older file");

        SampleDigitPhoto.Write(three, file);

        Assert.Equal(["sample.jpg"], temp.Contents());
        using var image = PhotoFile.Read(file);
        Assert.Equal(SampleDigitPhoto.Width, image.Width);
    }

    [Fact]
    public void Only_a_28x28_digit_makes_a_sample()
    {
        using Tensor flat = torch.zeros(784);

        var error = Assert.Throws<ArgumentException>(() => SampleDigitPhoto.Make(flat));

        Assert.Contains("[784]", error.Message);
    }
}
