using System.Xml.Linq;
using Microsoft.DotNet.Interactive.Formatting;
using NeuralNetLessons.Display;
using NeuralNetLessons.Learning;
using NeuralNetLessons.Notebooks;
using TorchSharp;
using Xunit;
using static TorchSharp.torch;

namespace NeuralNetLessons.Tests.Learning;

/// <summary>The confusion table: counts of true class against predicted class.</summary>
public class ConfusionTests
{
    // Scores (before the sigmoid) and targets for eight images, each counted by hand:
    //   threes (target 1): 2.0 right, 0.3 right, -1.0 wrong, 0.0 wrong (sigmoid(0) = 0.5 is not > 0.5)
    //   sevens (target 0): -3.0 right, -0.1 right, -2.0 right, 4.0 wrong
    static readonly float[] Scores = [2.0f, 0.3f, -1.0f, 0.0f, -3.0f, -0.1f, -2.0f, 4.0f];
    static readonly float[] Targets = [1, 1, 1, 1, 0, 0, 0, 0];

    [Fact]
    public void Counts_each_kind_of_answer()
    {
        using Tensor scores = torch.tensor(Scores).unsqueeze(1);
        using Tensor targets = torch.tensor(Targets).unsqueeze(1);

        var confusion = Confusion.Of(scores, targets);

        Assert.Equal(new Confusion(ThreesCalledThree: 2, ThreesCalledSeven: 2, SevensCalledThree: 1, SevensCalledSeven: 3), confusion);
        Assert.Equal((4, 4, 8), (confusion.Threes, confusion.Sevens, confusion.Total));
        Assert.Equal((5, 3), (confusion.Correct, confusion.Mistakes));
        Assert.Equal(5 / 8.0, confusion.Accuracy);
    }

    [Fact]
    public void Agrees_with_the_lessons_accuracy_on_one_batch()
    {
        using Tensor scores = torch.tensor(Scores).unsqueeze(1);
        using Tensor targets = torch.tensor(Targets).unsqueeze(1);

        Assert.Equal(Accuracy.OfBatch(scores, targets).item<float>(), (float)Confusion.Of(scores, targets).Accuracy);
    }

    [Fact]
    public void Its_html_is_a_two_by_two_table_with_row_totals()
    {
        using Tensor scores = torch.tensor(Scores).unsqueeze(1);
        using Tensor targets = torch.tensor(Targets).unsqueeze(1);

        var table = XElement.Parse(new ConfusionTable(Confusion.Of(scores, targets)).ToHtml());

        Assert.Equal(["", "predicted 3", "predicted 7", "total"], table.Element("thead")!.Descendants("th").Select(th => th.Value));
        var rows = table.Element("tbody")!.Elements("tr").ToArray();
        Assert.Equal(["true 3", "true 7"], rows.Select(r => r.Element("th")!.Value));
        Assert.Equal([["2", "2", "4"], ["1", "3", "4"]], rows.Select(r => r.Elements("td").Select(td => td.Value).ToArray()));
    }

    [Fact]
    public void The_notebook_shows_it_as_its_html()
    {
        NotebookFormatters.Register();
        using Tensor scores = torch.tensor(Scores).unsqueeze(1);
        using Tensor targets = torch.tensor(Targets).unsqueeze(1);
        var confusion = Confusion.Of(scores, targets);

        Assert.Equal(new ConfusionTable(confusion).ToHtml(), confusion.ToDisplayString(HtmlFormatter.MimeType));
    }

    [Fact]
    public void Nothing_to_count_gives_zeros_and_no_accuracy()
    {
        using Tensor none = torch.zeros(0, 1);

        var confusion = Confusion.Of(none, none);

        Assert.Equal(0, confusion.Total);
        Assert.True(double.IsNaN(confusion.Accuracy));
    }

    [Fact]
    public void Shapes_that_do_not_match_are_an_error_showing_both()
    {
        using Tensor scores = torch.zeros(699, 1);
        using Tensor targets = torch.zeros(699);

        var error = Assert.Throws<ArgumentException>(() => Confusion.Of(scores, targets));

        Assert.Contains("predictions [699, 1] and targets [699] must have the same shape", error.Message);
    }

    [Fact]
    public void Targets_other_than_zero_and_one_are_an_error()
    {
        using Tensor scores = torch.zeros(3, 1);
        using Tensor targets = torch.tensor(new float[] { 1, 3, 7 }).unsqueeze(1);

        var error = Assert.Throws<ArgumentException>(() => Confusion.Of(scores, targets));

        Assert.Contains("only 1 (a three) and 0 (a seven)", error.Message);
        Assert.Contains("2 of them", error.Message);
    }
}
