using System.Buffers.Binary;
using System.Text;

namespace NeuralNetLessons.Native;

/// <summary>One symbol version an ELF file needs from a shared library (an Elf64_Vernaux entry).</summary>
/// <param name="Library">The library that must provide it, e.g. <c>libstdc++.so.6</c>.</param>
/// <param name="Name">The version name, e.g. <c>GLIBCXX_3.4.32</c>.</param>
/// <param name="IsWeak">Whether the loader accepts the version being absent (VER_FLG_WEAK).</param>
/// <param name="FlagsOffset">File offset of the entry's <c>vna_flags</c> field.</param>
internal sealed record RequiredSymbolVersion(string Library, string Name, bool IsWeak, long FlagsOffset);

/// <summary>
/// Reads the symbol versions a 64-bit little-endian ELF file requires (its <c>.gnu.version_r</c>
/// section) and makes copies in which a named version is marked weak.
/// Malformed input throws <see cref="InvalidDataException"/> naming the file.
/// </summary>
internal static class ElfSymbolVersions
{
    private const uint ShtGnuVerneed = 0x6ffffffe;
    private const ushort VerFlgWeak = 0x2;

    public static IReadOnlyList<RequiredSymbolVersion> ReadRequired(string path) =>
        ReadRequired(File.ReadAllBytes(path), path);

    /// <param name="source">Names the data in error messages, usually its file path.</param>
    public static IReadOnlyList<RequiredSymbolVersion> ReadRequired(byte[] elf, string source)
    {
        var file = new Reader(elf, source);
        if (elf.Length < 64 || elf[0] != 0x7f || elf[1] != (byte)'E' || elf[2] != (byte)'L' || elf[3] != (byte)'F')
        {
            throw new InvalidDataException($"{source} is not an ELF file.");
        }
        if (elf[4] != 2 || elf[5] != 1)
        {
            throw new InvalidDataException($"{source} is not a 64-bit little-endian ELF file.");
        }

        long sectionTable = file.U64(0x28);
        int sectionSize = file.U16(0x3a);
        int sectionCount = file.U16(0x3c);
        var result = new List<RequiredSymbolVersion>();
        for (int i = 0; i < sectionCount; i++)
        {
            long header = sectionTable + (long)i * sectionSize;
            if (file.U32(header + 4) != ShtGnuVerneed)
            {
                continue;
            }
            long offset = file.U64(header + 24);
            uint entryCount = file.U32(header + 44);
            long strings = file.U64(sectionTable + (long)file.U32(header + 40) * sectionSize + 24);

            long need = offset;
            for (uint n = 0; n < entryCount; n++)
            {
                string library = file.String(strings + file.U32(need + 4));
                long aux = need + file.U32(need + 8);
                for (int a = 0, auxCount = file.U16(need + 2); a < auxCount; a++)
                {
                    ushort flags = file.U16(aux + 4);
                    result.Add(new(library, file.String(strings + file.U32(aux + 8)), (flags & VerFlgWeak) != 0, aux + 4));
                    aux += file.U32(aux + 12);
                }
                need += file.U32(need + 12);
            }
        }
        return result;
    }

    /// <summary>Returns a copy of <paramref name="elf"/> with every requirement named <paramref name="versionName"/> marked weak.</summary>
    public static byte[] MarkWeak(byte[] elf, string source, string versionName)
    {
        var matches = ReadRequired(elf, source).Where(v => v.Name == versionName).ToList();
        if (matches.Count == 0)
        {
            throw new InvalidDataException($"{source} does not require the symbol version {versionName}.");
        }
        var copy = (byte[])elf.Clone();
        foreach (var version in matches)
        {
            var flags = copy.AsSpan((int)version.FlagsOffset, 2);
            BinaryPrimitives.WriteUInt16LittleEndian(flags, (ushort)(BinaryPrimitives.ReadUInt16LittleEndian(flags) | VerFlgWeak));
        }
        return copy;
    }

    /// <summary>Bounds-checked little-endian reads; anything out of range means a truncated or corrupt file.</summary>
    private readonly struct Reader(byte[] data, string source)
    {
        public ushort U16(long offset) => BinaryPrimitives.ReadUInt16LittleEndian(Span(offset, 2));

        public uint U32(long offset) => BinaryPrimitives.ReadUInt32LittleEndian(Span(offset, 4));

        public long U64(long offset)
        {
            ulong value = BinaryPrimitives.ReadUInt64LittleEndian(Span(offset, 8));
            return value > (ulong)data.Length ? throw Truncated() : (long)value;
        }

        public string String(long offset)
        {
            _ = Span(offset, 1);
            int end = Array.IndexOf(data, (byte)0, (int)offset);
            return end < 0 ? throw Truncated() : Encoding.UTF8.GetString(data, (int)offset, end - (int)offset);
        }

        private ReadOnlySpan<byte> Span(long offset, int length) =>
            offset < 0 || offset + length > data.Length ? throw Truncated() : data.AsSpan((int)offset, length);

        private InvalidDataException Truncated() =>
            new($"{source} is truncated or corrupt: an ELF header or version entry points outside the file ({data.Length} bytes).");
    }
}
