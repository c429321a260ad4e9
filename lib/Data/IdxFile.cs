using System.Buffers.Binary;
using System.IO.Compression;
using TorchSharp;
using static TorchSharp.torch;

namespace NeuralNetLessons.Data;

/// <summary>
/// Reads the IDX files MNIST and Fashion-MNIST are published in, gzipped as published or unpacked:
/// a big-endian header (the magic number 0x00000803 then count, rows and columns for images;
/// 0x00000801 then count for labels), then one byte per pixel or label, row by row. The whole
/// payload becomes one tensor in one step. Anything wrong with a file gives an
/// <see cref="InvalidDataException"/> that names it and says what was expected.
/// </summary>
public static class IdxFile
{
    /// <summary>
    /// The images of an IDX images file as float32 in [0, 1] (bytes / 255, as
    /// <see cref="MnistImages.Scale"/> scales MNIST_TINY): [N, 28, 28], or [N, 784] with
    /// <paramref name="flatten"/>, one row of pixels after the other.
    /// </summary>
    public static Tensor ReadImages(string file, bool flatten = false)
    {
        using var scope = torch.NewDisposeScope();
        var (header, pixels) = Read(file, IdxKind.Images);
        Tensor images = MnistImages.Scale(pixels.view(header.Count, header.Rows, header.Columns));
        if (flatten)
        {
            images = images.reshape(header.Count, header.Rows * header.Columns);
        }
        return images.MoveToOuterDisposeScope();
    }

    /// <summary>The labels of an IDX labels file as int64 [N]; each must be a class from 0 to 9.</summary>
    public static Tensor ReadLabels(string file)
    {
        using var scope = torch.NewDisposeScope();
        Tensor labels = Read(file, IdxKind.Labels).Payload;
        Span<byte> values = labels.bytes;
        int wrong = values.IndexOfAnyExceptInRange((byte)0, (byte)9);
        if (wrong >= 0)
        {
            throw new InvalidDataException(
                $"{Path.GetFullPath(file)} holds the label {values[wrong]} at position {RemoteFile.Count(wrong)}; "
                + "MNIST's and Fashion-MNIST's labels are the classes 0 to 9.");
        }
        return labels.to_type(ScalarType.Int64).MoveToOuterDisposeScope();
    }

    /// <summary>The header of a file, checked; the payload is not read.</summary>
    internal static IdxHeader ReadHeader(string file, IdxKind kind)
    {
        using Stream stream = Open(file, out bool gzipped);
        return ReadHeader(stream, gzipped, file, kind);
    }

    /// <summary>
    /// Checks a file without reading its payload: its header, and that its whole size is what the
    /// header announces (the length of an unpacked file; for a gzipped one the size gzip records in
    /// its last four bytes). Returns the header.
    /// </summary>
    internal static IdxHeader CheckHeaderAndSize(string file, IdxKind kind)
    {
        IdxHeader header = ReadHeader(file, kind);
        if (IsGzip(file))
        {
            RequireRecordedSize(file, header);
            return header;
        }
        long length = new FileInfo(file).Length;
        long expected = header.HeaderBytes + header.PayloadBytes;
        if (length != expected)
        {
            throw new InvalidDataException(
                $"{Path.GetFullPath(file)} is {RemoteFile.Bytes(length)}; its header announces {header.Describe()}, {RemoteFile.Bytes(expected)} in all.");
        }
        return header;
    }

    /// <summary>
    /// Throws unless the unpacked size gzip records in a file's last four bytes (modulo 2^32) is what
    /// the header announces: a file cut short anywhere, even inside gzip's own trailer, fails here.
    /// </summary>
    static void RequireRecordedSize(string file, IdxHeader header)
    {
        long expected = header.HeaderBytes + header.PayloadBytes;
        Span<byte> trailer = stackalloc byte[4];
        using (var raw = File.OpenRead(file))
        {
            raw.Seek(-4, SeekOrigin.End);
            raw.ReadExactly(trailer);
        }
        uint recorded = BinaryPrimitives.ReadUInt32LittleEndian(trailer);
        if (recorded != (uint)expected)
        {
            throw new InvalidDataException(
                $"{Path.GetFullPath(file)} is truncated or damaged: its header announces {header.Describe()}, "
                + $"{RemoteFile.Bytes(expected)} unpacked, but gzip's record of the unpacked size (its last four bytes) says {RemoteFile.Bytes(recorded)}.");
        }
    }

    /// <summary>
    /// The header and the whole payload of a file, checked against each other. The payload is
    /// unpacked straight into a uint8 tensor [bytes]: no array in between, and no copy of it.
    /// </summary>
    static (IdxHeader Header, Tensor Payload) Read(string file, IdxKind kind)
    {
        using Stream stream = Open(file, out bool gzipped);
        IdxHeader header = ReadHeader(stream, gzipped, file, kind);
        long fileBytes = new FileInfo(file).Length;
        if (!gzipped && header.PayloadBytes > fileBytes - header.HeaderBytes)
        {
            throw Truncated(file, header, fileBytes - header.HeaderBytes);
        }
        // Deflate packs at most 1032 bytes into one: a bigger announcement cannot be true.
        if (header.PayloadBytes > Math.Min(fileBytes * 1032, Array.MaxLength))
        {
            throw new InvalidDataException(
                $"{Path.GetFullPath(file)} announces {header.Describe()} in its header, more than a file of {RemoteFile.Bytes(fileBytes)} can hold.");
        }
        Tensor payload = torch.empty(header.PayloadBytes, ScalarType.Byte);
        int read = ReadUpTo(stream, payload.bytes, gzipped, file);
        if (read < header.PayloadBytes)
        {
            throw Truncated(file, header, read);
        }
        if (ReadUpTo(stream, new byte[1], gzipped, file) > 0)
        {
            throw new InvalidDataException(
                $"{Path.GetFullPath(file)} is longer than its header says: it announces {header.Describe()}, "
                + $"{RemoteFile.Bytes(header.PayloadBytes)} after the {header.HeaderBytes}-byte header, and more bytes follow.");
        }
        if (gzipped)
        {
            RequireRecordedSize(file, header);
        }
        return (header, payload);
    }

