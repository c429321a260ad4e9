using System.Reflection;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using NeuralNetLessons.Data;

namespace NeuralNetLessons.Native;

/// <summary>TorchSharp's native libraries could not be loaded; the message says what was tried and what to do.</summary>
public sealed class TorchNativeLoadException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// Loads TorchSharp's native libraries by full path before TorchSharp looks for them, so that
/// (a) a system libtorch cannot be picked up instead of the package's, and (b) on systems whose
/// libstdc++ is older than GCC 13's (Debian 12, Ubuntu 22.04, RHEL 9) a copy of
/// libLibTorchSharp.so whose only unmet need, GLIBCXX_3.4.32, is marked weak is loaded instead.
/// Once a library with a given soname is loaded, TorchSharp's own load by bare name returns it.
/// </summary>
public static class TorchNative
{
    internal const string TooNewVersion = "GLIBCXX_3.4.32";
    private const string Rid = "linux-x64";

    private static readonly Lazy<bool> Loaded = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// Call before the first use of <c>TorchSharp.torch</c>. Runs once per process; later calls
    /// return at once, or throw the same <see cref="TorchNativeLoadException"/> again.
    /// Does nothing outside Linux x64.
    /// </summary>
    public static void EnsureLoaded() => _ = Loaded.Value;

    /// <summary>Where the patched copies are kept: one folder per SHA-256 of the original file.</summary>
    internal static string CacheRoot
    {
        get
        {
            // DoNotVerify: without it a missing ~/.local/share gives "" (common in fresh containers).
            // No fallback to the shared temp folder, where another user could plant a library.
            string data = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
            return data.Length > 0
                ? Path.Combine(data, "NeuralNetLessons", "native")
                : throw new InvalidOperationException("There is no per-user data folder for the patched copy: set HOME or XDG_DATA_HOME.");
        }
    }

    private static bool Load()
    {
        if (!OperatingSystem.IsLinux() || RuntimeInformation.ProcessArchitecture != Architecture.X64)
        {
            return false;
        }
        var log = new List<string>();
        try
        {
            return Load(log);
        }
        catch (Exception e) when (e is not TorchNativeLoadException)
        {
            throw Failure(log, e.Message, e);
        }
    }

    private static bool Load(List<string> log)
    {
        string torchCpu = Find("libtorch_cpu.so", log);
        string torch = Path.Combine(Path.GetDirectoryName(torchCpu)!, "libtorch.so");
        string sharp = Find("libLibTorchSharp.so", log);
        Require(TryLoad(torchCpu, log), log);
        Require(TryLoad(torch, log), log);
        if (TryLoad(sharp, log))
        {
            return true;
        }

        byte[] original = File.ReadAllBytes(sharp);
        var needs = ElfSymbolVersions.ReadRequired(original, sharp);
        if (!needs.Any(v => v.Name == TooNewVersion && !v.IsWeak))
        {
            throw Failure(log, $"{sharp} does not require {TooNewVersion}, so the known fix does not apply.");
        }
        string patched = PatchedCopy(sharp, original, log);
        Require(TryLoad(patched, log), log);
        return true;
    }

    /// <summary>
    /// Folders that may hold the natives, best first: an app's or test's output, the folder of
    /// TorchSharp.dll, then the NuGet package folders (a notebook loads TorchSharp.dll from
    /// &lt;root&gt;/torchsharp/&lt;version&gt;/lib/&lt;tfm&gt;/, and libtorch lives in a sibling package).
    /// </summary>
    internal static IReadOnlyList<string> CandidateFolders(string baseDirectory, string torchSharpDll, string? nugetPackages)
    {
        var folders = new List<string> { Path.Combine(baseDirectory, "runtimes", Rid, "native"), baseDirectory };
        var roots = new List<string>();
        if (torchSharpDll.Length > 0)
        {
            string dllFolder = Path.GetDirectoryName(torchSharpDll)!;
            folders.Add(Path.Combine(dllFolder, "runtimes", Rid, "native"));
            folders.Add(dllFolder);
            roots.Add(Path.GetFullPath(Path.Combine(dllFolder, "..", "..", "..", "..")));
        }
        if (!string.IsNullOrEmpty(nugetPackages))
        {
            roots.Add(nugetPackages);
        }

        var torchSharp = typeof(TorchSharp.torch).Assembly;
        var libTorchVersion = typeof(TorchSharp.torch)
            .GetField("libtorchPackageVersion", BindingFlags.NonPublic | BindingFlags.Static)?.GetRawConstantValue() as string;
        foreach (string root in roots)
        {
            folders.AddRange(PackageNativeFolders(root, "torchsharp", torchSharp.GetName().Version?.ToString()));
            folders.AddRange(PackageNativeFolders(root, "libtorch-cpu-" + Rid, libTorchVersion));
        }
        return folders.Select(Path.GetFullPath).Distinct().ToList();
    }

