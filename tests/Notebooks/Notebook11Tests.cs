using System.Globalization;
using System.Text.RegularExpressions;
using NeuralNetLessons.Images;
using NeuralNetLessons.Tests.Images;
using NotebookRunner;
using Xunit;

namespace NeuralNetLessons.Tests.Notebooks;

/// <summary>What notebook 11 shows for its own sample photo, and for a learner's photo named by OWN_DIGIT.</summary>
public abstract partial class Notebook11Tests(NotebookRuns notebooks)
{
    private const string Name = "11-your-own-digit.ipynb";

    [SkippableFact]
    public async Task Shows_every_step_of_preparing_its_sample_photo_as_a_picture()
    {
        var executed = (await notebooks.RunCommittedAsync(Name)).Executed!;

        Assert.Contains("preparing " + Path.Combine(RepositoryPaths.Notebooks, "output", "sample-digit.jpg"), executed.OutputOf("prepare-sample"));
        var html = executed.Outputs("text/html").ToList();
        string size = $"{SampleDigitPhoto.Width}x{SampleDigitPhoto.Height}";
        Assert.Contains(html, h => h.Contains($"<figcaption>sample photo, {size}</figcaption>"));
        // One cell per step, each showing its picture...
        Assert.Contains(html, h => h.Contains($"<figcaption>photo, {size}</figcaption>"));
        Assert.Contains(html, h => h.Contains($"<figcaption>grey, {size}</figcaption>"));
        Assert.Contains(html, h => h.Contains($"<figcaption>white ink on black, {size}</figcaption>"));
        Assert.Contains(html, h => Regex.IsMatch(h, @"<figcaption>cropped to the ink, \d+x\d+</figcaption>"));
        Assert.Contains(html, h => Regex.IsMatch(h, @"<figcaption>longer side 20, (20x\d+|\d+x20)</figcaption>"));
        Assert.Contains(html, h => h.Contains("<figcaption>centred by mass, 28x28</figcaption>"));
        // ...then all of them in one row from the library's single call.
        var row = html.Single(h => h.Contains("photo, ") && h.Contains("centred by mass, 28x28") && h.Contains("grey, "));
        Assert.Equal(PreparedDigit.StepCaptions.Count, row.Split("<img ").Length - 1);
        Assert.Contains("the same 784 values as the steps above: True", executed.OutputOf("library-prepares-the-same"));
        Assert.Contains(
            NotebookOutputs.Figures(executed).SelectMany(NotebookOutputs.Traces),
            trace => trace.Type == "scatter" && trace.Name.StartsWith("threshold ", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task Prepares_a_28x28_digit_and_predicts_it_with_a_probability()
    {
        var executed = (await notebooks.RunCommittedAsync(Name)).Executed!;

        Assert.Contains("prepared digit: [28, 28], values 0 to 1", executed.OutputOf("prepared-digit"));
        var centre = CentreOfMass().Match(executed.OutputOf("centre-of-mass"));
        Assert.True(centre.Success, "the centre of mass is printed");
        Assert.InRange(Number(centre.Groups[1].Value), 13.0, 14.0);
        Assert.InRange(Number(centre.Groups[2].Value), 13.0, 14.0);
        Assert.InRange(Number(ValidationAccuracy().Match(executed.OutputOf("net-training")).Groups[1].Value), 0.98, 1.0);
        var (probability, prediction) = Prediction(executed.OutputOf("prediction"));
        Assert.InRange(probability, 0, 1);
        Assert.Equal(probability > 0.5 ? 3 : 7, prediction);
        Assert.Contains("blank-page.jpg shows no ink", executed.OutputOf("blank-page"));
    }

    [SkippableFact]
    public async Task Predicts_from_the_photo_named_by_OWN_DIGIT()
    {
        using var temp = new TempFolder();
        using var page = DrawnDigits.Grey(DrawnDigits.Seven);
        string seven = DrawnDigits.SavePng(page, temp.Combine("my-seven.png"));

        var result = await notebooks.RunSeparatelyAsync(
            Path.Combine(RepositoryPaths.Notebooks, Name), "own-digit",
            environment: new Dictionary<string, string> { ["OWN_DIGIT"] = seven });

        Assert.True(result.Passed, result.Problem);
        var executed = result.Executed!;
        Assert.Contains($"preparing {seven}", executed.OutputOf("prepare-sample"));
        var html = executed.Outputs("text/html").ToList();
        Assert.Contains(html, h => h.Contains($"<figcaption>photo, {DrawnDigits.Width}x{DrawnDigits.Height}</figcaption>"));
        Assert.Contains("prepared digit: [28, 28]", executed.OutputOf("prepared-digit"));
        var (probability, prediction) = Prediction(executed.OutputOf("prediction"));
        Assert.InRange(probability, 0, 0.5);
        Assert.Equal(7, prediction);
    }

    private static (double Probability, int Prediction) Prediction(string text)
    {
        var match = PredictionLine().Match(text);
        Assert.True(match.Success, "the notebook prints the probability of three and its prediction");
        return (Number(match.Groups[1].Value), int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture));
    }

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"probability of three: (\d+\.\d+), prediction: (\d)")]
    private static partial Regex PredictionLine();

    [GeneratedRegex(@"centre of mass: column (\d+\.\d+), row (\d+\.\d+)")]
    private static partial Regex CentreOfMass();

    [GeneratedRegex(@"validation accuracy after 20 epochs: (\d\.\d{4})")]
    private static partial Regex ValidationAccuracy();
}

[Collection(nameof(HeadlessNotebooks))]
public sealed class Notebook11HeadlessTests(HeadlessNotebooks notebooks) : Notebook11Tests(notebooks);

[Collection(nameof(JupyterNotebooks))]
[Trait("Runner", "Jupyter")]
public sealed class Notebook11JupyterTests(JupyterNotebooks notebooks) : Notebook11Tests(notebooks);
