using System.Text.Json.Nodes;
using System.Xml.Linq;
using NotebookRunner;
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

    [SkippableFact]
    public void A_build_while_a_kernel_holds_the_unpacked_library_succeeds_and_the_restarted_kernel_gets_the_new_one()
    {
        // Windows keeps a loaded DLL from being deleted; an immutable file (chattr +i, root only) does the same here.
        Skip.IfNot(Environment.UserName == "root" && File.Exists("/usr/bin/chattr"), "needs root and chattr to hold a file as a running kernel does");
        using var temp = new TempFolder();
        string packages = temp.Combine("packages"), held = Path.Combine(packages, "neuralnetlessons", FakePackage.CourseVersion, "content", "old.txt");
        Restore(temp, "old");
        Skip.IfNot(ProcessOutput.Run("chattr", ["+i", held]).ExitCode == 0, "this file system cannot hold a file with chattr +i");
        try
        {
            var (exitCode, output) = Dotnet("msbuild", Path.Combine(RepositoryPaths.Root, "lib", "NeuralNetLessons.csproj"),
                "-nologo", "-warnaserror", "-t:ForgetInstalledPackage", $"-p:NuGetPackageRoot={packages}/");

            Assert.True(exitCode == 0, output);
            Assert.Contains("restart the kernel to load this build", output);
            Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(Path.GetDirectoryName(held))!, "*.nupkg.*"));
        }
        finally
        {
            ProcessOutput.Run("chattr", ["-i", held]);
        }

        // The kernel has stopped: its restore unpacks the new build over the old folder.
        Restore(temp, "new");
        Assert.True(File.Exists(Path.Combine(packages, "neuralnetlessons", FakePackage.CourseVersion, "content", "new.txt")));
    }

    /// <summary>Restores a project that references the course's package from a feed holding the one marked <paramref name="marker"/>.</summary>
    private static void Restore(TempFolder temp, string marker)
    {
        string feed = temp.Combine("feed-" + marker), project = temp.Combine("project-" + marker);
        Directory.CreateDirectory(feed);
        Directory.CreateDirectory(project);
        FakePackage.Marked(feed, marker);
        File.WriteAllText(Path.Combine(project, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration><packageSources><clear /><add key="feed" value="{feed}" /></packageSources></configuration>
            """);
        File.WriteAllText(Path.Combine(project, "p.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
              <ItemGroup><PackageReference Include="NeuralNetLessons" Version="{FakePackage.CourseVersion}" /></ItemGroup>
            </Project>
            """);
        var (exitCode, output) = Dotnet("restore", project, "--packages", temp.Combine("packages"), "-nologo");
        Assert.True(exitCode == 0, output);
    }

    private static (int ExitCode, string Output) Dotnet(params string[] args)
    {
        var result = ProcessOutput.Run("dotnet", args);
        return (result.ExitCode, result.AllOutput);
    }
}
