using System.Reflection;
using NotebookRunner;

namespace NeuralNetLessons.Tests.Native;

/// <summary>Runs tests/Native/TorchCheck in a fresh process, where no native library is loaded yet.</summary>
internal static class TorchCheckProcess
{
    private static readonly string Dll = typeof(TorchCheckProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "TorchCheck").Value!;

    public static (int ExitCode, string Output) Run(IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var result = ProcessOutput.Run("dotnet", ["exec", Dll, .. args], environment: environment, timeLimit: TimeSpan.FromMinutes(2));
        return (result.ExitCode, result.AllOutput);
    }
}
