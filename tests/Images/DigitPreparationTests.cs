using NeuralNetLessons.Display;
using NeuralNetLessons.Images;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using Xunit;

namespace NeuralNetLessons.Tests.Images;

/// <summary>A digit drawn in the test goes through every step and comes out as MNIST would have it.</summary>
public class DigitPreparationTests
{
    static byte[] Pixels(Image<L8> image)
    {
        var pixels = new byte[image.Width * image.Height];
        image.CopyPixelDataTo(pixels);
        return pixels;
    }

    static byte[] Prepared(string file)
    {
        using PreparedDigit digit = DigitPreparation.Prepare(file);
        return Pixels(digit.Centred);
    }

    /// <summary>The smallest rectangle holding every non-zero pixel of a 28x28 picture: (width, height).</summary>
    static (int Width, int Height) InkBox(byte[] field)
    {
        var xs = Enumerable.Range(0, field.Length).Where(i => field[i] > 0).Select(i => i % 28).ToArray();
        var ys = Enumerable.Range(0, field.Length).Where(i => field[i] > 0).Select(i => i / 28).ToArray();
        return (xs.Max() - xs.Min() + 1, ys.Max() - ys.Min() + 1);
    }

    [Fact]
    public void A_drawn_seven_comes_out_28x28_white_on_black_its_longer_side_20_and_centred_by_mass()
    {
        using var temp = new TempFolder();
        using var page = DrawnDigits.Grey(DrawnDigits.Seven);
        string file = DrawnDigits.SavePng(page, temp.Combine("seven.png"));

        using PreparedDigit digit = DigitPreparation.Prepare(file);

        Assert.Equal((28, 28), (digit.Centred.Width, digit.Centred.Height));
        byte[] field = Pixels(digit.Centred);
        var (width, height) = InkBox(field);
        Assert.Equal(20, Math.Max(width, height));
        Assert.Equal(20, height); // the seven is taller than wide
        var (massX, massY) = DigitPreparation.CentreOfMass(digit.Centred);
        Assert.InRange(massX, 13.0, 14.0);
        Assert.InRange(massY, 13.0, 14.0);
        // White ink on black: the corners are paper, so black; the strokes reach full white; most of the field is black.
        Assert.All(new[] { field[0], field[27], field[27 * 28], field[^1] }, corner => Assert.Equal(0, corner));
        Assert.Equal(255, field.Max());
        Assert.True(field.Count(v => v == 0) > field.Length / 2, "most of the field is black");
        // The bar of the 7 is at the top of its box: the top ink row is bright across most of the width.
        int top = Enumerable.Range(0, field.Length).First(i => field[i] > 0) / 28;
        Assert.True(field.Skip((top + 1) * 28).Take(28).Count(v => v > 128) >= 10, "the seven's bar is a bright row");
        Assert.Equal(digit.Centred.Width, (int)DigitPreparation.ToTensor(digit.Centred).shape[1]);
    }

    [Fact]
    public void Every_step_keeps_its_picture_with_the_sizes_it_should_have()
    {
        using var temp = new TempFolder();
        using var page = DrawnDigits.Grey(DrawnDigits.Seven);
        string file = DrawnDigits.SavePng(page, temp.Combine("seven.png"));

        using PreparedDigit digit = DigitPreparation.Prepare(file);

        Assert.Equal(Path.GetFullPath(file), digit.File);
        Assert.Equal((300, 400), (digit.Photo.Width, digit.Photo.Height));
        Assert.Equal((300, 400), (digit.Grey.Width, digit.Grey.Height));
        Assert.Equal((300, 400), (digit.InkOnBlack.Width, digit.InkOnBlack.Height));
        Assert.True(digit.Ink.LightPaper);
        // The 7's strokes span x 70-230 and y 80-330, widened by the pen's 14-pixel radius.
        Assert.InRange(digit.Cropped.Width, 186, 190);
        Assert.InRange(digit.Cropped.Height, 276, 280);
        Assert.Equal(20, digit.Scaled.Height);
        Assert.Equal((int)Math.Round(20.0 * digit.Cropped.Width / digit.Cropped.Height), digit.Scaled.Width);
        Assert.All(Pixels(digit.InkOnBlack), v => Assert.True(v is 0 or 255));
        var row = Show.Steps(digit);
        Assert.Equal(PreparedDigit.StepCaptions.Count, row.Pictures.Count);
        Assert.StartsWith("centred by mass, 28x28", row.Pictures[^1].Caption);
    }

    [Fact]
    public void Light_and_dark_backgrounds_give_the_same_digit()
    {
        using var temp = new TempFolder();
        using var dark = DrawnDigits.Grey(DrawnDigits.Three);
        using var light = DrawnDigits.Grey(DrawnDigits.Three, lightInk: true);

        byte[] fromDarkInk = Prepared(DrawnDigits.SavePng(dark, temp.Combine("dark-ink.png")));
        byte[] fromLightInk = Prepared(DrawnDigits.SavePng(light, temp.Combine("light-ink.png")));

        Assert.Equal(fromDarkInk, fromLightInk);
        Assert.Equal(255, fromDarkInk.Max());
    }

