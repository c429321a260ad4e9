using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;

namespace NotebookRunner;

/// <summary>Chromium failed to start, to answer, or to run what it was asked; the message says which and why.</summary>
public sealed class ChromiumException(string message) : Exception(message);

/// <summary>
/// A headless Chromium driven through the DevTools protocol over a pipe (--remote-debugging-pipe):
/// the browser reads commands on its file descriptor 3 and writes answers on 4, each a JSON
/// message ended by a NUL byte. Every command waits for its own answer, so nothing depends on a
/// timing guess (as --dump-dom with --virtual-time-budget would), and no port is opened. Each
/// browser gets a fresh profile in a temporary folder, deleted when it is disposed.
/// </summary>
public sealed class HeadlessChromium : IAsyncDisposable
{
    /// <summary>The names the browser goes by on PATH (Debian: chromium).</summary>
    public static readonly string[] Names = ["chromium", "chromium-browser", "google-chrome"];

    private static readonly string[] Flags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-extensions",
        // Nothing may be fetched: every host name fails to resolve, whatever a page asks for.
        "--host-resolver-rules=MAP * ~NOTFOUND",
        "--remote-debugging-pipe",
    ];

    private readonly Process process;
    private readonly string executable;
    private readonly DirectoryInfo profile;
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonObject>> waiting = new();
    private readonly ConcurrentQueue<string> errorLines = new();
    private readonly Task reading;
    private volatile ChromiumException? gone;
    private int lastId;

    private HeadlessChromium(string executable, DirectoryInfo profile, Process process)
    {
        this.executable = executable;
        this.profile = profile;
        this.process = process;
        process.ErrorDataReceived += (_, line) => KeepErrorLine(line.Data);
        process.BeginErrorReadLine();
        reading = Task.Run(ReadAnswersAsync);
    }

    /// <summary>The first of <see cref="Names"/> found on PATH, or null when there is none.</summary>
    public static string? Find() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(folder => Names.Select(name => Path.Combine(folder, name)))
            .FirstOrDefault(File.Exists);

    public static HeadlessChromium Start(string executable)
    {
        var profile = Directory.CreateTempSubdirectory("notebook-runner-chromium-");
        // .NET cannot hand a child process extra file descriptors, so sh makes the browser's
        // descriptors 3 and 4 the ends of our standard input and output pipes, then execs it.
        var start = new ProcessStartInfo("/bin/sh")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in (string[])["-c", "exec \"$0\" \"$@\" 3<&0 4>&1 0</dev/null 1>&2", executable, .. Flags, $"--user-data-dir={profile.FullName}"])
        {
            start.ArgumentList.Add(arg);
        }
        Process? process = null;
        try
        {
            process = Process.Start(start)!;
            return new HeadlessChromium(executable, profile, process);
        }
        catch (Exception e)
        {
            // Nothing may outlive a failed start: not the browser, not its profile folder.
            if (process is { HasExited: false })
            {
                process.Kill(entireProcessTree: true);
            }
            process?.Dispose();
            profile.Delete(recursive: true);
            if (e is System.ComponentModel.Win32Exception or IOException)
            {
                throw new ChromiumException($"could not start {executable}: {e.Message}");
            }
            throw;
        }
    }

    /// <summary>Sends one DevTools command (to a page when <paramref name="sessionId"/> is given) and returns its result.</summary>
    public async Task<JsonObject> SendAsync(string method, JsonObject? parameters, string? sessionId, CancellationToken cancel)
    {
        var id = Interlocked.Increment(ref lastId);
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters ?? [] };
        if (sessionId is not null)
        {
            message["sessionId"] = sessionId;
        }
        var answer = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
        waiting[id] = answer;
        if (gone is { } exited)
        {
            answer.TrySetException(exited);
        }
        try
        {
            var stream = process.StandardInput.BaseStream;
            await stream.WriteAsync(Encoding.UTF8.GetBytes(message.ToJsonString() + "\0"), cancel);
            await stream.FlushAsync(cancel);
        }
        catch (IOException)
        {
            // The browser is gone; the reader says why.
        }
        using (cancel.Register(() => answer.TrySetException(Failure($"no answer to {method} in time"))))
        {
            var reply = await answer.Task;
            return reply["error"] is JsonObject error
                ? throw Failure($"{method} failed: {error["message"]}")
                : reply["result"] as JsonObject ?? [];
        }
    }

    /// <summary>
    /// Runs JavaScript in a page and returns its value (awaiting it when it is a promise); an
    /// exception in the page becomes a <see cref="ChromiumException"/> with the page's message.
    /// </summary>
    public async Task<JsonNode?> EvaluateAsync(string sessionId, string expression, CancellationToken cancel)
    {
        var result = await SendAsync("Runtime.evaluate", new JsonObject
        {
            ["expression"] = expression,
            ["awaitPromise"] = true,
            ["returnByValue"] = true,
        }, sessionId, cancel);
        if (result["exceptionDetails"] is JsonObject details)
        {
            var description = (string?)details["exception"]?["description"] ?? (string?)details["text"] ?? details.ToJsonString();
            throw Failure($"the page threw: {description.Split('\n')[0]}");
        }
        return result["result"]?["value"];
    }

    /// <summary>A new blank page, attached: the session id that <see cref="EvaluateAsync"/> takes.</summary>
    public async Task<string> OpenPageAsync(CancellationToken cancel)
    {
        var target = await SendAsync("Target.createTarget", new JsonObject { ["url"] = "about:blank" }, null, cancel);
        var session = await SendAsync("Target.attachToTarget", new JsonObject { ["targetId"] = target["targetId"]!.DeepClone(), ["flatten"] = true }, null, cancel);
        return (string)session["sessionId"]!;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!process.HasExited)
            {
                using var polite = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                try
                {
                    await SendAsync("Browser.close", null, null, polite.Token);
                    await process.WaitForExitAsync(polite.Token);
                }
                catch (Exception e) when (e is ChromiumException or OperationCanceledException)
                {
                    // It did not close by itself; it is killed below.
                }
            }
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
            try
            {
                // Chromium's helpers do not inherit the pipe, so it closes when the browser exits.
                await reading.WaitAsync(TimeSpan.FromSeconds(10));
            }
            catch (TimeoutException)
            {
                // Left to finish on its own; it reads nothing more that matters.
            }
            process.Dispose();
            try
            {
                profile.Delete(recursive: true);
            }
            catch (IOException)
            {
                // A helper process may still be writing its last file; the folder is in the temporary folder.
            }
        }
    }

    private async Task ReadAnswersAsync()
    {
        try
        {
            var stream = process.StandardOutput.BaseStream;
            var message = new MemoryStream();
            var buffer = new byte[1 << 16];
            int count;
            while ((count = await stream.ReadAsync(buffer)) > 0)
            {
                var start = 0;
                for (var i = 0; i < count; i++)
                {
                    if (buffer[i] == 0)
                    {
                        message.Write(buffer, start, i - start);
                        Answer(message.ToArray());
                        message.SetLength(0);
                        start = i + 1;
                    }
                }
                message.Write(buffer, start, count - start);
            }
            await process.WaitForExitAsync();
            gone = Failure($"it exited with code {process.ExitCode}");
        }
        catch (IOException e)
        {
            gone = Failure($"its DevTools pipe broke: {e.Message}");
        }
        foreach (var answer in waiting.Values)
        {
            answer.TrySetException(gone);
        }
    }

    private void Answer(byte[] json)
    {
        // Events (messages without an id) are not needed.
        if (TryParse(json) is JsonObject reply && reply["id"] is JsonValue id && waiting.TryRemove((int)id, out var answer))
        {
            answer.TrySetResult(reply);
        }
    }

    private static JsonNode? TryParse(byte[] json)
    {
        try
        {
            return JsonNode.Parse(json);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    private void KeepErrorLine(string? line)
    {
        // Chromium logs harmless complaints about D-Bus on machines without a desktop session.
        if (!string.IsNullOrWhiteSpace(line) && !line.Contains("dbus", StringComparison.OrdinalIgnoreCase))
        {
            errorLines.Enqueue(line.Trim());
            while (errorLines.Count > 10 && errorLines.TryDequeue(out _))
            {
            }
        }
    }

    private ChromiumException Failure(string what)
    {
        var said = errorLines.IsEmpty ? "" : "; it printed:\n  " + string.Join("\n  ", errorLines);
        return new ChromiumException($"{executable}: {what}{said}");
    }
}
