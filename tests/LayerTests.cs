using NetArchTest.Rules;
using NeuralNetLessons.Data;
using Xunit;

namespace NeuralNetLessons.Tests;

/// <summary>
/// The library's layers, bottom to top: the core (Data; Images and Learning over it), the displays
/// (Display, then Charting), the exercises' checks (Exercises, over Learning and Display), the notebook
/// glue (Notebooks); Native, the fix for TorchSharp's native
/// libraries, stands at the edge, over Data only. A namespace may use the layers below it, never one above.
/// </summary>
public class LayerTests
{
    private const string Root = "NeuralNetLessons.";

    private static readonly string[] Kernel = ["Microsoft.DotNet.Interactive"];
    private static readonly string[] ChartPackages = ["Plotly.NET"];

    public static TheoryData<string, string[]> Rules => new()
    {
        { "Data", [.. Library("Images", "Learning", "Display", "Charting", "Exercises", "Notebooks", "Native"), .. Kernel, .. ChartPackages, "SixLabors.ImageSharp.Processing"] },
        { "Images", [.. Library("Learning", "Display", "Charting", "Exercises", "Notebooks", "Native"), .. Kernel, .. ChartPackages] },
        { "Learning", [.. Library("Images", "Display", "Charting", "Exercises", "Notebooks", "Native"), .. Kernel, .. ChartPackages, "SixLabors"] },
        { "Display", Library("Charting", "Exercises", "Notebooks", "Native") },
        { "Charting", Library("Exercises", "Notebooks", "Native") },
        { "Exercises", [.. Library("Images", "Charting", "Notebooks", "Native"), .. Kernel, .. ChartPackages] },
        { "Native", [.. Library("Images", "Learning", "Display", "Charting", "Exercises", "Notebooks"), .. Kernel, .. ChartPackages, "SixLabors"] },
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public void A_layer_uses_none_above_it(string layer, string[] above)
    {
        var result = Types.InAssembly(typeof(MnistTiny).Assembly)
            .That().ResideInNamespace(Root + layer)
            .ShouldNot().HaveDependencyOnAny(above)
            .GetResult();

        Assert.True(result.IsSuccessful,
            $"{Root}{layer} must not use {string.Join(", ", above)}; these types do: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    /// <summary>The rules above see what a type uses: the glue uses every layer, Display uses Data.</summary>
    [Theory]
    [InlineData("Notebooks", "Display")]
    [InlineData("Notebooks", "Native")]
    [InlineData("Display", "Data")]
    [InlineData("Charting", "Display")]
    [InlineData("Exercises", "Learning")]
    public void The_check_sees_the_arrows_that_are_allowed(string layer, string below)
    {
        var result = Types.InAssembly(typeof(MnistTiny).Assembly)
            .That().ResideInNamespace(Root + layer)
            .ShouldNot().HaveDependencyOn(Root + below)
            .GetResult();

        Assert.False(result.IsSuccessful, $"{Root}{layer} is expected to use {Root}{below}");
    }

    [Fact]
    public void Every_type_lives_in_a_layer()
    {
        string[] layers = ["Data", "Images", "Learning", "Display", "Charting", "Exercises", "Notebooks", "Native"];
        var outside = typeof(MnistTiny).Assembly.GetTypes()
            .Where(type => type.Namespace is { } name && name.StartsWith("NeuralNetLessons", StringComparison.Ordinal)
                && !layers.Any(layer => name == Root + layer))
            .Select(type => type.FullName);

        Assert.Empty(outside);
    }

    private static string[] Library(params string[] layers) => [.. layers.Select(layer => Root + layer)];
}
