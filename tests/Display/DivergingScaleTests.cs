using NeuralNetLessons.Display;
using Xunit;

namespace NeuralNetLessons.Tests.Display;

/// <summary>The blue-white-red scale that weight pictures and weight charts share.</summary>
public class DivergingScaleTests
{
    [Fact]
    public void Minus_the_limit_is_blue_zero_is_white_and_the_limit_is_red()
    {
        Assert.Equal(((byte)33, (byte)102, (byte)172), DivergingScale.ColourOf(-0.4, 0.4));
        Assert.Equal(((byte)255, (byte)255, (byte)255), DivergingScale.ColourOf(0, 0.4));
        Assert.Equal(((byte)178, (byte)24, (byte)43), DivergingScale.ColourOf(0.4, 0.4));
    }

    [Fact]
    public void Values_beyond_the_limit_get_the_end_colours()
    {
        Assert.Equal(DivergingScale.Negative, DivergingScale.ColourOf(-7, 1));
        Assert.Equal(DivergingScale.Positive, DivergingScale.ColourOf(7, 1));
    }

    [Fact]
    public void Half_the_limit_is_halfway_from_white_to_the_end_colour_on_either_side()
    {
        // 255 + (178 - 255) / 2 = 216.5, 255 + (24 - 255) / 2 = 139.5, 255 + (43 - 255) / 2 = 149
        Assert.Equal(((byte)217, (byte)140, (byte)149), DivergingScale.ColourOf(1, 2));
        // 255 + (33 - 255) / 2 = 144, 255 + (102 - 255) / 2 = 178.5, 255 + (172 - 255) / 2 = 213.5
        Assert.Equal(((byte)144, (byte)179, (byte)214), DivergingScale.ColourOf(-1, 2));
    }

    [Theory]
    [InlineData(0.1)]
    [InlineData(0.25)]
    [InlineData(0.7)]
    public void Equal_sizes_of_either_sign_are_equally_far_from_white(double share)
    {
        var red = DivergingScale.ColourOf(share, 1);
        var blue = DivergingScale.ColourOf(-share, 1);

        // How far each channel went from white towards its end colour: the same share for both signs.
        Assert.Equal(share, (255.0 - red.G) / (255 - DivergingScale.Positive.G), 2);
        Assert.Equal(share, (255.0 - blue.R) / (255 - DivergingScale.Negative.R), 2);
    }

    [Fact]
    public void Plotly_stops_put_white_in_the_middle()
    {
        Assert.Equal(
            [(0.0, "rgb(33,102,172)"), (0.5, "rgb(255,255,255)"), (1.0, "rgb(178,24,43)")],
            DivergingScale.PlotlyStops);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void A_limit_that_is_not_a_positive_number_is_an_error(double limit)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => DivergingScale.ColourOf(0.1, limit));

        Assert.Contains("positive finite number", error.Message);
    }

    [Fact]
    public void A_NaN_value_is_an_error()
    {
        var error = Assert.Throws<ArgumentException>(() => DivergingScale.ColourOf(double.NaN, 1));

        Assert.Contains("NaN", error.Message);
    }
}
