using System;

namespace Cae.Rules.Indicators;

/// <summary>
/// One bit per person for each of several groups: the set of distinct people of each group, for the
/// distinct-person counts (salaried, associates). Merging is a bitwise OR, so it is associative,
/// commutative and idempotent, and shards that split one person's rows still count the person once.
/// </summary>
internal sealed class PersonBitset
{
    private readonly ulong[] bits;
    private readonly int words;

    public PersonBitset(int groups, int persons)
    {
        Groups = groups;
        words = (persons + 63) >> 6;
        bits = new ulong[groups * words];
    }

    public int Groups { get; }

    /// <summary>The words of the bitset: group g's persons are words g × W … g × W + W − 1.</summary>
    internal ulong[] Bits => bits;

    internal int Words => words;

    public void OrFrom(PersonBitset other)
    {
        if (other.bits.Length != bits.Length)
        {
            throw new ArgumentException("The bitsets do not have the same shape.", nameof(other));
        }

        for (var i = 0; i < bits.Length; i++)
        {
            bits[i] |= other.bits[i];
        }
    }

    /// <summary>The number of distinct people of a group.</summary>
    public long Count(int group)
    {
        long count = 0;
        var start = group * words;
        for (var i = start; i < start + words; i++)
        {
            count += PopCount(bits[i]);
        }

        return count;
    }

    private static int PopCount(ulong v)
    {
        unchecked
        {
            v -= (v >> 1) & 0x5555555555555555UL;
            v = (v & 0x3333333333333333UL) + ((v >> 2) & 0x3333333333333333UL);
            v = (v + (v >> 4)) & 0x0F0F0F0F0F0F0F0FUL;
            return (int)((v * 0x0101010101010101UL) >> 56);
        }
    }
}
