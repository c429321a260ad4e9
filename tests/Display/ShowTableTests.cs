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
        Assert.True(html.IndexOf("Tensor", StringComparison.Ordinal) < html.IndexOf("Shape", StringComparison.Ordinal));
    }
}
