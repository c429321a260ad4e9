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
    public void NuGet_keeps_at_most_one_unpacked_copy_of_the_library()
    {
        var packagesFolder = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var library = Path.Combine(packagesFolder, "neuralnetlessons");
        var versions = Directory.Exists(library) ? Directory.GetDirectories(library).Select(Path.GetFileName) : [];

        Assert.All(versions, version => Assert.Equal(FakePackage.CourseVersion, version));
    }
}
