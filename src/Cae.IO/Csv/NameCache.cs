using System;

namespace Cae.IO.Csv;

/// <summary>
/// The strings of the few names a column repeats (structures, establishments), found by their bytes, so a row
/// costs no string; the builder then finds them by reference. Holds at most 256 names; beyond, a name is decoded.
/// </summary>
internal sealed class NameCache
{
    private const int Capacity = 256;
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

        for (var i = 0; i < count; i++)
        {
            if (bytes.SequenceEqual(keys[i]))
            {
                last = i;
                return names[i];
            }
        }

        var name = decoder.Decode(bytes);
        if (count < Capacity)
        {
            keys[count] = bytes.ToArray();
            names[count] = name;
            last = count++;
        }
        else
        {
            misses++;
        }

        return name;
    }
}
