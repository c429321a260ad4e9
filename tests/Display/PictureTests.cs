using System.Xml.Linq;
using Microsoft.DotNet.Interactive.Formatting;
using NeuralNetLessons.Display;
using NeuralNetLessons.Notebooks;
using SixLabors.ImageSharp.PixelFormats;
using TorchSharp;
using Xunit;
using static TorchSharp.torch;

namespace NeuralNetLessons.Tests.Display;

/// <summary>What every kind of picture shares: one size for the same image, one way to show a caption.</summary>
public class PictureTests
{
    static (string Width, string Height) ShownSize(Picture picture)
    {
        XElement img = XElement.Parse(picture.ToHtml()).Element("img")!;
        return (img.Attribute("width")!.Value, img.Attribute("height")!.Value);
    }

    [Fact]
    public void A_28x28_image_has_the_same_size_as_a_tensor_a_weight_picture_and_an_ImageSharp_image()
    {
        using Tensor digit = torch.zeros([28, 28], ScalarType.Byte);
        using var image = new SixLabors.ImageSharp.Image<L8>(28, 28);

        var sizes = new[] { ShownSize(Show.Image(digit)), ShownSize(Show.Weights(digit)), ShownSize(Show.Picture(image)) };

        Assert.All(sizes, size => Assert.Equal(("168", "168"), size));
    }

    [Theory]
    [InlineData(20, 14, 120, 84)]   // small: enlarged Zoom (6) times, so a 20-pixel digit stays smaller than a 28-pixel one
    [InlineData(60, 30, 120, 60)]   // too large for 6 times within 168 pixels: twice, whole pixels still square
    [InlineData(100, 50, 100, 50)]  // as it is
    [InlineData(900, 1200, 126, 168)] // a photo: shrunk to 168 on its longer side
    public void Pictures_are_enlarged_by_whole_pixels_up_to_168_screen_pixels_and_larger_ones_shrunk_to_fit(
        int width, int height, int shownWidth, int shownHeight)
    {
        using var image = new SixLabors.ImageSharp.Image<L8>(width, height);

        Picture picture = Show.Picture(image);

        Assert.Equal((shownWidth, shownHeight), (picture.ShownWidth, picture.ShownHeight));
        Assert.Equal(shownWidth >= 2 * width, picture.Pixelated);
    }

    [Fact]
    public void A_caption_shows_one_line_per_line_in_a_picture_as_in_a_gallery()
    {
        using Tensor digit = torch.zeros(28, 28);

        XElement figure = XElement.Parse(Show.Image(digit, "image 94: a 3\nP(3) = 0.120").ToHtml());

        Assert.Equal(["image 94: a 3", "P(3) = 0.120"], figure.Element("figcaption")!.Nodes().OfType<XText>().Select(t => t.Value));
        Assert.Single(figure.Element("figcaption")!.Elements("br"));
        Assert.Equal("image 94: a 3 P(3) = 0.120", figure.Element("img")!.Attribute("alt")!.Value);
    }

    [Fact]
    public void A_picture_without_a_caption_has_no_figcaption()
    {
        using Tensor digit = torch.zeros(28, 28);

        XElement figure = XElement.Parse(Show.Image(digit).ToHtml());

        Assert.Null(figure.Element("figcaption"));
        Assert.Equal("picture", figure.Element("img")!.Attribute("alt")!.Value);
    }

    [Fact]
    public void The_notebook_shows_every_kind_of_picture_and_a_row_as_their_html()
    {
        NotebookFormatters.Register();
        using Tensor digit = torch.zeros(28, 28);
        using var image = new SixLabors.ImageSharp.Image<L8>(28, 28);

        Picture[] pictures = [Show.Image(digit, "grey"), Show.Weights(digit, "weights"), Show.Picture(image, "image")];
        Gallery row = Show.Gallery([Show.Image(digit, "a"), Show.Image(digit, "b")]);

        Assert.All(pictures, picture => Assert.Equal(picture.ToHtml(), picture.ToDisplayString(HtmlFormatter.MimeType)));
        Assert.Equal(row.ToHtml(), row.ToDisplayString(HtmlFormatter.MimeType));
        Assert.StartsWith("<div style=\"display:flex;flex-wrap:wrap", row.ToHtml());
    }
}
