using System.Diagnostics;

namespace NotebookRunner;

public static class ToolRestore
{
    /// <summary>Installs dotnet-repl at the version the repository's tool manifest pins.</summary>
    public static bool Run(string repository)
    {
        var start = new ProcessStartInfo("dotnet", ["tool", "restore"])
        {
            WorkingDirectory = repository,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            Console.Error.WriteLine($"'dotnet tool restore' failed in {repository}:\n{output.Result}{errors}");
        }
        return process.ExitCode == 0;
    }
}
