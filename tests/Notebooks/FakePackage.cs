using System.IO.Compression;

namespace NeuralNetLessons.Tests.Notebooks;

/// <summary>
/// Stand-ins for NeuralNetLessons packages: a nuspec and a marker file saying which one it is,
/// enough for NuGet to resolve and unpack, so a test can see which package a notebook got.
/// </summary>
internal static class FakePackage
{
    /// <summary>The version every notebook's setup cell asks for.</summary>
    public const string CourseVersion = "1.0.0-local";

    /// <summary>
    /// A notebook whose one cell is the setup cell's package reference. It first names the course
    /// feed again with #i (already its only source): the kernel keeps a cache of earlier restores,
    /// keyed by the directives' text, and a new feed path makes it restore afresh.
    /// </summary>
    public static string SetupOnlyNotebook(string courseFeed) => $$"""
        {
          "cells": [
            {
              "cell_type": "code", "execution_count": null, "outputs": [],
              "metadata": { "polyglot_notebook": { "kernelName": "csharp" } },
              "source": ["#i \"nuget: {{courseFeed}}\"\n#r \"nuget: NeuralNetLessons, {{CourseVersion}}\""]
            }
          ],
          "metadata": { "kernelspec": { "display_name": ".NET (C#)", "language": "C#", "name": ".net-csharp" } },
          "nbformat": 4, "nbformat_minor": 5
        }
        """;

    /// <summary>Writes the "genuine" package of the course's version into a feed folder.</summary>
    public static void Genuine(string feed) => Write(feed, CourseVersion, "genuine");

    /// <summary>Writes a package of the course's version whose content and description say <paramref name="marker"/>.</summary>
    public static void Marked(string feed, string marker) => Write(feed, CourseVersion, marker);

    /// <summary>A feed holding impostors: one of the course's version and one of a higher version.</summary>
    public static string WriteImpostors(string feed)
    {
        Directory.CreateDirectory(feed);
        Write(feed, CourseVersion, "impostor");
        Write(feed, "99.0.0", "impostor");
        return feed;
    }

    /// <summary>A nuget.config in <paramref name="folder"/> that adds <paramref name="feed"/> as a package source.</summary>
    public static void WriteFeedConfig(string folder, string feed) =>
        File.WriteAllText(Path.Combine(folder, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources><add key="another-feed" value="{feed}" /></packageSources>
            </configuration>
            """);

    private static void Write(string feed, string version, string marker)
    {
        using var package = ZipFile.Open(Path.Combine(feed, $"NeuralNetLessons.{version}.nupkg"), ZipArchiveMode.Create);
        using (var nuspec = new StreamWriter(package.CreateEntry("NeuralNetLessons.nuspec").Open()))
        {
            nuspec.Write($"""
                <?xml version="1.0" encoding="utf-8"?>
                <package xmlns="http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd">
                  <metadata><id>NeuralNetLessons</id><version>{version}</version><authors>test</authors><description>{marker}</description></metadata>
                </package>
                """);
        }
        using var content = new StreamWriter(package.CreateEntry($"content/{marker}.txt").Open());
        content.Write(marker);
    }
}
