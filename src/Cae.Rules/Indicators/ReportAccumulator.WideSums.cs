using System.Runtime.CompilerServices;

namespace Cae.Rules.Indicators;

// The exact sums of the accumulator's row counters: the 64-bit counters flushed into 128-bit sums, and read back.
public sealed partial class ReportAccumulator
{
    /// <summary>Counts rows added to <see cref="RowCells"/>, and adds them to the 128-bit sums every <see cref="FlushRows"/> rows.</summary>
    /// <param name="cells">The row counters (<see cref="RowCells"/>).</param>
    /// <param name="rows">The rows just added.</param>
    private unsafe void Flushed(long* cells, int rows)
    {
        rowsSinceFlush += rows;
        if (rowsSinceFlush < FlushRows)
        {
            return;
        }

        rowsSinceFlush = 0;
        fixed (long* low = WideLow, high = WideHigh)
        {
            for (var i = 0; i < RowCells.Length; i++)
            {
                AddWide(low + i, high + i, cells[i]);
                cells[i] = 0;
            }
        }
    }

    /// <summary>
    /// Adds a value to a 128-bit sum held as a wrapping low word and a count of wraps, without a branch: the
    /// addition wrapped when the low word and the value have the same sign and the result has the other one;
    /// it then carries +1 (a positive value) or −1 (a negative one) into the high word.
    /// </summary>
    /// <param name="low">The low word, wrapping.</param>
    /// <param name="high">The count of wraps.</param>
    /// <param name="value">The value to add.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe void AddWide(long* low, long* high, long value)
    {
        unchecked
        {
            var before = *low;
            var after = before + value;
            *low = after;
            *high += (((before ^ after) & (value ^ after)) >> 63) & (1 | (value >> 63));
        }
    }

    /// <summary>Adds another accumulator's row counters and 128-bit sums into this one's 128-bit sums.</summary>
    private static unsafe void AddWide(ReportAccumulator into, ReportAccumulator from)
    {
        fixed (long* low = into.WideLow, high = into.WideHigh)
        {
            for (var i = 0; i < into.WideLow.Length; i++)
            {
                AddWide(low + i, high + i, from.RowCells[i]);
                AddWide(low + i, high + i, from.WideLow[i]);
                high[i] += from.WideHigh[i];
            }
        }
    }

    /// <summary>The exact value of a row counter: <see cref="RowCells"/> + <see cref="WideLow"/> + <see cref="WideHigh"/> × 2^64.</summary>
    /// <param name="index">The field's index.</param>
    internal decimal RowValue(int index) => (WideHigh[index] * 18446744073709551616m) + WideLow[index] + RowCells[index];
}
