using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using TorchSharp;

// Usage:
//   TorchCheck ensure          TorchNative.EnsureLoaded(), then a torch call
//   TorchCheck module-init     the library's module initializer alone, then a torch call
//   TorchCheck load FILE...    NativeLibrary.Load each FILE by full path, nothing else
// Prints what it did; exit code 0 means success.
switch (args.FirstOrDefault())
{
    case "ensure":
        Ensure();
        PrintTorch();
        break;
    case "module-init":
        RunLibraryModuleInitializer();
        PrintTorch();
        break;
    case "load":
        foreach (string file in args.Skip(1))
        {
            NativeLibrary.Load(file);
            Console.WriteLine($"loaded: {file}");
        }
        break;
    default:
        Console.Error.WriteLine("usage: TorchCheck ensure | module-init | load FILE...");
        return 2;
}
return 0;

// The library is touched only in methods of their own: compiling Main must not run the library's
// module initializer, which would load torch before the "load" mode does.
[MethodImpl(MethodImplOptions.NoInlining)]
static void Ensure() => NeuralNetLessons.Native.TorchNative.EnsureLoaded();

[MethodImpl(MethodImplOptions.NoInlining)]
static void RunLibraryModuleInitializer() =>
    RuntimeHelpers.RunModuleConstructor(typeof(NeuralNetLessons.Native.TorchNative).Module.ModuleHandle);

[MethodImpl(MethodImplOptions.NoInlining)]
static void PrintTorch()
{
    Console.WriteLine($"ones: {torch.ones(1).sum().item<float>().ToString(CultureInfo.InvariantCulture)}");
    torch.manual_seed(100);
    var values = torch.randn(3).data<float>().ToArray();
    Console.WriteLine($"randn: {string.Join(" ", values.Select(v => v.ToString("F4", CultureInfo.InvariantCulture)))}");
    // Which file the process really uses: the package's or the patched copy.
    string mapped = File.ReadLines("/proc/self/maps").Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries).Last())
        .First(p => p.EndsWith("/libLibTorchSharp.so", StringComparison.Ordinal));
    Console.WriteLine($"libLibTorchSharp: {mapped}");
}

