using System.Net;
using System.Net.Sockets;
using System.Text;

namespace NeuralNetLessons.Tests;

/// <summary>
/// A minimal HTTP/1.1 server on 127.0.0.1 (free port) answering every GET with one fixed response.
/// <paramref name="sendBytes"/> below the body's length sends a truncated body under the full Content-Length.
/// </summary>
sealed class LoopbackServer : IDisposable
{
    readonly TcpListener listener = new(IPAddress.Loopback, 0);
    readonly byte[] body;
    readonly int status;
    readonly int sendBytes;
    int requests;

    public LoopbackServer(byte[] body, int status = 200, int? sendBytes = null)
    {
        this.body = body;
        this.status = status;
        this.sendBytes = sendBytes ?? body.Length;
        listener.Start();
        _ = Task.Run(AcceptLoop);
    }

    public Uri Url => new($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/mnist_tiny.tgz");

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
                Interlocked.Increment(ref requests);
                NetworkStream stream = client.GetStream();
                await ReadRequestHead(stream);
                string reason = status == 200 ? "OK" : "Not Found";
                byte[] head = Encoding.ASCII.GetBytes(
                    $"HTTP/1.1 {status} {reason}\r\nContent-Type: application/gzip\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n");
                await stream.WriteAsync(head);
                await stream.WriteAsync(body.AsMemory(0, sendBytes));
                await stream.FlushAsync();
            }
        }
    }

    static async Task ReadRequestHead(NetworkStream stream)
    {
        var seen = new List<byte>();
        var one = new byte[1];
        while (await stream.ReadAsync(one) == 1)
        {
            seen.Add(one[0]);
            if (seen.Count >= 4 && seen[^4] == '\r' && seen[^3] == '\n' && seen[^2] == '\r' && seen[^1] == '\n')
            {
                return;
            }
        }
    }

    public void Dispose() => listener.Stop();
}