    [Fact]
    public void A_colour_photo_gives_the_same_digit_as_a_grey_one()
    {
        using var temp = new TempFolder();
        using var grey = DrawnDigits.Grey(DrawnDigits.Seven);
        using var colour = DrawnDigits.Draw(DrawnDigits.Seven, new Rgb24(250, 240, 190), new Rgb24(20, 40, 140));

        Assert.Equal(
            Prepared(DrawnDigits.SavePng(grey, temp.Combine("grey.png"))),
            Prepared(DrawnDigits.SavePng(colour, temp.Combine("colour.png"))));
    }

    [Fact]
    public void A_transparent_background_counts_as_paper()
    {
        using var temp = new TempFolder();
        using var grey = DrawnDigits.Grey(DrawnDigits.Seven);
        // As a paint program saves it: black ink, no background at all (transparent black).
        using var transparent = DrawnDigits.Draw(DrawnDigits.Seven, new Rgba32(0, 0, 0, 0), new Rgba32(0, 0, 0, 255));

        Assert.Equal(
            Prepared(DrawnDigits.SavePng(grey, temp.Combine("grey.png"))),
            Prepared(DrawnDigits.SavePng(transparent, temp.Combine("transparent.png"))));
    }

    [Fact]
    public void Half_transparent_ink_is_blended_onto_white_paper()
    {
        // Black ink with falling transparency, as a paint program's soft brush leaves it, and one
        // half-transparent orange pixel. Expected greys by hand: black at opacity a on white is
        // 255 * (1 - a / 255); the orange blended on white is (241.2, 216.1, 203.5), whose
        // brightness by ImageSharp's weights (0.2126 R + 0.7152 G + 0.0722 B) is 220.5. ImageSharp
        // blends in floating point and rounds once, so a grey level may be off by one either way.
        using var photo = new Image<Rgba32>(6, 1);
        byte[] opacities = [0, 64, 128, 191, 255];
        for (int x = 0; x < opacities.Length; x++)
        {
            photo[x, 0] = new Rgba32(0, 0, 0, opacities[x]);
        }
        photo[5, 0] = new Rgba32(200, 100, 50, 64);

        using var grey = DigitPreparation.Grey(photo);

        double[] expected = [255, 191, 127, 64, 0, 220.5];
        byte[] greys = Pixels(grey);
        Assert.All(expected.Zip(greys), pair => Assert.InRange(pair.Second, pair.First - 1, pair.First + 1));
    }

    [Fact]
    public void Uneven_light_noise_and_jpeg_barely_change_the_digit()
    {
        using var temp = new TempFolder();
        using var clean = DrawnDigits.Grey(DrawnDigits.Seven);
        using var photo = DrawnDigits.Grey(DrawnDigits.Seven);
        var random = new Random(3);
        photo.ProcessPixelRows(rows =>
        {
            for (int y = 0; y < rows.Height; y++)
            {
                Span<L8> row = rows.GetRowSpan(y);
                for (int x = 0; x < row.Length; x++)
                {
                    // Light falling off by 70 levels from the top left to the bottom right, and grain.
                    double shade = 70.0 * (x + y) / (DrawnDigits.Width + DrawnDigits.Height);
                    row[x] = new L8((byte)Math.Clamp(row[x].PackedValue - shade + random.Next(-12, 13), 0, 255));
                }
            }
        });

        byte[] expected = Prepared(DrawnDigits.SavePng(clean, temp.Combine("clean.png")));
        byte[] actual = Prepared(DrawnDigits.SaveJpeg(photo, temp.Combine("photo.jpg"), quality: 60));

        double meanDifference = expected.Zip(actual, (a, b) => Math.Abs(a - b)).Average();
        Assert.True(meanDifference < 4, $"mean difference {meanDifference:0.00} grey levels per pixel");
        Assert.Equal(InkBox(expected), InkBox(actual));
    }

    [Fact]
    public void A_speck_of_dust_does_not_stretch_the_box()
    {
        using var temp = new TempFolder();
        using var clean = DrawnDigits.Grey(DrawnDigits.Seven);
        using var dusty = DrawnDigits.Grey(DrawnDigits.Seven);
        for (int y = 380; y < 384; y++)
        {
            for (int x = 5; x < 9; x++)
            {
                dusty[x, y] = new L8(20);
            }
        }

        Assert.Equal(
            Prepared(DrawnDigits.SavePng(clean, temp.Combine("clean.png"))),
            Prepared(DrawnDigits.SavePng(dusty, temp.Combine("dusty.png"))));
    }

    [Fact]
    public void Centring_never_cuts_ink_off()
    {
        // A 20x20 box whose ink is all in its left column: centring its mass would push it off the
        // field's left edge, so it moves in only as far as the edge.
        var pixels = new byte[20 * 20];
        for (int y = 0; y < 20; y++)
        {
            pixels[y * 20] = 255;
        }
        pixels[19] = 255;
        using var scaled = Image.LoadPixelData<L8>(pixels, 20, 20);

        using var centred = DigitPreparation.CentreByMass(scaled);

        Assert.Equal(pixels.Sum(v => (int)v), Pixels(centred).Sum(v => (int)v));
    }

    [Fact]
    public void A_one_stays_narrow()
    {
        using var temp = new TempFolder();
        using var one = DrawnDigits.Draw([(new PointF(150, 60), new PointF(150, 340))], new L8(240), new L8(10));

        using PreparedDigit digit = DigitPreparation.Prepare(DrawnDigits.SavePng(one, temp.Combine("one.png")));

        Assert.Equal(20, digit.Scaled.Height);
        Assert.InRange(digit.Scaled.Width, 1, 3);
    }
}
