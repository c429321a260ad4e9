using NeuralNetLessons.Data;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using static TorchSharp.torch;

namespace NeuralNetLessons.Display;

/// <summary>
/// A picture of signed numbers, such as a unit's 784 weights reshaped to 28x28: blue for negative,
/// white for 0, red for positive. The colour range is symmetric, from -<see cref="Limit"/> to
/// +<see cref="Limit"/>, so white always means 0 and the strength of a colour means the same for
/// both signs.
/// </summary>
public sealed class WeightPicture : Picture
{
    private WeightPicture(Image image, string? caption, double limit) : base(image, caption)
    {
        Limit = limit;
    }

    /// <summary>The size of the values that get the full colour.</summary>
    public double Limit { get; }

    /// <summary>
    /// The picture of a 2-D tensor. With no <paramref name="limit"/>, the tensor's own largest
    /// absolute value gets the full colour; give one limit to several pictures to compare them.
    /// Values beyond the limit get the end colours.
    /// </summary>
    internal static WeightPicture FromTensor(Tensor weights, string? caption = null, double? limit = null)
    {
        Shape.RequireTwoDimensions(weights, "A weight picture", "height, width", nameof(weights));
        var (height, width) = ((int)weights.shape[0], (int)weights.shape[1]);
        double[] values = TensorValues.Doubles(weights);
        double ownLimit = DivergingScale.LimitOf(values, weights, nameof(weights)); // NaN is an error even with a limit given
        double scale = limit ?? ownLimit;
        DivergingScale.RequireLimit(scale);

        var pixels = values.Select(v => DivergingScale.ColourOf(v, scale)).Select(c => new Rgb24(c.R, c.G, c.B)).ToArray();
        using var image = Image.LoadPixelData<Rgb24>(pixels, width, height);
        return new WeightPicture(image, caption, scale);
    }
}

public static partial class Show
{
    /// <summary>
    /// A 2-D tensor of signed numbers (weights) as an enlarged picture: blue negative, white 0, red
    /// positive, full colour at ±<paramref name="limit"/> (by default the largest absolute value).
    /// </summary>
    public static WeightPicture Weights(Tensor weights, string? caption = null, double? limit = null) =>
        WeightPicture.FromTensor(weights, caption, limit);
}
