using System.Text.Json.Nodes;
using NotebookRunner;
using Xunit;

namespace NeuralNetLessons.Tests.Notebooks;

public class SourceCellIdsTests
{
    private static JsonNode Notebook(params JsonObject[] cells) => new JsonObject { ["cells"] = new JsonArray(cells) };

    [Fact]
    public void Each_executed_cell_gets_the_id_of_the_notebooks_cell_at_its_place()
    {
        var source = Notebook(
            new JsonObject { ["cell_type"] = "markdown", ["id"] = "intro" },
            new JsonObject { ["cell_type"] = "code", ["id"] = "setup" });
        var executed = Notebook(
            new JsonObject { ["cell_type"] = "markdown", ["source"] = "# 01" },
            new JsonObject { ["cell_type"] = "code", ["id"] = "made-up", ["outputs"] = new JsonArray() });

        SourceCellIds.CopyTo(executed, source, "01.ipynb");

        var cells = executed["cells"]!.AsArray();
        Assert.Equal(["intro", "setup"], cells.Select(cell => (string?)cell!["id"]));
        Assert.Equal(["cell_type", "id", "outputs"], cells[1]!.AsObject().Select(property => property.Key));
    }

    [Fact]
    public void A_copy_with_other_cells_than_the_notebook_is_refused_with_the_notebooks_name()
    {
        var source = Notebook(new JsonObject { ["cell_type"] = "code", ["id"] = "setup" });
        var executed = Notebook();

        var error = Assert.Throws<FormatException>(() => SourceCellIds.CopyTo(executed, source, "01.ipynb"));

        Assert.Equal("The executed copy of 01.ipynb has 0 cells; the notebook has 1.", error.Message);
    }
}
