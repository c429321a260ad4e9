using System.Security.Cryptography;
using NeuralNetLessons.Native;
using Xunit;

namespace NeuralNetLessons.Tests.Native;

public sealed class ElfSymbolVersionsTests : IDisposable
{
    private const string Version = "GLIBCXX_3.4.32";
    private readonly string _dir = Directory.CreateTempSubdirectory("elf-tests-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Shipped => TorchNative.Locate("libLibTorchSharp.so") ?? throw new FileNotFoundException("libLibTorchSharp.so");

    [Fact]
    public void Reads_the_requirements_of_the_shipped_library()
    {
        var versions = ElfSymbolVersions.ReadRequired(Shipped);

        Assert.Equal(28, versions.Count); // as `readelf -V` lists them
        Assert.Contains(new RequiredSymbolVersion("libc.so.6", "GLIBC_2.34", false, versions.Single(v => v.Name == "GLIBC_2.34").FlagsOffset), versions);
        var tooNew = versions.Single(v => v.Name == Version);
        Assert.Equal("libstdc++.so.6", tooNew.Library);
        Assert.False(tooNew.IsWeak);
    }

    [Fact]
    public void Patching_a_copy_marks_only_that_version_weak_and_leaves_the_original_alone()
    {
        byte[] originalHash = SHA256.HashData(File.ReadAllBytes(Shipped));
        string copy = Path.Combine(_dir, "libLibTorchSharp.so");
        File.Copy(Shipped, copy);
        byte[] bytes = File.ReadAllBytes(copy);
        var before = ElfSymbolVersions.ReadRequired(bytes, copy);

        byte[] patched = ElfSymbolVersions.MarkWeak(bytes, copy, Version);

        long flags = before.Single(v => v.Name == Version).FlagsOffset;
        var changed = Enumerable.Range(0, bytes.Length).Where(i => bytes[i] != patched[i]).ToList();
        Assert.Equal([(int)flags], changed);
        var expected = before.Select(v => v.Name == Version ? v with { IsWeak = true } : v);
        Assert.Equal(expected, ElfSymbolVersions.ReadRequired(patched, "patched"));
        Assert.Equal(File.ReadAllBytes(Shipped), bytes); // the input array is not modified either
        Assert.Equal(originalHash, SHA256.HashData(File.ReadAllBytes(Shipped)));
    }

    [Fact]
    public void The_shipped_file_is_never_patched_in_place()
    {
        // The test process has already run TorchNative.EnsureLoaded (see TestSetup).
        Assert.False(ElfSymbolVersions.ReadRequired(Shipped).Single(v => v.Name == Version).IsWeak);
    }

    [Fact]
    public void Patching_twice_gives_the_same_bytes()
    {
        byte[] once = ElfSymbolVersions.MarkWeak(File.ReadAllBytes(Shipped), Shipped, Version);

        Assert.Equal(once, ElfSymbolVersions.MarkWeak(once, "patched once", Version));
    }

    [Fact]
    public void The_patched_copy_loads_in_a_fresh_process()
    {
        string patched = Path.Combine(_dir, "libLibTorchSharp.so");
        File.WriteAllBytes(patched, ElfSymbolVersions.MarkWeak(File.ReadAllBytes(Shipped), Shipped, Version));
        string torchCpu = TorchNative.Locate("libtorch_cpu.so")!;
        string torch = Path.Combine(Path.GetDirectoryName(torchCpu)!, "libtorch.so");

        var (exitCode, output) = TorchCheckProcess.Run(null, "load", torchCpu, torch, patched);

        Assert.True(exitCode == 0, output);
        Assert.Contains($"loaded: {patched}", output);
    }

    [Theory]
    [InlineData("not an ELF file", "is not an ELF file")]
    [InlineData("64 bytes", "truncated or corrupt")]
    [InlineData("half", "truncated or corrupt")]
    public void Bad_input_gives_a_clear_error_naming_the_file(string content, string reason)
    {
        byte[] shipped = File.ReadAllBytes(Shipped);
        byte[] bytes = content switch
        {
            "64 bytes" => shipped[..64],
            "half" => shipped[..(shipped.Length / 2)],
            _ => "this is not an ELF file"u8.ToArray(),
        };
        string path = Path.Combine(_dir, "bad.so");
        File.WriteAllBytes(path, bytes);

        var error = Assert.Throws<InvalidDataException>(() => ElfSymbolVersions.ReadRequired(path));

        Assert.Contains(path, error.Message);
        Assert.Contains(reason, error.Message);
    }

    [Fact]
    public void Marking_a_version_the_file_does_not_need_is_an_error()
    {
        var error = Assert.Throws<InvalidDataException>(() => ElfSymbolVersions.MarkWeak(File.ReadAllBytes(Shipped), Shipped, "GLIBCXX_9.9"));

        Assert.Contains("GLIBCXX_9.9", error.Message);
    }
}
