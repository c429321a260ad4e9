using System.Text.Json;
using Plotly.NET;

namespace NeuralNetLessons.Tests;

/// <summary>Values read out of JSON: a chart's figure, the PyTorch reference.</summary>
internal static class JsonValues
{
    /// <summary>The numbers of a JSON array, in order.</summary>
    public static double[] Numbers(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetDouble())];

    /// <summary>A chart as the JSON figure Plotly.NET hands to plotly.js.</summary>
    public static JsonElement Figure(GenericChart chart) => JsonDocument.Parse(GenericChart.toFigureJson(chart)).RootElement;

    /// <summary>The string at the end of <paramref name="path"/> in <paramref name="element"/>.</summary>
    public static string Text(JsonElement element, params string[] path) =>
        path.Aggregate(element, (e, name) => e.GetProperty(name)).GetString()!;
}
