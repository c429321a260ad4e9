using System.Text.Json.Nodes;
using System.Xml.Linq;
using Xunit;

namespace NeuralNetLessons.Tests.Notebooks;

/// <summary>The feed that `dotnet build` fills for the notebooks, the only package source they have.</summary>
public class CourseFeedTests
{
    private static string Feed => Path.Combine(RepositoryPaths.Root, "artifacts", "feed");

    [Fact]
    public void The_build_packs_the_version_that_every_setup_cell_asks_for()
    {
        var props = XDocument.Load(Path.Combine(RepositoryPaths.Root, "Directory.Build.props"));
        Assert.Equal(FakePackage.CourseVersion, props.Descendants("CoursePackageVersion").Single().Value);
        Assert.True(File.Exists(Path.Combine(Feed, $"NeuralNetLessons.{FakePackage.CourseVersion}.nupkg")));
    }

    [Fact]
    public void The_feed_holds_every_package_the_library_was_restored_with()
    {
        var assets = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "lib", "obj", "project.assets.json")))!;
        var packages = assets["libraries"]!.AsObject()
            .Where(library => (string?)library.Value!["type"] == "package")
            .Select(library => library.Key.Replace('/', '.').ToLowerInvariant() + ".nupkg")
            .ToList();
        var inFeed = Directory.GetFiles(Feed, "*.nupkg").Select(file => Path.GetFileName(file).ToLowerInvariant()).ToHashSet();

        Assert.Contains("torchsharp-cpu.0.107.0.nupkg", packages);
        Assert.All(packages, package => Assert.Contains(package, inFeed));
    }

    [Fact]
    public void Each_build_removes_the_unpacked_library_so_a_restarted_kernel_unpacks_the_new_one()
    {
        // A package folder as NuGet leaves it after a notebook restored the library, beside another package.
        using var packages = new TempFolder();
        Directory.CreateDirectory(packages.Combine("neuralnetlessons", FakePackage.CourseVersion, "lib"));
        Directory.CreateDirectory(packages.Combine("torchsharp", "0.107.0"));

        var (exitCode, output) = Dotnet("msbuild", Path.Combine(RepositoryPaths.Root, "lib", "NeuralNetLessons.csproj"),
            "-nologo", "-t:ForgetInstalledPackage", $"-p:NuGetPackageRoot={packages.Path}/");

        Assert.True(exitCode == 0, output);
        Assert.Equal(["torchsharp", Path.Combine("torchsharp", "0.107.0")], packages.Contents());
    }

    private static (int ExitCode, string Output) Dotnet(params string[] args)
    {
        var result = NotebookRunner.ProcessOutput.Run("dotnet", args);
        return (result.ExitCode, result.AllOutput);
    }
}
