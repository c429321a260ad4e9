namespace NotebookRunner;

/// <summary>
/// Follows the peak resident memory of a process and its children (dotnet-repl runs the kernel
/// in a child process). Reads Linux's /proc, where each process keeps its own high-water mark
/// (VmHWM), so sampling a few times a second loses nothing; elsewhere it reports 0.
/// </summary>
internal sealed class PeakMemoryWatch
{
    private readonly CancellationTokenSource stop = new();
    private readonly Task<long> watching;

    public PeakMemoryWatch(System.Diagnostics.Process process) => watching = WatchAsync(process.Id, stop.Token);

    public async Task<long> StopAsync()
    {
        await stop.CancelAsync();
        return await watching;
    }

    private static async Task<long> WatchAsync(int root, CancellationToken stop)
    {
        if (!OperatingSystem.IsLinux())
        {
            return 0;
        }
        var peaks = new Dictionary<int, long>();
        while (!stop.IsCancellationRequested)
        {
            Sample(root, peaks);
            try
            {
                await Task.Delay(200, stop);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
        return peaks.Count == 0 ? 0 : peaks.Values.Max();
    }

    private static void Sample(int pid, Dictionary<int, long> peaks)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            if (line is not null)
            {
                peaks[pid] = long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024;
            }
            // Children are listed per thread that started them.
            foreach (var thread in Directory.GetDirectories($"/proc/{pid}/task"))
            {
                foreach (var child in File.ReadAllText(Path.Combine(thread, "children")).Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    Sample(int.Parse(child), peaks);
                }
            }
        }
        catch (IOException)
        {
            // The process ended between two reads.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
