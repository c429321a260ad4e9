using System.Diagnostics;
using NotebookRunner;

// Runs the course's notebooks headless, one fresh kernel each, and leaves the executed copies
// (with every output) and a summary in output/. Usage:
//   dotnet run --project tools/NotebookRunner [notebook.ipynb ...] [--output DIR] [--time-limit SECONDS] [--parallel N] [--profile] [--no-pictures] [--jupyter]
// --jupyter runs them through Jupyter (nbconvert) with the .NET kernel instead of dotnet-repl: the README's route 2.
// Where Chromium is installed, every chart in the executed copies also gets a picture (PNG), all in one browser run.
// --profile also reruns each notebook with a timing cell after every cell and prints where the time goes.
var repository = RepositoryRoot.Find();
var outputFolder = Path.Combine(repository, "output");
var timeLimit = TimeSpan.FromMinutes(5);
var notebooks = new List<string>();
var profile = false;
var pictures = true;
var throughJupyter = false;
var parallel = 2; // two kernels at a time: most of a run is one kernel starting up on one core
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--output" when i + 1 < args.Length:
            outputFolder = Path.GetFullPath(args[++i]);
            break;
        case "--time-limit" when i + 1 < args.Length && int.TryParse(args[i + 1], out var seconds) && seconds > 0:
            timeLimit = TimeSpan.FromSeconds(seconds);
            i++;
            break;
        case "--parallel" when i + 1 < args.Length && int.TryParse(args[i + 1], out var count) && count > 0:
            parallel = count;
            i++;
            break;
        case "--profile":
            profile = true;
            break;
        case "--no-pictures":
            pictures = false;
            break;
        case "--jupyter":
            throughJupyter = true;
            break;
        case var path when File.Exists(path) && path.EndsWith(".ipynb", StringComparison.OrdinalIgnoreCase):
            notebooks.Add(Path.GetFullPath(path));
            break;
        default:
            Console.Error.WriteLine($"Unexpected argument '{args[i]}'. Expected notebook paths (.ipynb), --output DIR, --time-limit SECONDS, --parallel N, --profile, --no-pictures or --jupyter.");
            return 64;
    }
}
if (notebooks.Count == 0)
{
    notebooks.AddRange(Directory.GetFiles(Path.Combine(repository, "notebooks"), "*.ipynb").Order(StringComparer.Ordinal));
}

if (!ToolRestore.Run(repository))
{
    return 1;
}
JupyterKernel? jupyter = null;
if (throughJupyter)
{
    jupyter = JupyterKernel.Install(repository, Path.Combine(repository, "artifacts", "jupyter"), out var problem);
    if (jupyter is null)
    {
        Console.Error.WriteLine($"Cannot run the notebooks through Jupyter: {problem}");
        return 1;
    }
}

Console.WriteLine($"Running {notebooks.Count} notebook(s) headless{(jupyter is null ? "" : " through Jupyter")}, {parallel} at a time; executed copies go to {outputFolder}");
var total = Stopwatch.StartNew();
var finished = 0;
using var slots = new SemaphoreSlim(parallel);
var results = await Task.WhenAll(notebooks.Select(async notebook =>
{
    await slots.WaitAsync();
    try
    {
        var result = await NotebookExecution.RunAsync(notebook, outputFolder, timeLimit, jupyter: jupyter);
        Console.WriteLine($"[{Interlocked.Increment(ref finished)}/{notebooks.Count}] {Path.GetFileName(notebook)} " + (result.Passed
            ? $"passed in {result.Elapsed.TotalSeconds:0.0} s, peak memory {result.PeakMemoryBytes / 1048576} MB"
            : $"FAILED after {result.Elapsed.TotalSeconds:0.0} s: {result.Problem}"));
        return result;
    }
    finally
    {
        slots.Release();
    }
}));

var picturesFailed = pictures && !await ChartPictures.AddAsync(
    [.. results.Where(r => r.Executed is not null).Select(r => r.ExecutedCopy)], HeadlessChromium.Find(), Console.Out);

var summary = RunSummary.Write(results, outputFolder, total.Elapsed);
var failed = results.Count(r => !r.Passed);
Console.WriteLine($"{results.Length - failed} passed, {failed} failed in {total.Elapsed.TotalSeconds:0.0} s; " +
    (picturesFailed ? "the chart pictures failed (see above); " : "") + $"summary: {summary}");

if (profile)
{
    foreach (var notebook in results.Where(r => r.Passed).Select(r => r.Notebook))
    {
        Console.WriteLine($"Where the time goes in {Path.GetFileName(notebook)} (wall time per cell, including its compilation):");
        try
        {
            foreach (var (cell, milliseconds) in await NotebookProfile.RunAsync(notebook, Path.Combine(outputFolder, "profile"), timeLimit))
            {
                Console.WriteLine($"  {milliseconds,7:0} ms  {cell}");
            }
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine($"  could not profile it: {e.Message}");
        }
    }
}
return failed == 0 && !picturesFailed ? 0 : 1;