    /// <summary>&lt;root&gt;/&lt;id&gt;/&lt;version&gt;/runtimes/linux-x64/native for the wanted version, or every version if it is unknown.</summary>
    private static IEnumerable<string> PackageNativeFolders(string root, string id, string? wantedVersion)
    {
        string package = Path.Combine(root, id);
        if (!Directory.Exists(package))
        {
            return [];
        }
        var wanted = Version.TryParse(wantedVersion, out var v) ? Normalize(v) : null;
        return Directory.GetDirectories(package)
            .Where(d => wanted is null || (Version.TryParse(Path.GetFileName(d), out var dv) && Normalize(dv) == wanted))
            .Select(d => Path.Combine(d, "runtimes", Rid, "native"));
    }

    // NuGet folders are named "2.10.0" while assemblies say "2.10.0.0".
    private static Version Normalize(Version v) => new(v.Major, v.Minor, Math.Max(v.Build, 0), Math.Max(v.Revision, 0));

    /// <summary>The first of <see cref="CandidateFolders"/> for this process that holds <paramref name="file"/>, or null.</summary>
    internal static string? Locate(string file) =>
        Folders().Select(f => Path.Combine(f, file)).FirstOrDefault(File.Exists);

    // Reading Location does not run torch's static constructor, which would load the natives.
    private static IReadOnlyList<string> Folders() =>
        CandidateFolders(AppContext.BaseDirectory, typeof(TorchSharp.torch).Assembly.Location, Environment.GetEnvironmentVariable("NUGET_PACKAGES"));

    private static string Find(string file, List<string> log)
    {
        string? found = Locate(file);
        if (found is null)
        {
            log.Add($"{file}: not found in any of:{Environment.NewLine}    {string.Join(Environment.NewLine + "    ", Folders())}");
            throw Failure(log, "Is the TorchSharp-cpu package referenced and restored?");
        }
        return found;
    }

    private static bool TryLoad(string path, List<string> log)
    {
        try
        {
            NativeLibrary.Load(path);
            log.Add($"{path}: loaded");
            return true;
        }
        catch (Exception e) when (e is DllNotFoundException or BadImageFormatException)
        {
            // The message carries the loader's own reason (dlerror).
            log.Add($"{path}: failed: {e.Message}");
            return false;
        }
    }

    private static void Require(bool loaded, List<string> log)
    {
        if (!loaded)
        {
            throw Failure(log, null);
        }
    }

    /// <summary>The cached patched copy of <paramref name="sharp"/>, written first if missing or different.</summary>
    private static string PatchedCopy(string sharp, byte[] original, List<string> log)
    {
        string folder = Path.Combine(CacheRoot, Convert.ToHexStringLower(SHA256.HashData(original)));
        string target = Path.Combine(folder, Path.GetFileName(sharp));
        byte[] patched = ElfSymbolVersions.MarkWeak(original, sharp, TooNewVersion);
        try
        {
            if (File.Exists(target) && File.ReadAllBytes(target).AsSpan().SequenceEqual(patched))
            {
                log.Add($"{target}: reusing the patched copy ({TooNewVersion} marked weak)");
                return target;
            }
            // Another process loading TorchSharp at the same time sees the old file or the whole new one.
            WholeFile.Write(target, temporary =>
            {
                using var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write);
                stream.Write(patched);
                stream.Flush(flushToDisk: true);
            });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Failure(log, $"Could not write the patched copy {target}: {e.Message} The folder is under XDG_DATA_HOME (default ~/.local/share), which must be writable.", e);
        }
        log.Add($"{target}: wrote a patched copy of {sharp} ({TooNewVersion} marked weak)");
        return target;
    }

    private static TorchNativeLoadException Failure(List<string> log, string? reason, Exception? inner = null) =>
        new($"""
            TorchSharp's native libraries could not be loaded.{(reason is null ? "" : " " + reason)}
            Tried, in order:
              {string.Join(Environment.NewLine + "  ", log)}
            What to do:
              - "GLIBCXX_... not found": this system's libstdc++ is older than TorchSharp needs; install a newer libstdc++6 (GCC 13 or later).
              - "undefined symbol": another libtorch may be loaded first, e.g. a system one from python3-torch; remove it or load TorchSharp in a fresh process.
              - Otherwise, please file an issue with this whole message.
            """, inner);
}
