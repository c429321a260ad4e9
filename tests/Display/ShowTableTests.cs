using NeuralNetLessons.Display;
using Xunit;

namespace NeuralNetLessons.Tests.Display;

public class ShowTableTests
{
    private sealed record Step(string Tensor, string Shape);

    [Fact]
    public void A_list_of_records_becomes_a_table_with_a_column_per_property()
    {
        var table = Show.Table(new[] { new Step("x", "[709, 784]"), new Step("w1", "[784, 30]") });

        Assert.Equal(["Tensor", "Shape"], table.Columns);
        Assert.Equal(2, table.Count);
        Assert.Equal("[784, 30]", table[1, "Shape"]);
        var html = table.ToHtml();
        Assert.Contains("<td>w1</td>", html);
        Assert.True(html.IndexOf(">tensor<", StringComparison.Ordinal) < html.IndexOf(">shape<", StringComparison.Ordinal));
    }

    private sealed record Result(string Model, string StartingWeights, double ValidationAccuracy, int WrongOfMNIST, int WrongOf699 = 0);

    [Fact]
    public void The_drawn_table_has_words_for_headers_and_every_fraction_with_the_same_decimals()
    {
        var table = Show.Table(new[] { new Result("ReLU net", "std 1.0", 0.94, 42), new Result("linear", "std 1.0", 0.96071, 27) });

        var html = table.ToHtml();
        Assert.Equal(["Model", "StartingWeights", "ValidationAccuracy", "WrongOfMNIST", "WrongOf699"], table.Columns);
        Assert.Equal(0.94, table[0, "ValidationAccuracy"]);
        Assert.Contains(">starting weights<", html);
        Assert.Contains(">validation accuracy<", html);
        Assert.Contains(">wrong of MNIST<", html);
        Assert.Contains(">wrong of 699<", html);
        Assert.Contains("<td>0.9400</td>", html);
        Assert.Contains("<td>0.9607</td>", html);
        Assert.Contains("<td>42</td>", html);
        Assert.Contains("<td>0.940</td>", Show.Table(new[] { new Result("a", "b", 0.94, 1) }, decimals: 3).ToHtml());
    }
}
