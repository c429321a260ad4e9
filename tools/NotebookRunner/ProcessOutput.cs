using System.ComponentModel;
using System.Diagnostics;

namespace NotebookRunner;

/// <summary>Runs a short command to its end and keeps what it printed.</summary>
public static class ProcessOutput
{
    public sealed record Result(int ExitCode, string Output, string Errors);

    /// <summary>Exit code -1, with the reason as <see cref="Result.Errors"/>, when the program cannot be started (not installed).</summary>
    public static Result Run(string program, IEnumerable<string> arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo(program, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return new Result(process.ExitCode, output.Result, errors);
        }
        catch (Win32Exception e)
        {
            return new Result(-1, "", $"{program} could not be started: {e.Message}");
        }
    }
}
