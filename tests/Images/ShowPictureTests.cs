using System.Text.Json;
using Microsoft.DotNet.Interactive.Formatting;
using NeuralNetLessons.Charting;
using NeuralNetLessons.Display;
using NeuralNetLessons.Images;
using NeuralNetLessons.Notebooks;
using Plotly.NET;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using Xunit;

namespace NeuralNetLessons.Tests.Images;

/// <summary>How photos and step pictures are shown in a notebook, and the grey-level chart of step 3.</summary>
public class ShowPictureTests
{
    [Fact]
    public void A_photo_is_shrunk_before_it_is_stored_and_its_size_is_in_the_caption()
    {
        using var photo = new Image<Rgb24>(3000, 4000, new Rgb24(200, 190, 170));

        Picture picture = Show.Picture(photo, "photo");

        Assert.Equal("photo, 3000x4000", picture.Caption);
        Assert.Equal((126, Picture.LargestSide), (picture.ShownWidth, picture.ShownHeight));
        Assert.False(picture.Pixelated);
        IImageInfo stored = Image.Identify(picture.Png);
        Assert.Equal((252, 336), (stored.Width, stored.Height));
        Assert.Contains("image-rendering:auto", picture.ToHtml());
    }

    [Fact]
    public void A_small_picture_is_enlarged_with_square_pixels()
    {
        using var digit = new Image<L8>(28, 28);

        Picture picture = Show.Picture(digit);

        Assert.Equal("28x28", picture.Caption);
        Assert.True(picture.Pixelated);
        Assert.Equal((28 * Picture.Zoom, 28 * Picture.Zoom), (picture.ShownWidth, picture.ShownHeight));
        IImageInfo stored = Image.Identify(picture.Png);
        Assert.Equal((28, 28), (stored.Width, stored.Height));
        string html = picture.ToHtml();
        Assert.Contains("image-rendering:pixelated", html);
        Assert.Contains("<img src=\"data:image/png;base64,", html);
        Assert.Contains("<figcaption>28x28</figcaption>", html);
    }

    [Fact]
    public void A_row_shows_every_picture_in_order()
    {
        using var a = new Image<L8>(20, 14);
        using var b = new Image<L8>(28, 28);

        string html = Show.Gallery([Show.Picture(a, "scaled"), Show.Picture(b, "centred")]).ToHtml();

        Assert.Equal(2, html.Split("<img ").Length - 1);
        Assert.True(html.IndexOf("scaled, 20x14", StringComparison.Ordinal) < html.IndexOf("centred, 28x28", StringComparison.Ordinal));
    }

    [Fact]
    public void The_notebook_shows_an_image_a_picture_and_a_prepared_digit_as_html()
    {
        NotebookFormatters.Register();
        using var temp = new TempFolder();
        using var page = DrawnDigits.Grey(DrawnDigits.Seven);
        using PreparedDigit digit = DigitPreparation.Prepare(DrawnDigits.SavePng(page, temp.Combine("seven.png")));

        // Any ImageSharp image a cell ends with is a picture, not a tree of its properties.
        Assert.Equal(Show.Picture(digit.Scaled).ToHtml(), digit.Scaled.ToDisplayString(HtmlFormatter.MimeType));
        Assert.Equal(Show.Picture(page, "page").ToHtml(), Show.Picture(page, "page").ToDisplayString(HtmlFormatter.MimeType));
        string steps = digit.ToDisplayString(HtmlFormatter.MimeType);
        Assert.Equal(Show.Steps(digit).ToHtml(), steps);
        Assert.Equal(6, steps.Split("<img ").Length - 1);
    }

    [Fact]
    public void The_grey_level_chart_counts_every_pixel_and_marks_the_threshold()
    {
        using var page = DrawnDigits.Grey(DrawnDigits.Seven);
        InkLevels ink = InkLevels.Of(page);

        var figure = JsonDocument.Parse(GenericChart.toFigureJson(Charts.GreyLevels(page, ink))).RootElement;

        var traces = figure.GetProperty("data").EnumerateArray().ToArray();
        Assert.Equal(2, traces.Length);
        Assert.Equal(new[] { 25.0, 235.0 }, traces[0].GetProperty("x").EnumerateArray().Select(v => v.GetDouble()));
        Assert.Equal(page.Width * page.Height, traces[0].GetProperty("y").EnumerateArray().Sum(v => v.GetDouble()));
        Assert.All(traces[1].GetProperty("x").EnumerateArray(), x => Assert.Equal(ink.Threshold, x.GetDouble()));
        Assert.Equal($"threshold {ink.Threshold}", traces[1].GetProperty("name").GetString());
        Assert.Equal("log", figure.GetProperty("layout").GetProperty("yaxis").GetProperty("type").GetString());
    }
}
