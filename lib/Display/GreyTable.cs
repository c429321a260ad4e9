using System.Globalization;
using System.Text;
using NeuralNetLessons.Data;
using TorchSharp;
using static TorchSharp.torch;

namespace NeuralNetLessons.Display;

/// <summary>
/// Part of a 2-D tensor as a table of its numbers, each cell shaded by its value the way pandas'
/// <c>style.background_gradient(cmap='Greys')</c> does: light for small values, dark for large ones,
/// so the digit can be seen in the numbers. Bytes are shaded on 0..255, floats on 0..1 (wider when
/// the values go beyond). A notebook shows it as an HTML table.
/// </summary>
public sealed class GreyTable : IHtmlShown
{
    /// <summary>Index in the tensor of the table's first row.</summary>
    public int FirstRow { get; }

    /// <summary>Index in the tensor of the table's first column.</summary>
    public int FirstColumn { get; }

    /// <summary>The numbers shown, row by row.</summary>
    public IReadOnlyList<IReadOnlyList<double>> Values { get; }

    /// <summary>Whether the tensor held whole numbers (shown without decimals).</summary>
    public bool Integral { get; }

    /// <summary>The value shaded white.</summary>
    public double Low { get; }

    /// <summary>The value shaded black.</summary>
    public double High { get; }

    /// <summary>The cells of <paramref name="image"/> in <paramref name="rows"/> and <paramref name="columns"/> (ends exclusive, as in Python's slices).</summary>
    internal GreyTable(Tensor image, Range rows, Range columns)
    {
        Shape.RequireTwoDimensions(image, "A grey table", "rows, columns", nameof(image));
        var (rowStart, rowEnd) = Resolve(image, rows, 0, "Rows", nameof(rows));
        var (columnStart, columnEnd) = Resolve(image, columns, 1, "Columns", nameof(columns));

        double[] flat;
        using (NewDisposeScope())
        {
            flat = TensorValues.Doubles(image.narrow(0, rowStart, rowEnd - rowStart).narrow(1, columnStart, columnEnd - columnStart));
        }
        int width = columnEnd - columnStart;

        (FirstRow, FirstColumn) = (rowStart, columnStart);
        Values = [.. flat.Chunk(width)];
        Integral = !torch.is_floating_point(image) && !torch.is_complex(image);
        Low = Math.Min(0, flat.Min());
        High = Math.Max(image.dtype == ScalarType.Byte ? 255 : 1, flat.Max());
    }

    /// <summary>
    /// An HTML table (well-formed XML too): a header row of column indices, then one row per
    /// tensor row with its index in a &lt;th&gt; and one &lt;td&gt; per value.
    /// </summary>
    public string ToHtml()
    {
        var html = new StringBuilder();
        html.Append("""<table style="border-collapse:collapse;font-family:monospace;font-size:9pt;line-height:1.2">""");
        html.Append("<thead><tr><th></th>");
        for (int column = 0; column < Values[0].Count; column++)
        {
            html.Append($"""<th style="{HeaderStyle}">{FirstColumn + column}</th>""");
        }
        html.Append("</tr></thead><tbody>");
        for (int row = 0; row < Values.Count; row++)
        {
            html.Append($"""<tr><th style="{HeaderStyle}">{FirstRow + row}</th>""");
            foreach (double value in Values[row])
            {
                var (background, text) = Shade(value);
                html.Append($"""<td style="background-color:{background};color:{text};padding:1px 3px;min-width:2.6em;text-align:right">{Format(value)}</td>""");
            }
            html.Append("</tr>");
        }
        html.Append("</tbody></table>");
        return html.ToString();
    }

    /// <summary>
    /// The cell's background and text colour: white at <see cref="Low"/> to black at <see cref="High"/>,
    /// with dark text on light cells and white text on dark ones.
    /// </summary>
    internal (string Background, string Text) Shade(double value)
    {
        double share = High > Low ? Math.Clamp((value - Low) / (High - Low), 0, 1) : 0;
        int grey = (int)Math.Round(255 * (1 - share));
        return ($"rgb({grey},{grey},{grey})", grey < 128 ? "#ffffff" : "#000000");
    }

    private const string HeaderStyle = "padding:1px 3px;text-align:right;font-weight:normal;color:#888";

    private string Format(double value) =>
        value.ToString(Integral ? "0" : "0.##", CultureInfo.InvariantCulture);

    private static (int Start, int End) Resolve(Tensor image, Range range, int dimension, string what, string parameter)
    {
        long size = image.shape[dimension];
        long start = range.Start.IsFromEnd ? size - range.Start.Value : range.Start.Value;
        long end = range.End.IsFromEnd ? size - range.End.Value : range.End.Value;
        if (start < 0 || end > size || start >= end)
        {
            throw new ArgumentException(
                $"{what} {range} (end exclusive) do not fit the tensor of shape {Shape.Of(image)}: " +
                $"{what.ToLowerInvariant()} go from 0 to {size - 1}, and the range must hold at least one.", parameter);
        }
        return ((int)start, (int)end);
    }

}