    static InvalidDataException Truncated(string file, IdxHeader header, long got) =>
        new($"{Path.GetFullPath(file)} is truncated: its header announces {header.Describe()}, "
            + $"{RemoteFile.Bytes(header.PayloadBytes)} after the header, but it ends after {RemoteFile.Bytes(got)} of them.");

    /// <summary>The file, unpacked on the fly when it starts as gzip does (0x1f 0x8b; an IDX file starts with 0x00).</summary>
    static Stream Open(string file, out bool gzipped)
    {
        string full = Path.GetFullPath(file);
        if (!File.Exists(full))
        {
            throw new FileNotFoundException($"There is no file {full}: expected an IDX file of MNIST's kind (gzipped or not).", full);
        }
        gzipped = IsGzip(full);
        var stream = new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        return gzipped ? new GZipStream(stream, CompressionMode.Decompress) : stream;
    }

    static bool IsGzip(string file)
    {
        using var stream = File.OpenRead(file);
        return stream.ReadByte() == 0x1f && stream.ReadByte() == 0x8b;
    }

    static IdxHeader ReadHeader(Stream stream, bool gzipped, string file, IdxKind kind)
    {
        int headerBytes = IdxHeader.SizeOf(kind);
        Span<byte> head = stackalloc byte[16];
        int read = ReadUpTo(stream, head[..4], gzipped, file);
        int magic = read == 4 ? BinaryPrimitives.ReadInt32BigEndian(head) : -1;
        if (read == 4 && magic != IdxHeader.MagicOf(kind))
        {
            throw new InvalidDataException(
                $"{Path.GetFullPath(file)} starts with the magic number 0x{magic:X8} ({IdxHeader.Meaning(magic)}); "
                + $"expected 0x{IdxHeader.MagicOf(kind):X8} ({IdxHeader.Meaning(IdxHeader.MagicOf(kind))}).");
        }
        read += ReadUpTo(stream, head[read..headerBytes], gzipped, file);
        if (read < headerBytes)
        {
            throw new InvalidDataException(
                $"{Path.GetFullPath(file)} is truncated: it ends after {read} bytes, inside the {headerBytes}-byte header of IDX {kind.ToString().ToLowerInvariant()}.");
        }

        int count = BinaryPrimitives.ReadInt32BigEndian(head[4..]);
        if (count < 0)
        {
            throw new InvalidDataException($"{Path.GetFullPath(file)} announces a negative count ({count}) in its IDX header.");
        }
        if (kind is IdxKind.Labels)
        {
            return new IdxHeader(kind, count, 1, 1);
        }
        int rows = BinaryPrimitives.ReadInt32BigEndian(head[8..]);
        int columns = BinaryPrimitives.ReadInt32BigEndian(head[12..]);
        if (rows != MnistImages.Side || columns != MnistImages.Side)
        {
            throw new InvalidDataException(
                $"{Path.GetFullPath(file)} holds images of {rows}x{columns} pixels; expected {MnistImages.Side}x{MnistImages.Side}, as in MNIST and Fashion-MNIST.");
        }
        return new IdxHeader(kind, count, rows, columns);
    }

    /// <summary>Fills <paramref name="buffer"/> as far as the file goes; a damaged gzip stream is an error naming the file.</summary>
    static int ReadUpTo(Stream stream, Span<byte> buffer, bool gzipped, string file)
    {
        int total = 0;
        try
        {
            while (total < buffer.Length)
            {
                int n = stream.Read(buffer[total..]);
                if (n == 0)
                {
                    break;
                }
                total += n;
            }
        }
        catch (Exception e) when (gzipped && e is InvalidDataException or IOException)
        {
            throw new InvalidDataException(
                $"{Path.GetFullPath(file)} is not a readable gzip file: it is damaged or truncated ({e.Message})", e);
        }
        return total;
    }
}

/// <summary>What an IDX file holds: images (magic number 0x00000803) or labels (0x00000801).</summary>
internal enum IdxKind
{
    Images,
    Labels,
}

/// <summary>An IDX file's header: what it holds, how many, and for images their rows and columns.</summary>
internal readonly record struct IdxHeader(IdxKind Kind, int Count, int Rows, int Columns)
{
    /// <summary>Bytes before the payload: the magic number and one 32-bit count per dimension.</summary>
    public int HeaderBytes => SizeOf(Kind);

    /// <summary>Bytes after the header: one per pixel, or one per label.</summary>
    public long PayloadBytes => (long)Count * Rows * Columns;

    /// <summary>"8,000 images of 28x28" or "8,000 labels".</summary>
    public string Describe() => Kind is IdxKind.Images
        ? $"{RemoteFile.Count(Count)} images of {Rows}x{Columns}"
        : $"{RemoteFile.Count(Count)} labels";

    public static int SizeOf(IdxKind kind) => kind is IdxKind.Images ? 16 : 8;

    public static int MagicOf(IdxKind kind) => kind is IdxKind.Images ? 0x00000803 : 0x00000801;

    public static string Meaning(int magic) => magic switch
    {
        0x00000803 => "IDX images: count, rows, columns",
        0x00000801 => "IDX labels: count",
        _ => "not MNIST's IDX images or labels",
    };
}
