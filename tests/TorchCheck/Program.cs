using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using TorchSharp;

// Usage:
//   TorchCheck ensure          TorchNative.EnsureLoaded(), then a torch call
//   TorchCheck module-init     the library's module initializer alone, then a torch call
//   TorchCheck load FILE...    NativeLibrary.Load each FILE by full path, nothing else
//   TorchCheck seed-runs ROOT  notebook 07's forty runs on the data set at ROOT, one line each:
//                              "<model>|<starting weights>|<seed>|<final validation accuracy>"
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
    case "seed-runs" when args.Length == 2:
        SeedRuns(args[1]);
        break;
    default:
        Console.Error.WriteLine("usage: TorchCheck ensure | module-init | load FILE... | seed-runs ROOT");
        return 2;
}
return 0;

// The library is touched only in methods of their own: compiling Main must not run the library's
// module initializer, which would load torch before the "load" mode does.
[MethodImpl(MethodImplOptions.NoInlining)]
static void Ensure() => NeuralNetLessons.Runtime.TorchNative.EnsureLoaded();

[MethodImpl(MethodImplOptions.NoInlining)]
static void RunLibraryModuleInitializer() =>
    RuntimeHelpers.RunModuleConstructor(typeof(NeuralNetLessons.Runtime.TorchNative).Module.ModuleHandle);

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

// Notebook 07's runs, with the library, in a process of their own: the random generator is global.
[MethodImpl(MethodImplOptions.NoInlining)]
static void SeedRuns(string root)
{
    var (x, y) = NeuralNetLessons.MnistSets.Load(root, "train");
    var (validX, validY) = NeuralNetLessons.MnistSets.Load(root, "valid");
    var train = new NeuralNetLessons.DataBatches(x, y, 256, shuffle: true);
    var valid = new NeuralNetLessons.DataBatches(validX, validY, 256, shuffle: false);
    foreach (var (weights, firstStd, secondStd) in new[] { ("std 1.0", 1.0, 1.0), ("std 1/√fan-in", NeuralNetLessons.Parameters.FanInStd(784), NeuralNetLessons.Parameters.FanInStd(30)) })
    {
        foreach (var model in new[] { "linear", "ReLU net" })
        {
            for (var seed = 0; seed < 10; seed++)
            {
                torch.manual_seed(seed);
                var (forward, parameters) = model == "linear"
                    ? NeuralNetLessons.Models.NewLinear(firstStd)
                    : NeuralNetLessons.Models.NewReluNet(firstStd, secondStd);
                var accuracy = NeuralNetLessons.Training.Fit(forward, parameters, train, valid, lr: 1.0, epochs: 20).ValidationAccuracies[^1];
                Console.WriteLine($"{model}|{weights}|{seed}|{accuracy.ToString("0.0000", CultureInfo.InvariantCulture)}");
            }
        }
    }
}
