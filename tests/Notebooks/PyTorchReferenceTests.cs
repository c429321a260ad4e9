using System.Text.Json.Nodes;
using Xunit;

namespace NeuralNetLessons.Tests.Notebooks;

public class PyTorchReferenceTests
{
    /// <summary>
    /// The reference numbers the notebook tests compare with are what tools/pytorch-reference/lesson.py
    /// prints, not numbers edited by hand. Needs Python 3 with PyTorch and Pillow (Debian:
    /// python3-torch, python3-pil); elsewhere the test says so and is skipped. Exact, except for the runs
    /// that are chaotic on any CPU (<see cref="PyTorchReference.IsChaotic"/>), which are held to their band.
    /// </summary>
    [SkippableFact]
    [Trait("Category", "Reproducibility")]
    public void The_reference_file_is_what_PyTorch_computes_from_the_data()
    {
        var script = Path.Combine(RepositoryPaths.Root, "tools", "pytorch-reference", "lesson.py");
        var python = FindPython("torch, PIL, numpy");
        Skip.If(python is null, "No Python 3 with PyTorch, Pillow and NumPy here; apt-get install python3-torch python3-pil to run this check.");

        var (exitCode, output, errors) = Python(python, script, TestData.MnistTinyRoot);

        Assert.True(exitCode == 0, errors);
        var computed = JsonNode.Parse(output)!;
        var kept = JsonNode.Parse(File.ReadAllText(PyTorchReference.File))!;
        computed["torch"] = kept["torch"]!.GetValue<string>(); // the version line may differ; the numbers may not
        // PyTorch's own chaotic runs move with the CPU as TorchSharp's do: those are held to the band, and
        // then left out of the comparison, which is exact for everything else.
        foreach (var run in ChaoticRuns(computed))
        {
            PyTorchReference.AssertAgrees(Text(run, "model"), Text(run, "init"), run["seed"]!.GetValue<int>(),
                run["accuracy"]!.AsArray().Select(a => a!.GetValue<double>()).ToArray());
            run["accuracy"] = null;
        }
        foreach (var run in ChaoticRuns(kept))
        {
            run["accuracy"] = null;
        }
        Assert.True(JsonNode.DeepEquals(kept, computed), "tests/Fixtures/pytorch-reference.json differs from what lesson.py computes now");
    }

    /// <summary>
    /// The same for notebook 12: the reference file is what tools/pytorch-reference/all_ten.py computes
    /// from the small copy of MNIST. Exact, except the net's numbers, which move with the CPU in PyTorch
    /// as in TorchSharp (<see cref="PyTorchReferenceAllTen.DependsOnCpu"/>) and are held to their bands.
    /// </summary>
    [SkippableFact]
    [Trait("Category", "Reproducibility")]
    public void The_all_ten_digits_reference_file_is_what_PyTorch_computes_from_the_small_copy_of_MNIST()
    {
        Skip.If(TestData.MnistSmallRoot is null, "The small copy of MNIST (../shared/data/mnist-small) is not beside the repository.");
        AssertAllTenReferenceIsComputed(PyTorchReferenceAllTen.Digits, TestData.MnistSmallRoot);
    }

    /// <summary>The same for notebook 13: the same script on Fashion-MNIST (about a minute of PyTorch).</summary>
    [SkippableFact]
    [Trait("Category", "Reproducibility")]
    public void The_fashion_reference_file_is_what_PyTorch_computes_from_Fashion_MNIST()
    {
        Skip.If(TestData.FashionMnistRoot is null, "Fashion-MNIST is not on this machine: apt-get install dataset-fashion-mnist.");
        AssertAllTenReferenceIsComputed(PyTorchReferenceAllTen.Fashion, TestData.FashionMnistRoot);
    }

    private static void AssertAllTenReferenceIsComputed(PyTorchReferenceAllTen reference, string dataFolder)
    {
        var script = Path.Combine(RepositoryPaths.Root, "tools", "pytorch-reference", "all_ten.py");
        var python = FindPython("torch, numpy");
        Skip.If(python is null, "No Python 3 with PyTorch and NumPy here; apt-get install python3-torch to run this check.");

        var (exitCode, output, errors) = Python(python, script, dataFolder);

        Assert.True(exitCode == 0, errors);
        var computed = JsonNode.Parse(output)!;
        var kept = JsonNode.Parse(File.ReadAllText(reference.File))!;
        computed["torch"] = kept["torch"]!.GetValue<string>(); // the version line may differ; the numbers may not
        reference.AssertAgrees("net", Numbers(computed["net"]!["accuracy"]!), Numbers(computed["net"]!["loss"]!));
        computed["net"] = null;
        kept["net"] = null;
        Assert.True(JsonNode.DeepEquals(kept, computed), $"{reference.File} differs from what all_ten.py computes now");
    }

    private static double[] Numbers(JsonNode array) => [.. array.AsArray().Select(value => value!.GetValue<double>())];

    /// <summary>
    /// A Python 3 that imports <paramref name="modules"/>, or null. Debian's python3-torch is for the
    /// system's Python, which may not be the first python3 on the PATH.
    /// </summary>
    private static string? FindPython(string modules) =>
        new[] { "python3", "/usr/bin/python3" }.FirstOrDefault(candidate => Python(candidate, "-c", $"import {modules}").ExitCode == 0);

    private static IEnumerable<JsonNode> ChaoticRuns(JsonNode reference) =>
        reference["runs"]!.AsArray().Select(run => run!).Where(run => PyTorchReference.IsChaotic(Text(run, "model"), Text(run, "init")));

    private static string Text(JsonNode run, string name) => run[name]!.GetValue<string>();

    private static (int ExitCode, string Output, string Errors) Python(string python, params string[] args)
    {
        var result = NotebookRunner.ProcessOutput.Run(python, args);
        return (result.ExitCode, result.Output, result.Errors);
    }
}
