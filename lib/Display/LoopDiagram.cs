using System.Globalization;
using System.Security;
using System.Text;

namespace NeuralNetLessons.Display;

/// <summary>
/// A process drawn as boxes in a row joined by arrows: a first step done once, steps repeated in a
/// loop (an arrow labelled "repeat" runs back from the last of them to the first), and a last step
/// done once, e.g. gradient descent. Drawn as inline SVG, which VS Code, Jupyter and saved
/// notebooks all show without any script.
/// </summary>
public sealed class LoopDiagram : IHtmlShown
{
    const int BoxWidth = 112, BoxHeight = 44, Gap = 36, Margin = 10, LoopDepth = 30;

    internal LoopDiagram(string first, IReadOnlyList<string> repeated, string last, string? caption)
    {
        ArgumentNullException.ThrowIfNull(repeated);
        if (repeated.Count == 0)
        {
            throw new ArgumentException("A loop needs at least one repeated step.", nameof(repeated));
        }
        (First, Repeated, Last, Caption) = (first, [.. repeated], last, caption);
    }

    /// <summary>The step done once, before the loop.</summary>
    public string First { get; }

    /// <summary>The steps repeated in the loop, in order.</summary>
    public IReadOnlyList<string> Repeated { get; }

    /// <summary>The step done once, after the loop.</summary>
    public string Last { get; }

    /// <summary>A line of text under the picture, if any.</summary>
    public string? Caption { get; }

    public string ToHtml()
    {
        string[] labels = [First, .. Repeated, Last];
        int width = (2 * Margin) + (labels.Length * BoxWidth) + ((labels.Length - 1) * Gap);
        int middle = Margin + (BoxHeight / 2), bottom = Margin + BoxHeight, height = bottom + LoopDepth + 30;
        static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
        static int Left(int box) => Margin + (box * (BoxWidth + Gap));
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"""<svg xmlns="http://www.w3.org/2000/svg" width="{N(width)}" height="{N(height)}" viewBox="0 0 {N(width)} {N(height)}" font-family="sans-serif" font-size="14">""");
        for (int i = 0; i < labels.Length; i++)
        {
            bool once = i == 0 || i == labels.Length - 1;
            string fill = once ? "#eeeeee" : "#e3eefa";
            svg.Append($"""<rect x="{N(Left(i))}" y="{N(Margin)}" width="{N(BoxWidth)}" height="{N(BoxHeight)}" rx="8" fill="{fill}" stroke="#555555"/>""");
            svg.Append($"""<text x="{N(Left(i) + (BoxWidth / 2))}" y="{N(middle + 5)}" text-anchor="middle" fill="#222222">{SecurityElement.Escape(labels[i])}</text>""");
            if (i > 0)
            {
                int tip = Left(i);
                svg.Append($"""<line x1="{N(tip - Gap)}" y1="{N(middle)}" x2="{N(tip - 6)}" y2="{N(middle)}" stroke="#555555" stroke-width="2"/>""");
                svg.Append($"""<polygon points="{N(tip)},{N(middle)} {N(tip - 8)},{N(middle - 5)} {N(tip - 8)},{N(middle + 5)}" fill="#555555"/>""");
            }
        }
        int from = Left(Repeated.Count) + (BoxWidth / 2), to = Left(1) + (BoxWidth / 2), low = bottom + LoopDepth;
        svg.Append($"""<path d="M {N(from)} {N(bottom)} V {N(low)} H {N(to)} V {N(bottom + 8)}" fill="none" stroke="#1f5fa8" stroke-width="2"/>""");
        svg.Append($"""<polygon points="{N(to)},{N(bottom)} {N(to - 5)},{N(bottom + 8)} {N(to + 5)},{N(bottom + 8)}" fill="#1f5fa8"/>""");
        svg.Append($"""<text x="{N((from + to) / 2)}" y="{N(low + 18)}" text-anchor="middle" fill="#1f5fa8">repeat</text>""");
        svg.Append("</svg>");
        string caption = Caption is null ? "" : $"""<figcaption style="font-family:sans-serif;font-size:0.9em;color:#555">{SecurityElement.Escape(Caption)}</figcaption>""";
        return $"""<figure style="margin:0.5em 0">{svg}{caption}</figure>""";
    }
}
