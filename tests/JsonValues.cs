using System.Text.Json;

namespace NeuralNetLessons.Tests;

/// <summary>Values read out of JSON: a chart's figure, the PyTorch reference.</summary>
internal static class JsonValues
{
    /// <summary>The numbers of a JSON array, in order.</summary>
    public static double[] Numbers(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetDouble())];
}
