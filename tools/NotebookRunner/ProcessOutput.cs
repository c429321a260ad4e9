using System.ComponentModel;
using System.Diagnostics;

namespace NotebookRunner;

/// <summary>Runs a command to its end and keeps what it printed: the one way the runner and the tests do it.</summary>
public static class ProcessOutput
{
    public sealed record Result(int ExitCode, string Output, string Errors)
    {
        /// <summary>Standard output, then standard error: all it printed, for a failure message.</summary>
        public string AllOutput => Output + Errors;
    }

    /// <summary>
    /// Exit code -1, with the reason as <see cref="Result.Errors"/>, when the program cannot be started
    /// (not installed). A command that outlives <paramref name="timeLimit"/> (default: no limit) is
    /// killed with its children and reported as a <see cref="TimeoutException"/>.
    /// </summary>
    public static Result Run(
        string program,
        IEnumerable<string> arguments,
        string? workingDirectory = null,
        IReadOnlyDictionary<string, string>? environment = null,
        TimeSpan? timeLimit = null)
    {
        var start = new ProcessStartInfo(program, arguments)
        {
            WorkingDirectory = workingDirectory ?? "",
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception e)
        {
            return new Result(-1, "", $"{program} could not be started: {e.Message}");
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeLimit ?? Timeout.InfiniteTimeSpan))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{program} {string.Join(' ', start.ArgumentList)} did not finish within {timeLimit!.Value.TotalSeconds:0} s.");
            }
            process.WaitForExit();
            return new Result(process.ExitCode, output.Result, errors.Result);
        }
    }
}
