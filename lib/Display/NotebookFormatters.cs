using Microsoft.DotNet.Interactive.Formatting;
using static TorchSharp.torch;

namespace NeuralNetLessons;

/// <summary>How the notebook kernel shows the library's pictures, grey tables and TorchSharp tensors. Charts need nothing here: Plotly.NET.Interactive shows them.</summary>
public static class NotebookFormatters
{
    public static void Register()
    {
        Formatter.Register<GreyPicture>((picture, writer) => writer.Write(picture.ToHtml()), HtmlFormatter.MimeType);
        Formatter.Register<PictureRow>((row, writer) => writer.Write(row.ToHtml()), HtmlFormatter.MimeType);
        Formatter.Register<GreyTable>((table, writer) => writer.Write(table.ToHtml()), HtmlFormatter.MimeType);
        Formatter.Register<Tensor>((tensor, writer) => writer.Write(Describe(tensor)), PlainTextFormatter.MimeType);
        Formatter.SetPreferredMimeTypesFor(typeof(Tensor), PlainTextFormatter.MimeType);
    }

    /// <summary>A tensor as its shape and type, then its values the way NumPy prints them.</summary>
    public static string Describe(Tensor tensor) =>
        $"tensor of shape {Shape.Of(tensor)}, {tensor.dtype}\n" +
        tensor.ToString(TorchSharp.TensorStringStyle.Numpy);
}
