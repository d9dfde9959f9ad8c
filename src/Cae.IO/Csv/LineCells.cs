using System;
#if !NETSTANDARD2_0
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
#endif

namespace Cae.IO.Csv;

/// <summary>
/// Cuts a whole line of a fixed number of unquoted cells, 32 bytes at a time, before the reader would cut it into
/// fields: where each cell ends, and whether a byte is not ASCII. Used by the line readers of both files.
/// </summary>
/// <remarks>
/// A line is cut only when it holds no quote and exactly <see cref="Count"/> cells, and the buffer holds its last
/// 32-byte vector in full: otherwise <see cref="Cut"/> says <c>false</c> and the line is the reader's. Only on
/// .NET 10 with 256-bit vectors (<see cref="Available"/>); elsewhere nothing is cut.
/// </remarks>
internal sealed class LineCells
{
    private const byte Quote = (byte)'"';
    private readonly int[] ends;
    private readonly byte delimiter;

    /// <summary>Creates the cutter of a file's lines.</summary>
    /// <param name="count">The cells of a line: the header's width.</param>
    /// <param name="delimiter">The file's delimiter.</param>
    public LineCells(int count, byte delimiter)
    {
        ends = new int[count];
        this.delimiter = delimiter;
    }

    /// <summary>Whether lines can be cut here: .NET 10 with 256-bit vectors.</summary>
#if NETSTANDARD2_0
    public static bool Available => false;
#else
    public static bool Available => Vector256.IsHardwareAccelerated;
#endif

    /// <summary>The cells of a line.</summary>
    public int Count => ends.Length;

    /// <summary>
    /// Finds the ends of the line's cells: <c>false</c> for a quote, another number of cells, or a line whose last
    /// vector the buffer does not hold. <paramref name="high"/> is not zero when a byte of the line is not ASCII.
    /// </summary>
    /// <param name="bytes">The buffer from the line's start: the line, its line break and what follows, not read.</param>
    /// <param name="length">The line's length, without its line break.</param>
    /// <param name="high">Not zero when a byte of the line is not ASCII.</param>
    public bool Cut(ReadOnlySpan<byte> bytes, int length, out uint high)
    {
#if NETSTANDARD2_0
        high = 0;
        return false;
#else
        // Checked arithmetic is not needed here: every index lies within the line.
        unchecked
        {
            ref var first = ref MemoryMarshal.GetReference(bytes);
            var delimiters = Vector256.Create(delimiter);
            var quotes = Vector256.Create(Quote);
            var last = ends.Length - 1;
            var count = 0;
            high = 0;
            for (var offset = 0; offset < length; offset += Vector256<byte>.Count)
            {
                if (offset + Vector256<byte>.Count > bytes.Length)
                {
                    return false;
                }

                var vector = Vector256.LoadUnsafe(ref first, (nuint)offset);
                var inLine = length - offset >= Vector256<byte>.Count ? uint.MaxValue : (1u << (length - offset)) - 1;
                if ((Vector256.Equals(vector, quotes).ExtractMostSignificantBits() & inLine) != 0)
                {
                    return false;
                }

                high |= vector.ExtractMostSignificantBits() & inLine;
                var cells = Vector256.Equals(vector, delimiters).ExtractMostSignificantBits() & inLine;
                while (cells != 0)
                {
                    if (count == last)
                    {
                        return false; // more cells than the header: the reader warns of them
                    }

                    ends[count++] = offset + BitOperations.TrailingZeroCount(cells);
                    cells &= cells - 1;
                }
            }

            ends[last] = length;
            return count == last;
        }
#endif
    }

    /// <summary>The cell <paramref name="index"/> of a line that <see cref="Cut"/> cut.</summary>
    /// <param name="line">The line.</param>
    /// <param name="index">The cell, 0 and up.</param>
    public ReadOnlySpan<byte> Cell(ReadOnlySpan<byte> line, int index)
    {
        unchecked
        {
            var start = index == 0 ? 0 : ends[index - 1] + 1;
            return line.Slice(start, ends[index] - start);
        }
    }
}
