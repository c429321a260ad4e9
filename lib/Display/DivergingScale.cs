using NeuralNetLessons.Data;
using static TorchSharp.torch;

namespace NeuralNetLessons.Display;

/// <summary>
/// The colours for signed numbers such as weights: blue for negative, white for exactly 0, red for
/// positive, fading linearly between them, on a range symmetric around 0 (from -limit to +limit)
/// so that equally large weights of either sign look equally strong. Weight pictures and weight
/// charts share it.
/// </summary>
internal static class DivergingScale
{
    /// <summary>The colour of -limit (and below): ColorBrewer's RdBu blue.</summary>
    public static readonly (byte R, byte G, byte B) Negative = (33, 102, 172);

    /// <summary>The colour of 0.</summary>
    public static readonly (byte R, byte G, byte B) Zero = (255, 255, 255);

    /// <summary>The colour of +limit (and above): ColorBrewer's RdBu red.</summary>
    public static readonly (byte R, byte G, byte B) Positive = (178, 24, 43);

    /// <summary>
    /// The colour of <paramref name="value"/> on the scale from -<paramref name="limit"/> to +<paramref name="limit"/>;
    /// values beyond the limit get the end colours.
    /// </summary>
    public static (byte R, byte G, byte B) ColourOf(double value, double limit)
    {
        RequireLimit(limit);
        if (double.IsNaN(value))
        {
            throw new ArgumentException("A value to colour is NaN (not a number): the weights are broken.", nameof(value));
        }
        double share = Math.Clamp(value / limit, -1, 1);
        var end = share < 0 ? Negative : Positive;
        double t = Math.Abs(share);
        return (Blend(Zero.R, end.R, t), Blend(Zero.G, end.G, t), Blend(Zero.B, end.B, t));
    }

    /// <summary>The scale as Plotly's colour stops: 0 is -limit, 0.5 is 0, 1 is +limit.</summary>
    public static IReadOnlyList<(double Stop, string Colour)> PlotlyStops { get; } =
        [(0, Css(Negative)), (0.5, Css(Zero)), (1, Css(Positive))];

    /// <summary>A colour as CSS and Plotly write it: <c>rgb(33,102,172)</c>.</summary>
    public static string Css((byte R, byte G, byte B) colour) => $"rgb({colour.R},{colour.G},{colour.B})";

    /// <summary>
    /// The limit that gives the largest absolute value of <paramref name="values"/> (the elements of
    /// <paramref name="source"/>) the full colour, or 1 when they are all 0. NaN is an error.
    /// </summary>
    internal static double LimitOf(IReadOnlyList<double> values, Tensor source, string parameter)
    {
        if (values.Any(double.IsNaN))
        {
            throw new ArgumentException($"The weights of shape {Shape.Of(source)} contain NaN (not a number).", parameter);
        }
        double largest = values.Count == 0 ? 0 : values.Max(Math.Abs);
        return largest > 0 ? largest : 1;
    }

    internal static void RequireLimit(double limit)
    {
        if (!double.IsFinite(limit) || limit <= 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(limit), limit, "The limit of a diverging colour scale must be a positive finite number (the size of the largest value).");
        }
    }

    private static byte Blend(byte from, byte to, double t) => (byte)Math.Round(from + ((to - from) * t), MidpointRounding.AwayFromZero);
}
