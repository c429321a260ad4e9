using System.Text.Json.Nodes;
using NotebookRunner;
using Xunit;

namespace NeuralNetLessons.Tests.Notebooks;

[Collection(nameof(HeadlessNotebooks))]
public class NotebookProfileTests
{
    [Fact]
    public async Task Profiling_times_every_cell_whatever_characters_its_first_line_holds()
    {
        var notebook = Path.Combine(AppContext.BaseDirectory, "Fixtures", "profile-me.ipynb");
        var output = Directory.CreateTempSubdirectory("profile-").FullName;
        try
        {
            var cells = await NotebookProfile.RunAsync(notebook, output, TimeSpan.FromMinutes(5), RepositoryPaths.Notebooks);

            Assert.Equal(
                [
                    "kernel start + #r \"nuget: NeuralNetLessons, 1.0.0-local\"",
                    "var path = @\"C:\\data\\{x}\"; // a \"quoted\" {brace}",
                    "System.Threading.Thread.Sleep(400); // a cell that takes ...",
                    "path.Length",
                ],
                cells.Select(c => c.Cell));
            // Each figure belongs to its own cell: the 400 ms sleep shows in its cell, not in the next.
            Assert.InRange(cells[2].Milliseconds, 400, 60_000);
            Assert.InRange(cells[3].Milliseconds, 0, cells[2].Milliseconds - 1);
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    [Fact]
    public void A_timing_cell_follows_every_code_cell_and_markdown_is_left_alone()
    {
        var original = File.ReadAllText(Path.Combine(RepositoryPaths.Notebooks, "01-loading-the-data.ipynb"));
        var before = JsonNode.Parse(original)!["cells"]!.AsArray();

        var after = JsonNode.Parse(NotebookProfile.Instrument(original))!["cells"]!.AsArray();

        var codeCells = before.Count(c => (string?)c!["cell_type"] == "code");
        Assert.Equal(before.Count + codeCells, after.Count);
        for (int i = 0, j = 0; i < before.Count; i++, j++)
        {
            Assert.Equal(before[i]!.ToJsonString(), after[j]!.ToJsonString());
            if ((string?)before[i]!["cell_type"] == "code")
            {
                j++;
                Assert.Contains("[profile]", (string?)after[j]!["source"]![0]);
            }
        }
    }
}
