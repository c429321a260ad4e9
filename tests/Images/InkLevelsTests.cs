using NeuralNetLessons.Images;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using Xunit;

namespace NeuralNetLessons.Tests.Images;

public class InkLevelsTests
{
    static long[] Histogram(params (int Level, long Count)[] bars)
    {
        var histogram = new long[256];
        foreach (var (level, count) in bars)
        {
            histogram[level] = count;
        }
        return histogram;
    }

    [Fact]
    public void Two_levels_split_halfway_the_bigger_group_is_the_paper()
    {
        InkLevels ink = InkLevels.Of(Histogram((40, 100), (200, 900)));

        Assert.InRange(ink.Threshold, 110, 130); // the middle of the flat stretch 40..199
        Assert.True(ink.LightPaper);
        Assert.Equal(200, ink.PaperMean);
        Assert.Equal(40, ink.InkMean);
        Assert.Equal(0.1, ink.InkShare, 6);
        Assert.True(ink.HasInk);
        Assert.True(ink.IsInk(40));
        Assert.False(ink.IsInk(200));
    }

    [Fact]
    public void Light_ink_on_dark_paper_is_found_too()
    {
        InkLevels ink = InkLevels.Of(Histogram((10, 800), (12, 100), (230, 120), (250, 60)));

        Assert.False(ink.LightPaper);
        Assert.True(ink.IsInk(250));
        Assert.False(ink.IsInk(12));
        Assert.Equal(180 / 1080.0, ink.InkShare, 6);
    }

    [Fact]
    public void Otsu_picks_the_valley_between_two_humps()
    {
        // Humps around 50 (ink) and 200 (paper), each spread over 31 levels.
        var histogram = new long[256];
        for (int d = -15; d <= 15; d++)
        {
            histogram[50 + d] = 100 - (5 * Math.Abs(d));
            histogram[200 + d] = 1000 - (50 * Math.Abs(d));
        }

        InkLevels ink = InkLevels.Of(histogram);

        Assert.InRange(ink.Threshold, 66, 184);
        Assert.Equal(50, ink.InkMean, 6);
        Assert.Equal(200, ink.PaperMean, 6);
    }

    [Fact]
    public void One_grey_level_or_two_close_ones_hold_no_ink()
    {
        Assert.False(InkLevels.Of(Histogram((180, 500))).HasInk);
        InkLevels faint = InkLevels.Of(Histogram((200, 500), (230, 500)));
        Assert.False(faint.HasInk);
        Assert.Contains("no ink", faint.ToString());
    }

    [Fact]
    public void The_histogram_counts_every_pixel()
    {
        using var image = new Image<L8>(10, 4, new L8(7));
        image[3, 2] = new L8(250);

        long[] histogram = InkLevels.Histogram(image);

        Assert.Equal(39, histogram[7]);
        Assert.Equal(1, histogram[250]);
        Assert.Equal(40, histogram.Sum());
    }

    [Fact]
    public void Its_sentence_says_threshold_paper_ink_and_contrast()
    {
        string text = InkLevels.Of(Histogram((40, 100), (200, 900))).ToString();

        Assert.Contains("Paper: light, mean grey 200", text);
        Assert.Contains("Ink: dark, mean grey 40, 10.0% of the pixels", text);
        Assert.Contains("Contrast: 160 levels.", text);
    }
}
