using System;
using System.Buffers.Binary;
using System.Runtime.CompilerServices;

namespace Cae.IO.Csv;

/// <summary>
/// The strings of the few names a column repeats (structures, establishments), found by their bytes, so a row
/// costs no string; the builder then finds them by reference. Holds at most 256 names; beyond, a name is decoded.
/// </summary>
/// <remarks>
/// A cell's bytes are summed up as two 64-bit words and a length (<see cref="Fold"/>): for a cell of up to 16
/// bytes they are the bytes themselves, so two names are compared without reading their bytes again; a longer
/// cell is compared in full once its words match. A cell is first compared with the previous cell's name, then
/// looked up by a hash of its words.
/// </remarks>
internal sealed class NameCache
{
    private const int Capacity = 256;
    private const int Slots = 1024;
    private const int SlotBits = 10;

    /// <summary>The longest cell whose two words are its bytes.</summary>
    private const int WordBytes = 16;

    private readonly short[] slots = new short[Slots];
    private readonly ulong[] lows = new ulong[Capacity];
    private readonly ulong[] highs = new ulong[Capacity];
    private readonly int[] lengths = new int[Capacity];
    private readonly byte[][] keys = new byte[Capacity][];
    private readonly string[] names = new string[Capacity];
    private readonly RecordText decoder;
    private int count;
    private int last;
    private ulong lastLow;
    private ulong lastHigh;
    private int lastLength = -1;
    private string lastName = string.Empty;
    private int misses;

    public NameCache(RecordText decoder)
    {
        this.decoder = decoder;
    }

    /// <summary>The decoded string of some bytes, shared by every cell that holds the same bytes (up to 256 of them).</summary>
    /// <param name="bytes">The bytes.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public string Get(ReadOnlySpan<byte> bytes)
    {
        // The previous cell's name, told by its words alone (up to 16 bytes), where the call is made.
        Fold(bytes, out var low, out var high);
        return low == lastLow && high == lastHigh && bytes.Length == lastLength && bytes.Length <= WordBytes ? lastName : Find(bytes, low, high);
    }

    private string Find(ReadOnlySpan<byte> bytes, ulong low, ulong high)
    {
        // A cell of up to 16 bytes was compared with the previous one by Get; a longer one is compared in full here.
        if (bytes.Length > WordBytes && count > 0 && Holds(last, bytes, low, high))
        {
            return names[last];
        }

        if (misses > 4 * Capacity)
        {
            return decoder.Decode(bytes); // a column of distinct values (free text): not worth a lookup per row
        }

        var slot = Hash(low, high, bytes.Length);
        for (int entry; (entry = slots[slot] - 1) >= 0; slot = (slot + 1) & (Slots - 1))
        {
            if (Holds(entry, bytes, low, high))
            {
                return Remember(entry);
            }
        }

        var name = decoder.Decode(bytes);
        if (count < Capacity)
        {
            lows[count] = low;
            highs[count] = high;
            lengths[count] = bytes.Length;
            keys[count] = bytes.ToArray();
            names[count] = name;
            slots[slot] = (short)(count + 1);
            return Remember(count++);
        }
        else
        {
            misses++;
        }

        return name;
    }

    /// <summary>
    /// Two words of a cell's bytes, little-endian: for 8 to 16 bytes, the first eight and the last eight (they may
    /// overlap); for 4 to 7, the first four and the last four in one word; for 1 to 3, the first, middle and last
    /// byte. For a given length the words tell the bytes apart; beyond 16 bytes they are only a summary.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void Fold(ReadOnlySpan<byte> bytes, out ulong low, out ulong high)
    {
        unchecked
        {
            var length = bytes.Length;
            if (length >= 8)
            {
                low = BinaryPrimitives.ReadUInt64LittleEndian(bytes);
                high = BinaryPrimitives.ReadUInt64LittleEndian(bytes.Slice(length - 8));
            }
            else if (length >= 4)
            {
                low = BinaryPrimitives.ReadUInt32LittleEndian(bytes) | ((ulong)BinaryPrimitives.ReadUInt32LittleEndian(bytes.Slice(length - 4)) << 32);
                high = 0;
            }
            else if (length > 0)
            {
                low = bytes[0] | ((ulong)bytes[length >> 1] << 8) | ((ulong)bytes[length - 1] << 16);
                high = 0;
            }
            else
            {
                low = 0;
                high = 0;
            }
        }
    }

    private string Remember(int entry)
    {
        last = entry;
        lastLow = lows[entry];
        lastHigh = highs[entry];
        lastLength = lengths[entry];
        lastName = names[entry];
        return lastName;
    }

    private bool Holds(int entry, ReadOnlySpan<byte> bytes, ulong low, ulong high) =>
        lows[entry] == low
        && highs[entry] == high
        && lengths[entry] == bytes.Length
        && (bytes.Length <= WordBytes || bytes.SequenceEqual(keys[entry]));

    /// <summary>A multiplicative hash of the words and the length, folded to a slot.</summary>
    private static int Hash(ulong low, ulong high, int length)
    {
        unchecked
        {
            var mixed = (low ^ (high * 0x9E3779B97F4A7C15UL) ^ (ulong)length) * 0xBF58476D1CE4E5B9UL;
            return (int)(mixed >> (64 - SlotBits));
        }
    }
}
