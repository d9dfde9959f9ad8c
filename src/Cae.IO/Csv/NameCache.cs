using System;

namespace Cae.IO.Csv;

/// <summary>
/// The strings of the few names a column repeats (structures, establishments), found by their bytes, so a row
/// costs no string; the builder then finds them by reference. Holds at most 256 names; beyond, a name is decoded.
/// </summary>
/// <remarks>A cell is first compared with the previous cell's name, then looked up by a hash of its bytes.</remarks>
internal sealed class NameCache
{
    private const int Capacity = 256;
    private const int Slots = 1024;
    private readonly short[] slots = new short[Slots];
    private readonly byte[][] keys = new byte[Capacity][];
    private readonly string[] names = new string[Capacity];
    private readonly RecordText decoder;
    private int count;
    private int last;
    private int misses;

    public NameCache(RecordText decoder)
    {
        this.decoder = decoder;
    }

    /// <summary>The decoded string of some bytes, shared by every cell that holds the same bytes (up to 256 of them).</summary>
    /// <param name="bytes">The bytes.</param>
    public string Get(ReadOnlySpan<byte> bytes)
    {
        if (count > 0 && bytes.SequenceEqual(keys[last]))
        {
            return names[last];
        }

        if (misses > 4 * Capacity)
        {
            return decoder.Decode(bytes); // a column of distinct values (free text): not worth a scan per row
        }

        var slot = Hash(bytes);
        for (int entry; (entry = slots[slot] - 1) >= 0; slot = (slot + 1) & (Slots - 1))
        {
            if (bytes.SequenceEqual(keys[entry]))
            {
                last = entry;
                return names[entry];
            }
        }

        var name = decoder.Decode(bytes);
        if (count < Capacity)
        {
            keys[count] = bytes.ToArray();
            names[count] = name;
            slots[slot] = (short)(count + 1);
            last = count++;
        }
        else
        {
            misses++;
        }

        return name;
    }

    /// <summary>FNV-1a of the bytes, folded to a slot.</summary>
    private static int Hash(ReadOnlySpan<byte> bytes)
    {
        var hash = 2166136261u;
        foreach (var b in bytes)
        {
            hash = unchecked((hash ^ b) * 16777619u);
        }

        return (int)((hash ^ (hash >> 16)) & (Slots - 1));
    }
}
