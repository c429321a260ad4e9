namespace NeuralNetLessons.Display;

/// <summary>
/// Pictures with their captions, side by side: in a grid of <see cref="Columns"/> columns, row
/// after row, or, without a number of columns, in one row that wraps where the page is too narrow.
/// </summary>
public sealed class Gallery : IHtmlShown
{
    internal Gallery(IEnumerable<Picture> pictures, int? columns = null)
    {
        ArgumentNullException.ThrowIfNull(pictures);
        if (columns < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(columns), columns, "A gallery needs at least one column.");
        }
        (Pictures, Columns) = ([.. pictures], columns);
    }

    public IReadOnlyList<Picture> Pictures { get; }

    /// <summary>How many pictures a row of the grid holds; null for one row that wraps.</summary>
    public int? Columns { get; }

    /// <summary>The figures in a CSS grid or a wrapping row, or a short note when there are none; well-formed XML.</summary>
    public string ToHtml()
    {
        if (Pictures.Count == 0)
        {
            return "<div><em>(no pictures)</em></div>";
        }
        string layout = Columns is int columns
            ? $"display:grid;grid-template-columns:repeat({columns},max-content);align-items:start"
            : "display:flex;flex-wrap:wrap;align-items:flex-start";
        return $"""<div style="{layout}">{string.Concat(Pictures.Select(p => p.ToHtml()))}</div>""";
    }
}

public static partial class Show
{
    /// <summary>
    /// Pictures (grey pictures, weight pictures, photos, mixed) side by side: in a grid of
    /// <paramref name="columns"/> columns, or without it in one row that wraps where the page is too narrow.
    /// </summary>
    public static Gallery Gallery(IEnumerable<Picture> pictures, int? columns = null) => new(pictures, columns);
}
