using Microsoft.DotNet.Interactive.Formatting.TabularData;
using static TorchSharp.torch;

namespace NeuralNetLessons.Display;

/// <summary>One call per picture for notebook cells; the formatters draw the results.</summary>
public static partial class Show
{
    /// <summary>A 2-D tensor (bytes, or floats in [0, 1]) as an enlarged grey picture.</summary>
    public static GreyPicture Image(Tensor pixels, string? caption = null) => GreyPicture.FromTensor(pixels, caption);

    /// <summary>
    /// Part of a 2-D tensor as a table of numbers shaded light (small) to dark (large).
    /// Ranges end exclusive, as Python's slices: <c>Show.GreyTable(three, 3..25, 6..21)</c> shows rows 3 to 24, columns 6 to 20.
    /// </summary>
    public static GreyTable GreyTable(Tensor image, Range rows, Range columns) => new(image, rows, columns);

    /// <summary>
    /// Rows of any type as a table with a column per property (a plain list shows as a tree), the
    /// property names written as words, every fractional number with <paramref name="decimals"/> decimals.
    /// </summary>
    public static Table Table<T>(IEnumerable<T> rows, int decimals = 4) => new(rows.ToTabularDataResource(), decimals);
}
