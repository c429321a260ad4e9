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

        Assert.Equal(["Tensor", "Shape"], table.Schema.Fields.Select(f => f.Name));
        Assert.Equal(2, table.Data.Count());
        Assert.Equal("[784, 30]", table.Data.Last().First(cell => cell.Key == "Shape").Value);
    }
}
