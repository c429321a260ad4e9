using System.Globalization;
using System.Xml.Linq;
using Microsoft.DotNet.Interactive.Formatting;
using NeuralNetLessons.Data;
using NeuralNetLessons.Display;
using NeuralNetLessons.Notebooks;
using TorchSharp;
using Xunit;
using static TorchSharp.torch;

namespace NeuralNetLessons.Tests.Display;

/// <summary>The shaded table of numbers that part 2 shows for the example three.</summary>
public class GreyTableTests
{
    static Tensor ExampleThree() =>
        MnistImages.LoadImage(MnistImages.ListImages(Path.Combine(TestData.MnistTinyRoot, "train", "3"))[1]);

    static XElement Parse(GreyTable table) => XElement.Parse(table.ToHtml());

    static int GreyOf(string rgb) => int.Parse(rgb.Split('(', ',')[1], CultureInfo.InvariantCulture);

    static string Style(XElement cell, string property) =>
        cell.Attribute("style")!.Value.Split(';')
            .Select(part => part.Split(':'))
            .Single(pair => pair[0] == property)[1];

    [Fact]
    public void Rows_3_to_24_and_columns_6_to_20_of_the_example_three_are_22_rows_of_15_values()
    {
        using Tensor three = ExampleThree();

        XElement table = Parse(Show.GreyTable(three, 3..25, 6..21));

        XElement[] rows = [.. table.Element("tbody")!.Elements("tr")];
        Assert.Equal(22, rows.Length);
        Assert.All(rows, row => Assert.Equal(15, row.Elements("td").Count()));
        Assert.Equal(Enumerable.Range(3, 22).Select(i => i.ToString(CultureInfo.InvariantCulture)),
            rows.Select(row => row.Element("th")!.Value));
        Assert.Equal(Enumerable.Range(6, 15).Select(i => i.ToString(CultureInfo.InvariantCulture)),
            table.Element("thead")!.Element("tr")!.Elements("th").Skip(1).Select(th => th.Value));
    }

    [Fact]
    public void Cells_hold_the_tensors_values()
    {
        using Tensor three = ExampleThree();

        XElement table = Parse(Show.GreyTable(three, 3..25, 6..21));

        byte[] expected = three[TensorIndex.Slice(3, 25), TensorIndex.Slice(6, 21)].contiguous().data<byte>().ToArray();
        string[] shown = [.. table.Descendants("td").Select(td => td.Value)];
        Assert.Equal(expected.Select(b => b.ToString(CultureInfo.InvariantCulture)), shown);
        Assert.Contains("0", shown);                                       // background
        Assert.Contains(expected, value => value > 200);                   // ink: the 3 is in the numbers
    }

    [Fact]
    public void Zero_is_shaded_lighter_than_255_and_the_text_stays_readable()
    {
        using Tensor pixels = torch.tensor(new byte[] { 0, 255 }, [1, 2], ScalarType.Byte);

        XElement[] cells = [.. Parse(Show.GreyTable(pixels, 0..1, 0..2)).Descendants("td")];

        Assert.Equal(255, GreyOf(Style(cells[0], "background-color")));   // white behind 0
        Assert.Equal(0, GreyOf(Style(cells[1], "background-color")));     // black behind 255
        Assert.Equal("#000000", Style(cells[0], "color"));
        Assert.Equal("#ffffff", Style(cells[1], "color"));
    }

    [Fact]
    public void Floats_are_shaded_on_zero_to_one_and_shown_with_two_decimals()
    {
        using Tensor pixels = torch.tensor(new float[] { 0f, 0.25f, 1f }, [1, 3]);

        GreyTable table = Show.GreyTable(pixels, 0..1, 0..3);

        Assert.Equal(["0", "0.25", "1"], Parse(table).Descendants("td").Select(td => td.Value));
        Assert.True(GreyOf(table.Shade(0.25).Background) > GreyOf(table.Shade(1).Background));
        Assert.Equal("rgb(0,0,0)", table.Shade(1).Background);
    }

    [Theory]
    [InlineData(3, 29, 6, 21, "Rows 3..29")]
    [InlineData(3, 25, 20, 40, "Columns 20..40")]
    [InlineData(5, 5, 6, 21, "Rows 5..5")]
    public void Ranges_outside_the_tensor_are_an_error_naming_shape_and_range(int rowStart, int rowEnd, int columnStart, int columnEnd, string named)
    {
        using Tensor image = torch.zeros([28, 28], ScalarType.Byte);

        var error = Assert.Throws<ArgumentException>(() => Show.GreyTable(image, rowStart..rowEnd, columnStart..columnEnd));

        Assert.Contains(named, error.Message);
        Assert.Contains("[28, 28]", error.Message);
    }

    [Fact]
    public void A_non_two_dimensional_tensor_is_an_error_naming_its_shape()
    {
        using Tensor stack = torch.zeros([2, 28, 28], ScalarType.Byte);

        var error = Assert.Throws<ArgumentException>(() => Show.GreyTable(stack, 0..5, 0..5));

        Assert.Contains("2-D", error.Message);
        Assert.Contains("[2, 28, 28]", error.Message);
    }

    [Fact]
    public void The_notebook_shows_it_as_the_HTML_table()
    {
        NotebookFormatters.Register();
        using Tensor three = ExampleThree();
        GreyTable table = Show.GreyTable(three, 3..25, 6..21);

        Assert.Equal(table.ToHtml(), table.ToDisplayString(HtmlFormatter.MimeType));
    }
}
