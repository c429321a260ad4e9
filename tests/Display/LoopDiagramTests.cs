using System.Xml.Linq;
using NeuralNetLessons.Display;
using Xunit;

namespace NeuralNetLessons.Tests.Display;

/// <summary>A loop of steps drawn as boxes and arrows, in SVG a notebook shows without any script.</summary>
public class LoopDiagramTests
{
    static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void Draws_every_step_in_order_in_a_box_with_a_repeat_arrow_and_the_caption()
    {
        var loop = Show.Loop("initialise", ["predict", "loss", "gradient", "step"], "stop", caption: "gradient descent");

        XElement html = XElement.Parse(loop.ToHtml());

        XElement svg = Assert.Single(html.Descendants(Svg + "svg"));
        Assert.Equal(6, svg.Elements(Svg + "rect").Count());
        Assert.Equal(["initialise", "predict", "loss", "gradient", "step", "stop", "repeat"],
            svg.Elements(Svg + "text").Select(t => t.Value));
        Assert.Equal(5, svg.Elements(Svg + "line").Count());        // one arrow between each pair of boxes
        Assert.Single(svg.Elements(Svg + "path"));                 // the arrow back
        Assert.Equal("gradient descent", html.Element("figcaption")!.Value);
    }

    [Fact]
    public void Labels_are_escaped_and_a_loop_without_repeated_steps_is_an_error()
    {
        XElement html = XElement.Parse(Show.Loop("a < b", ["c & d"], "e").ToHtml());

        Assert.Contains("a < b", html.Descendants(Svg + "text").Select(t => t.Value));
        Assert.Null(html.Element("figcaption"));
        var error = Assert.Throws<ArgumentException>(() => Show.Loop("start", [], "end"));
        Assert.Contains("at least one repeated step", error.Message);
    }
}
