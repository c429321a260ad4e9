using System.Globalization;
using System.Security.Cryptography;

namespace NeuralNetLessons.Data;

/// <summary>
/// A published file that a data set is downloaded from: where it lives, and the size and MD5 it
/// must have. Downloading it shows progress and checks both before anything may use the file.
/// </summary>
internal sealed record RemoteFile(Uri Url, long Size, string Md5)
{
    /// <summary>The one client every download shares (its timeout allows a slow line).</summary>
    internal static HttpClient SharedClient { get; } = new() { Timeout = TimeSpan.FromMinutes(10) };

    /// <summary>The file's name, the last part of its address: "train-images-idx3-ubyte.gz".</summary>
    public string Name => Path.GetFileName(Url.AbsolutePath);

    /// <summary>
    /// Downloads the file to <paramref name="file"/>, which must not exist yet, writing progress to
    /// <paramref name="log"/> every tenth, and throws unless exactly <see cref="Size"/> bytes with
    /// the <see cref="Md5"/> arrived. On failure the caller deletes what was written.
    /// <paramref name="localCopyVariable"/> is the environment variable an offline user can set instead.
    /// </summary>
    public void DownloadTo(string file, TextWriter? log, HttpClient http, string localCopyVariable)
    {
        log?.WriteLine($"Downloading {Url} ({Bytes(Size)})");
        HttpResponseMessage response;
        try
        {
            response = http.GetAsync(Url, HttpCompletionOption.ResponseHeadersRead).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            throw new HttpRequestException(
                $"Downloading {Url} failed: {e.Message} Offline? Set {localCopyVariable} to a copy of the data set's folder.", e);
        }
        using var _ = response;
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException(
                $"Downloading {Url} failed: HTTP {(int)response.StatusCode} {response.ReasonPhrase}.",
                null,
                response.StatusCode);
        }

        using var md5 = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
        long received = 0;
        int nextTenth = 1;
        using (var body = response.Content.ReadAsStream())
        using (var output = new FileStream(file, FileMode.CreateNew))
        {
            var buffer = new byte[81920];
            int n;
            while ((n = ReadOrExplain(body, buffer, received)) > 0)
            {
                received += n;
                if (received > Size)
                {
                    throw new InvalidDataException($"{Url}: expected {Bytes(Size)}, got more than that.");
                }
                output.Write(buffer, 0, n);
                md5.AppendData(buffer, 0, n);
                long tenths = received * 10 / Size;
                if (tenths >= nextTenth)
                {
                    log?.WriteLine($"  {tenths * 10,3}%  {Bytes(received)} of {Bytes(Size)}");
                    nextTenth = (int)tenths + 1;
                }
            }
        }

        string actual = Convert.ToHexStringLower(md5.GetHashAndReset());
        if (received != Size || !actual.Equals(Md5, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidDataException(
                $"{Url}: expected {Bytes(Size)} with MD5 {Md5}, got {Bytes(received)} with MD5 {actual}.");
        }
        log?.WriteLine($"Downloaded {Bytes(received)}, MD5 {actual} as expected.");
    }

    int ReadOrExplain(Stream body, byte[] buffer, long receivedSoFar)
    {
        try
        {
            return body.Read(buffer, 0, buffer.Length);
        }
        catch (IOException e)
        {
            throw new InvalidDataException(
                $"{Url}: expected {Bytes(Size)}, the download broke off after {Bytes(receivedSoFar)} ({e.Message}).", e);
        }
    }

    /// <summary>"342,207 bytes".</summary>
    internal static string Bytes(long n) => Count(n) + " bytes";

    /// <summary>A count with thousands separators, the same in every culture: "60,000".</summary>
    internal static string Count(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
