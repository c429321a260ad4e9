using System.Text.Json.Nodes;
using NotebookRunner;
using Xunit;

namespace NeuralNetLessons.Tests.Notebooks;

public class PackageProgressCleanupTests
{
    [Fact]
    public void Drops_the_in_progress_package_messages_and_keeps_everything_else()
    {
        static JsonObject Html(string html) => new()
        {
            ["output_type"] = "display_data",
            ["metadata"] = new JsonObject(),
            ["data"] = new JsonObject { ["text/html"] = new JsonArray(html) },
        };
        var notebook = new JsonObject
        {
            ["cells"] = new JsonArray(new JsonObject
            {
                ["cell_type"] = "code",
                ["outputs"] = new JsonArray(
                    Html("<div><strong>Installing Packages</strong><ul><li>NeuralNetLessons</li></ul></div>"),
                    Html("<div><strong>Installing Packages</strong><ul><li>NeuralNetLessons.</li></ul></div>"),
                    Html("<div><strong>Installed Packages</strong><ul><li>NeuralNetLessons, 1.0</li></ul></div>"),
                    new JsonObject { ["output_type"] = "stream", ["name"] = "stdout", ["text"] = new JsonArray("ready") }),
            }),
        };
        PackageProgressCleanup.Apply(notebook);

        var outputs = notebook["cells"]![0]!["outputs"]!.AsArray();
        Assert.Equal(2, outputs.Count);
        Assert.Contains("Installed Packages", outputs[0]!.ToJsonString());
        Assert.Equal("stream", (string?)outputs[1]!["output_type"]);
    }
}
