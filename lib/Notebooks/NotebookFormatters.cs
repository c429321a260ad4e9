using Microsoft.DotNet.Interactive.Formatting;
using NeuralNetLessons.Data;
using NeuralNetLessons.Display;
using NeuralNetLessons.Images;
using NeuralNetLessons.Learning;
using Plotly.NET;
using SixLabors.ImageSharp;
using static TorchSharp.torch;

namespace NeuralNetLessons.Notebooks;

/// <summary>How the notebook kernel shows charts, the library's pictures and tables, and TorchSharp tensors.</summary>
internal static class NotebookFormatters
{
    /// <summary>
    /// Plotly's own MIME type: a chart's figure as JSON, which VS Code and JupyterLab draw with the
    /// plotly.js they bundle, so charts draw offline.
    /// </summary>
    public const string PlotlyMimeType = "application/vnd.plotly.v1+json";

    public static void Register()
    {
        // Pictures, galleries, shaded tables: the formatter of an interface serves every type that implements it.
        Formatter.Register<IHtmlShown>((shown, writer) => writer.Write(shown.ToHtml()), HtmlFormatter.MimeType);
        // What the core computes, drawn by the display layer: a confusion table, a prepared digit's steps.
        Formatter.Register<Confusion>((confusion, writer) => writer.Write(new ConfusionTable(confusion).ToHtml()), HtmlFormatter.MimeType);
        Formatter.Register<PreparedDigit>((digit, writer) => writer.Write(Show.Steps(digit).ToHtml()), HtmlFormatter.MimeType);
        // Any ImageSharp image a cell ends with, rather than a tree of its properties.
        Formatter.Register<Image>((image, writer) => writer.Write(Picture.Of(image).ToHtml()), HtmlFormatter.MimeType);
        Formatter.Register<Tensor>((tensor, writer) => writer.Write(Describe(tensor)), PlainTextFormatter.MimeType);
        Formatter.SetPreferredMimeTypesFor(typeof(Tensor), PlainTextFormatter.MimeType);
        // Plotly.NET.Interactive gives the text/html (plotly.js from its CDN): kept as the fallback
        // for front ends that cannot draw Plotly's JSON.
        Formatter.Register<GenericChart>((chart, writer) => writer.Write(GenericChart.toFigureJson(chart)), PlotlyMimeType);
        Formatter.SetPreferredMimeTypesFor(typeof(GenericChart), PlotlyMimeType, HtmlFormatter.MimeType);
    }

    /// <summary>A tensor as its shape and type, then its values the way NumPy prints them.</summary>
    public static string Describe(Tensor tensor) =>
        $"tensor of shape {Shape.Of(tensor)}, {tensor.dtype}\n" +
        tensor.ToString(TorchSharp.TensorStringStyle.Numpy);
}
