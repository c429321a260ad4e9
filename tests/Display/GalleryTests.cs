using System.Xml.Linq;
using NeuralNetLessons.Display;
using TorchSharp;
using Xunit;
using static TorchSharp.torch;

namespace NeuralNetLessons.Tests.Display;

/// <summary>Galleries: pictures with their captions in a grid.</summary>
public class GalleryTests
{
    static XElement Parse(Gallery gallery) => XElement.Parse(gallery.ToHtml());

    static string[] Captions(Gallery gallery) => [.. gallery.Pictures.Select(p => p.Caption ?? "")];

    static string[][] CaptionLines(XElement html) =>
        [.. html.Descendants("figcaption").Select(c => c.Nodes().OfType<XText>().Select(t => t.Value).ToArray())];

    [Fact]
    public void Holds_one_image_per_picture_with_its_caption_lines_in_order()
    {
        using Tensor grey = torch.zeros(28, 28);
        using Tensor weights = torch.arange(-392, 392, ScalarType.Float32).reshape(28, 28);

        var gallery = Show.Gallery(
            [Show.Image(grey, "image 94: a 3\nP(3) = 0.120"), Show.Weights(weights, "unit 0"), Show.Image(grey, "mean seven")],
            columns: 3);

        XElement html = Parse(gallery);
        Assert.Equal(3, html.Descendants("img").Count());
        Assert.Equal(["image 94: a 3\nP(3) = 0.120", "unit 0", "mean seven"], Captions(gallery));
        Assert.Equal([["image 94: a 3", "P(3) = 0.120"], ["unit 0"], ["mean seven"]], CaptionLines(html));
        Assert.Contains("repeat(3,", html.Attribute("style")!.Value);
    }

    [Fact]
    public void A_sequence_of_pictures_becomes_a_gallery_of_as_many()
    {
        using Tensor weights = torch.arange(-784 * 15, 784 * 15, ScalarType.Float32).reshape(784, 30);

        var gallery = Show.Gallery(Enumerable.Range(0, 30).Select(j =>
            Show.Weights(weights[.., j].reshape(28, 28), $"unit {j}")), columns: 6);

        Assert.Equal(30, gallery.Pictures.Count);
        Assert.Equal(30, Parse(gallery).Descendants("img").Count());
        Assert.Equal(Enumerable.Range(0, 30).Select(j => $"unit {j}"), Captions(gallery));
    }

    [Fact]
    public void Keeps_each_picture_as_it_was_made()
    {
        using Tensor grey = torch.full([28, 28], 0.5f);
        var picture = Show.Image(grey, "mid grey");

        var gallery = Show.Gallery([picture], columns: 1);

        Assert.Equal(picture.Png, gallery.Pictures[0].Png);
        Assert.Equal((28, 28), (gallery.Pictures[0].Width, gallery.Pictures[0].Height));
    }

    [Fact]
    public void Captions_are_escaped()
    {
        using Tensor grey = torch.zeros(2, 2);

        string html = Show.Gallery([Show.Image(grey, "<b>3 & 7</b>")], columns: 1).ToHtml();

        Assert.Contains("&lt;b&gt;3 &amp; 7&lt;/b&gt;", html);
        Assert.DoesNotContain("<b>", html);
    }

    [Fact]
    public void An_empty_gallery_says_so()
    {
        var gallery = Show.Gallery([], columns: 8);

        Assert.Empty(gallery.Pictures);
        Assert.Contains("no pictures", Parse(gallery).Value);
    }

    [Fact]
    public void Needs_at_least_one_column()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Show.Gallery([], columns: 0));

        Assert.Contains("at least one column", error.Message);
    }
}
