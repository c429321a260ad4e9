using System.Text.Json.Nodes;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Formatting;
using NeuralNetLessons.Charting;
using NeuralNetLessons.Notebooks;
using Plotly.NET;
using Xunit;

namespace NeuralNetLessons.Tests.Notebooks;

/// <summary>How the kernel shows a chart, with the library's formatters and Plotly.NET.Interactive's, as in a notebook.</summary>
public class ChartFormatterTests
{
    [Fact]
    public async Task A_chart_is_shown_as_plotly_json_first_and_as_html_second()
    {
        // The kernel loads both extensions: Plotly.NET.Interactive's (text/html) and the library's.
        using var kernel = new CompositeKernel();
        await ((IKernelExtension)new Plotly.NET.Interactive.FormatterKernelExtension()).OnLoadAsync(kernel);
        NotebookFormatters.Register();
        var chart = Charts.Function(x => Math.Max(x, 0), -2, 2, title: "ReLU");

        // What a cell's output holds: one value per preferred MIME type, in order.
        var shown = FormattedValue.CreateManyFromObject(chart);

        Assert.Equal([NotebookFormatters.PlotlyMimeType, HtmlFormatter.MimeType], shown.Select(v => v.MimeType));
        var figure = Assert.IsType<JsonObject>(JsonNode.Parse(shown[0].Value));
        var trace = Assert.IsType<JsonObject>(Assert.Single(figure["data"]!.AsArray()));
        Assert.Equal("scatter", (string?)trace["type"]);
        Assert.Equal(Charts.FunctionPoints, trace["x"]!.AsArray().Count);
        Assert.Equal(2.0, (double)trace["y"]!.AsArray()[^1]!);
        var layout = Assert.IsType<JsonObject>(figure["layout"]);
        Assert.Equal("ReLU", (string?)layout["title"]!["text"]);
        Assert.Equal(600, (int)layout["width"]!);
        Assert.Equal(400, (int)layout["height"]!);
        // The fallback draws the same figure with plotly.js from its CDN.
        Assert.Contains("Plotly.newPlot", shown[1].Value);
        Assert.Contains("cdn.plot.ly", shown[1].Value);
        Assert.Contains(trace["y"]!.ToJsonString(), shown[1].Value);
        Assert.Equal(shown[0].Value, chart.ToDisplayString(NotebookFormatters.PlotlyMimeType));
        Assert.Equal(GenericChart.toFigureJson(chart), shown[0].Value);
    }
}
