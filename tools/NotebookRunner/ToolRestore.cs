namespace NotebookRunner;

public static class ToolRestore
{
    /// <summary>Installs the tools the repository's manifest pins (dotnet-repl, the .NET Interactive kernel).</summary>
    public static bool Run(string repository)
    {
        var restore = ProcessOutput.Run("dotnet", ["tool", "restore"], repository);
        if (restore.ExitCode != 0)
        {
            Console.Error.WriteLine($"'dotnet tool restore' failed in {repository}:\n{restore.AllOutput}");
        }
        return restore.ExitCode == 0;
    }
}
