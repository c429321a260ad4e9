using System.Diagnostics;
using System.Reflection;

namespace NeuralNetLessons.Tests;

/// <summary>Runs tests/TorchCheck in a fresh process, where no native library is loaded yet.</summary>
internal static class TorchCheckProcess
{
    private static readonly string Dll = typeof(TorchCheckProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "TorchCheck").Value!;

    public static (int ExitCode, string Output) Run(IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(Dll);
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"TorchCheck {string.Join(' ', args)} did not finish in 2 minutes.");
        }
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
