using System;
using System.Collections.Generic;

namespace Cae.Rules.Network;

// The value equality of a year's counters: every counter compared, group by group.
internal sealed partial class PartialYear
{
    /// <inheritdoc />
    public bool Equals(PartialYear? other) =>
        other is not null
        && other.Year == Year
        && Same(Cells, other.Cells, SameVector)
        && Same(Units, other.Units, SameVector)
        && Same(Structures, other.Structures, SameVector)
        && SameVector(Totals, other.Totals)
        && SameTypology(other)
        && Same(FteHours, other.FteHours, (x, y) => Same(x, y, (p, q) => p == q))
        && other.SupportBudget == SupportBudget;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PartialYear other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => (Year * 31) ^ Cells.Count ^ (Units.Count << 8) ^ Totals[Positive].GetHashCode();

    private bool SameTypology(PartialYear other)
    {
        for (var i = 0; i < Typology.Length; i++)
        {
            if (!Same(Typology[i], other.Typology[i], (x, y) => x == y))
            {
                return false;
            }
        }

        return true;
    }

    private static bool SameVector(long[] x, long[] y)
    {
        if (x.Length != y.Length)
        {
            return false;
        }

        for (var i = 0; i < x.Length; i++)
        {
            if (x[i] != y[i])
            {
                return false;
            }
        }

        return true;
    }

    private static bool Same<TKey, TValue>(SortedDictionary<TKey, TValue> x, SortedDictionary<TKey, TValue> y, Func<TValue, TValue, bool> same)
        where TKey : notnull
    {
        if (x.Count != y.Count)
        {
            return false;
        }

        foreach (var entry in x)
        {
            if (!y.TryGetValue(entry.Key, out var value) || !same(entry.Value, value))
            {
                return false;
            }
        }

        return true;
    }
}
