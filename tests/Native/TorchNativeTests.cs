using NeuralNetLessons.Native;
using TorchSharp;
using Xunit;

namespace NeuralNetLessons.Tests.Native;

public sealed class TorchNativeTests : IDisposable
{
    private readonly string _dataHome = Directory.CreateTempSubdirectory("torch-native-tests-").FullName;

    public void Dispose() => Directory.Delete(_dataHome, recursive: true);

    [Fact]
    public void Torch_works_in_the_test_process()
    {
        Assert.Equal(1f, torch.ones(1).sum().item<float>());
    }

    [Fact]
    public void Ensure_loaded_can_be_called_again()
    {
        TorchNative.EnsureLoaded();
        TorchNative.EnsureLoaded();

        Assert.Equal(3f, torch.ones(3).sum().item<float>());
    }

    [Fact]
    public void Torch_works_in_a_fresh_process_with_PyTorchs_random_numbers()
    {
        var (exitCode, output) = TorchCheckProcess.Run(new Dictionary<string, string> { ["XDG_DATA_HOME"] = _dataHome }, "ensure");

        Assert.True(exitCode == 0, output);
        Assert.Contains("ones: 1", output);
        Assert.Contains("randn: 0.3607 -0.2859 -0.3938", output); // what PyTorch gives for manual_seed(100)
    }

    [SkippableFact]
    public void Where_the_shipped_library_cannot_load_a_patched_copy_is_loaded_and_reused()
    {
        var environment = new Dictionary<string, string> { ["XDG_DATA_HOME"] = _dataHome };

        var (exitCode, output) = TorchCheckProcess.Run(environment, "ensure");

        Assert.True(exitCode == 0, output);
        string loaded = LoadedLibTorchSharp(output);
        Skip.If(loaded == TorchNative.Locate("libLibTorchSharp.so"),
            "This system's libstdc++ has GLIBCXX_3.4.32, so TorchSharp's own libLibTorchSharp.so loads and nothing is patched.");
        Assert.StartsWith(Path.Combine(_dataHome, "NeuralNetLessons", "native"), loaded);
        Assert.True(ElfSymbolVersions.ReadRequired(loaded).Single(v => v.Name == "GLIBCXX_3.4.32").IsWeak);
        Assert.Equal([loaded], Directory.GetFiles(Path.GetDirectoryName(loaded)!)); // no temporary file left behind
        var written = File.GetLastWriteTimeUtc(loaded);

        var (againExitCode, againOutput) = TorchCheckProcess.Run(environment, "ensure");

        Assert.True(againExitCode == 0, againOutput);
        Assert.Equal(loaded, LoadedLibTorchSharp(againOutput));
        Assert.Equal(written, File.GetLastWriteTimeUtc(loaded));
    }

    /// <summary>Which libLibTorchSharp.so the TorchCheck process really mapped: the package's or the patched copy.</summary>
    private static string LoadedLibTorchSharp(string output) =>
        output.Split('\n').Single(l => l.StartsWith("libLibTorchSharp: ", StringComparison.Ordinal))["libLibTorchSharp: ".Length..].Trim();

    [Fact]
    public void The_library_module_initializer_alone_makes_torch_work()
    {
        var (exitCode, output) = TorchCheckProcess.Run(new Dictionary<string, string> { ["XDG_DATA_HOME"] = _dataHome }, "module-init");

        Assert.True(exitCode == 0, output);
        Assert.Contains("ones: 1", output);
    }

    [Fact]
    public void Finds_the_natives_in_the_NuGet_package_folders_like_a_notebook()
    {
        // A notebook kernel loads TorchSharp.dll from <packages>/torchsharp/<version>/lib/<tfm>/.
        string packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var version = typeof(torch).Assembly.GetName().Version!;
        string dll = Path.Combine(packages, "torchsharp", $"{version.Major}.{version.Minor}.{version.Build}", "lib", "net8.0", "TorchSharp.dll");
        Assert.True(File.Exists(dll), dll);

        var folders = TorchNative.CandidateFolders(_dataHome, dll, nugetPackages: null);

        Assert.Contains(folders, f => f.StartsWith(Path.Combine(packages, "torchsharp"), StringComparison.Ordinal) && File.Exists(Path.Combine(f, "libLibTorchSharp.so")));
        Assert.Contains(folders, f => f.StartsWith(Path.Combine(packages, "libtorch-cpu-linux-x64"), StringComparison.Ordinal) && File.Exists(Path.Combine(f, "libtorch_cpu.so")));
    }
}
