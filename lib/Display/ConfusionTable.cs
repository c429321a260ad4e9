using System.Globalization;
using NeuralNetLessons.Learning;

namespace NeuralNetLessons.Display;

/// <summary>A <see cref="Confusion"/> as a notebook shows it.</summary>
internal sealed class ConfusionTable(Confusion confusion) : IHtmlShown
{
    /// <summary>
    /// A 2x2 table, true class by row and predicted class by column, with the totals of each true
    /// class; right answers shaded green, mistakes red. Well-formed XML.
    /// </summary>
    public string ToHtml()
    {
        const string right = "background-color:#e6f4ea", wrong = "background-color:#fce8e6";
        string Cell(int count, string style) =>
            $"""<td style="{style};padding:2px 10px;text-align:right">{count.ToString(CultureInfo.InvariantCulture)}</td>""";
        string Total(int count) =>
            $"""<td style="padding:2px 10px;text-align:right;color:#666">{count.ToString(CultureInfo.InvariantCulture)}</td>""";
        const string header = "padding:2px 10px;text-align:right";
        return """<table style="border-collapse:collapse;font-family:monospace">""" +
            $"""<thead><tr><th></th><th style="{header}">predicted 3</th><th style="{header}">predicted 7</th><th style="{header};color:#666">total</th></tr></thead><tbody>""" +
            $"""<tr><th style="{header}">true 3</th>{Cell(confusion.ThreesCalledThree, right)}{Cell(confusion.ThreesCalledSeven, wrong)}{Total(confusion.Threes)}</tr>""" +
            $"""<tr><th style="{header}">true 7</th>{Cell(confusion.SevensCalledThree, wrong)}{Cell(confusion.SevensCalledSeven, right)}{Total(confusion.Sevens)}</tr>""" +
            "</tbody></table>";
    }
}
