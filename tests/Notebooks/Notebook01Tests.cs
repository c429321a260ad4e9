using Xunit;

namespace NeuralNetLessons.Tests.Notebooks;

public abstract class Notebook01Tests(NotebookRuns notebooks)
{
    private const string Name = "01-loading-the-data.ipynb";

    [SkippableFact]
    public async Task Counts_every_class_folder()
    {
        var text = (await notebooks.RunCommittedAsync(Name)).Executed!.OutputOf("images-per-folder");
        Assert.Contains("train/3: 346 images", text);
        Assert.Contains("train/7: 363 images", text);
        Assert.Contains("valid/3: 346 images", text);
        Assert.Contains("valid/7: 353 images", text);
    }

    [SkippableFact]
    public async Task Shows_the_example_three_as_a_picture_with_its_shape_and_range()
    {
        var executed = (await notebooks.RunCommittedAsync(Name)).Executed!;
        Assert.Contains("7030.png", executed.OutputOf("first-three-file"));
        Assert.Contains("shape: [28, 28], element type: Byte", executed.OutputOf("one-image-shape"));
        Assert.Contains("smallest value: 0, largest value: 255", executed.OutputOf("pixel-range"));
        Assert.Contains(executed.Outputs("text/html"), html => html.Contains("<img src=\"data:image/png;base64,"));
    }
}

[Collection(nameof(HeadlessNotebooks))]
public sealed class Notebook01HeadlessTests(HeadlessNotebooks notebooks) : Notebook01Tests(notebooks);

[Collection(nameof(JupyterNotebooks))]
[Trait("Runner", "Jupyter")]
public sealed class Notebook01JupyterTests(JupyterNotebooks notebooks) : Notebook01Tests(notebooks);
