using System.Net;
using System.Net.Sockets;
using System.Text;

namespace NeuralNetLessons.Tests;

/// <summary>
/// A minimal HTTP/1.1 server on 127.0.0.1 (free port) answering every GET with one fixed response,
/// or, given files by name, each GET /name with that file and anything else with 404.
/// <paramref name="sendBytes"/> below the body's length sends a truncated body under the full Content-Length.
/// </summary>
sealed class LoopbackServer : IDisposable
{
    readonly TcpListener listener = new(IPAddress.Loopback, 0);
    readonly Func<string, (int Status, byte[] Body, int SendBytes)> respond;
    readonly List<string> paths = [];
    int requests;

    public LoopbackServer(byte[] body, int status = 200, int? sendBytes = null)
        : this(_ => (status, body, sendBytes ?? body.Length))
    {
    }

    public LoopbackServer(IReadOnlyDictionary<string, byte[]> files)
        : this(path => files.TryGetValue(path.TrimStart('/'), out byte[]? file) ? (200, file, file.Length) : (404, [], 0))
    {
    }

    LoopbackServer(Func<string, (int Status, byte[] Body, int SendBytes)> respond)
    {
        this.respond = respond;
        listener.Start();
        _ = Task.Run(AcceptLoop);
    }

    public Uri Url => Address("mnist_tiny.tgz");

    /// <summary>Where the server answers with the file <paramref name="name"/>.</summary>
    public Uri Address(string name) => new($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/{name}");

    /// <summary>The paths asked for so far, in order.</summary>
    public IReadOnlyList<string> Paths
    {
        get
        {
            lock (paths)
            {
                return [.. paths];
            }
        }
    }

    public int Requests => Volatile.Read(ref requests);

    async Task AcceptLoop()
    {
        while (true)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync();
            }
            catch (Exception e) when (e is ObjectDisposedException or SocketException)
            {
                return;
            }
            using (client)
            {
                NetworkStream stream = client.GetStream();
                string path = await ReadRequestPath(stream);
                lock (paths)
                {
                    paths.Add(path);
                }
                Interlocked.Increment(ref requests);
                var (status, body, sendBytes) = respond(path);
                string reason = status == 200 ? "OK" : "Not Found";
                byte[] head = Encoding.ASCII.GetBytes(
                    $"HTTP/1.1 {status} {reason}\r\nContent-Type: application/gzip\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n");
                await stream.WriteAsync(head);
                await stream.WriteAsync(body.AsMemory(0, sendBytes));
                await stream.FlushAsync();
            }
        }
    }

    /// <summary>Reads the request's head and returns the path of its first line: "GET /path HTTP/1.1".</summary>
    static async Task<string> ReadRequestPath(NetworkStream stream)
    {
        var seen = new List<byte>();
        var one = new byte[1];
        while (await stream.ReadAsync(one) == 1)
        {
            seen.Add(one[0]);
            if (seen.Count >= 4 && seen[^4] == '\r' && seen[^3] == '\n' && seen[^2] == '\r' && seen[^1] == '\n')
            {
                break;
            }
        }
        string[] requestLine = Encoding.ASCII.GetString([.. seen]).Split("\r\n")[0].Split(' ');
        return requestLine.Length > 1 ? requestLine[1] : "";
    }

    public void Dispose() => listener.Stop();
}
