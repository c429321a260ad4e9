using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.DotNet.Interactive.Formatting;
using Microsoft.DotNet.Interactive.Formatting.TabularData;

namespace NeuralNetLessons.Display;

/// <summary>
/// Rows of any type as a table with a column per property, drawn as .NET Interactive draws tabular
/// data; a type of the library's own, so a caller needs nothing from the kernel's packages. The
/// drawn table reads as prose: a property <c>StartingWeights</c> heads its column as "starting
/// weights", and every fractional number shows the same number of decimals (0.94 as 0.9400).
/// </summary>
public sealed partial class Table : IHtmlShown
{
    private readonly TabularDataResource data;
    private readonly int decimals;

    internal Table(TabularDataResource data, int decimals)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        (this.data, this.decimals) = (data, decimals);
    }

    /// <summary>The column names, in order: the rows' property names.</summary>
    public IReadOnlyList<string> Columns => [.. data.Schema.Fields.Select(column => column.Name)];

    /// <summary>The number of rows.</summary>
    public int Count => data.Data.Count();

    /// <summary>The value in <paramref name="row"/> (from 0) under <paramref name="column"/>.</summary>
    public object? this[int row, string column] => data.Data.ElementAt(row).First(cell => cell.Key == column).Value;

    public string ToHtml()
    {
        var schema = new TableSchema();
        foreach (var field in data.Schema.Fields)
        {
            schema.Fields.Add(new TableSchemaFieldDescriptor(Words(field.Name), field.Type));
        }
        var rows = data.Data.Select(row => row.Select(cell => new KeyValuePair<string, object>(Words(cell.Key), Shown(cell.Value))));
        return new TabularDataResource(schema, rows).ToDisplayString(HtmlFormatter.MimeType);
    }

    /// <summary>A cell as text: the kernel would draw a number in a box of its own, unlike text beside it.</summary>
    private string Shown(object? value) => value switch
    {
        double d => d.ToString("F" + decimals, CultureInfo.InvariantCulture),
        float f => f.ToString("F" + decimals, CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value?.ToString() ?? "",
    };

    /// <summary>"StartingWeights" as "starting weights", "WrongOf699" as "wrong of 699"; a word in capitals ("MNIST") stays as it is.</summary>
    internal static string Words(string name) =>
        string.Join(" ", WordStart().Split(name).Where(word => word.Length > 0)
            .Select(word => word.All(char.IsUpper) && word.Length > 1 ? word : word.ToLowerInvariant()));

    [GeneratedRegex("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Za-z])(?=[0-9])|_")]
    private static partial Regex WordStart();
}
