using System.Diagnostics;

namespace NotebookRunner;

/// <summary>
/// The README's route 2: a notebook run by Jupyter (nbconvert, over Jupyter's kernel protocol) with
/// the .NET Interactive kernel that the repository's tool manifest pins. The kernel spec is written to
/// a folder of the runner's own and found through JUPYTER_PATH, so the user's Jupyter setup is
/// neither needed nor changed.
/// </summary>
public sealed class JupyterKernel
{
    public const string Name = ".net-csharp";

    public const string InstallHint = "Debian: apt-get install jupyter-nbconvert python3-nbclient python3-ipykernel";

    /// <summary>
    /// The kernel's log line once it has its HTTP port. Every .NET kernel that starts takes the first
    /// free port from 2048, and two that start at the same instant both choose the same one, and one dies
    /// (dotnet/interactive issue 1958): kernels start one at a time, each after the last one's line.
    /// </summary>
    public const string StartedLine = "Application started.";

    private static readonly SemaphoreSlim StartUps = new(1);

    /// <summary>Waits until no other kernel is starting; dispose the turn (once or more) to let the next one start.</summary>
    internal static async Task<IDisposable> StartUpTurnAsync()
    {
        await StartUps.WaitAsync();
        return new StartUpTurn();
    }

    private sealed class StartUpTurn : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                StartUps.Release();
            }
        }
    }

    private JupyterKernel(string jupyterPath) => JupyterPath = jupyterPath;

    /// <summary>The folder whose kernels/ holds the kernel spec.</summary>
    public string JupyterPath { get; }

    /// <summary>
    /// Writes the kernel spec under <paramref name="folder"/>. Null, with the reason, where Jupyter's
    /// nbconvert is not installed or the kernel spec cannot be written. Needs the tools restored.
    /// </summary>
    public static JupyterKernel? Install(string repository, string folder, out string problem)
    {
        var nbconvert = ProcessOutput.Run("jupyter", ["nbconvert", "--version"], repository);
        if (nbconvert.ExitCode != 0)
        {
            problem = $"Jupyter's nbconvert is not installed ({InstallHint}).";
            return null;
        }
        var kernels = Path.Combine(Path.GetFullPath(folder), "kernels");
        Directory.CreateDirectory(kernels);
        var install = ProcessOutput.Run("dotnet", ["interactive", "jupyter", "install", "--path", kernels], repository);
        if (install.ExitCode != 0 || !File.Exists(Path.Combine(kernels, Name, "kernel.json")))
        {
            problem = $"'dotnet interactive jupyter install --path {kernels}' did not write the {Name} kernel spec:\n{install.AllOutput}";
            return null;
        }
        problem = "";
        return new JupyterKernel(Path.GetFullPath(folder));
    }

    /// <summary>
    /// nbconvert reading the notebook from its standard input and writing the executed notebook to
    /// <paramref name="executedCopy"/>. From standard input, its kernel starts in nbconvert's own working
    /// folder, as Jupyter starts it in the notebook's (the kernel prints its log to the same standard
    /// output, so the notebook cannot come back that way). It keeps going after an error, as dotnet-repl
    /// does; the runner's first cell (<see cref="StopAtFirstFailure"/>) makes the kernel skip the rest.
    /// </summary>
    public ProcessStartInfo Execution(string workingDirectory, string executedCopy)
    {
        var start = new ProcessStartInfo("jupyter",
        [
            "nbconvert", "--to", "notebook", "--execute", "--allow-errors", "--stdin",
            "--output-dir", Path.GetDirectoryName(Path.GetFullPath(executedCopy))!, "--output", Path.GetFileName(executedCopy),
            $"--ExecutePreprocessor.kernel_name={Name}",
            // The runner's own time limit applies to the whole notebook; the first start restores packages.
            "--ExecutePreprocessor.timeout=-1", "--ExecutePreprocessor.startup_timeout=300",
        ])
        {
            WorkingDirectory = workingDirectory,
        };
        start.Environment["JUPYTER_PATH"] = JupyterPath;
        return start;
    }
}
