using Microsoft.DotNet.Interactive.Formatting;
using Microsoft.DotNet.Interactive.Formatting.TabularData;

namespace NeuralNetLessons.Display;

/// <summary>
/// Rows of any type as a table with a column per property, drawn as .NET Interactive draws tabular
/// data; a type of the library's own, so a caller needs nothing from the kernel's packages.
/// </summary>
public sealed class Table : IHtmlShown
{
    private readonly TabularDataResource data;

    internal Table(TabularDataResource data) => this.data = data;

    /// <summary>The column names, in order: the rows' property names.</summary>
    public IReadOnlyList<string> Columns => [.. data.Schema.Fields.Select(column => column.Name)];

    /// <summary>The number of rows.</summary>
    public int Count => data.Data.Count();

    /// <summary>The value in <paramref name="row"/> (from 0) under <paramref name="column"/>.</summary>
    public object? this[int row, string column] => data.Data.ElementAt(row).First(cell => cell.Key == column).Value;

    public string ToHtml() => data.ToDisplayString(HtmlFormatter.MimeType);
}
