using System;
using System.Collections.Generic;
using Cae.Domain.Values;

namespace Cae.Rules.Network;

// The adding of years' counters: two at a time (Add) or many in one pass (Sum), every sum checked.
internal sealed partial class PartialYear
{
    /// <summary>The counters of two years added field by field.</summary>
    /// <exception cref="ArgumentException">The years differ.</exception>
    /// <exception cref="OverflowException">A sum leaves the 64-bit range.</exception>
    public static PartialYear Add(PartialYear a, PartialYear b)
    {
        if (a.Year != b.Year)
        {
            throw new ArgumentException($"Partials of {a.Year} and {b.Year} do not add: only partials of the same year do.", nameof(b));
        }

        var typology = NewTypology();
        for (var i = 0; i < typology.Length; i++)
        {
            typology[i] = AddScalars(a.Typology[i], b.Typology[i]);
        }

        var fte = Names<SortedDictionary<decimal, long>>();
        foreach (var unit in Union(a.FteHours.Keys, b.FteHours.Keys))
        {
            var x = a.FteHours.TryGetValue(unit, out var ax) ? ax : new SortedDictionary<decimal, long>();
            var y = b.FteHours.TryGetValue(unit, out var by) ? by : new SortedDictionary<decimal, long>();
            var sum = new SortedDictionary<decimal, long>(x);
            foreach (var entry in y)
            {
                sum[entry.Key] = checked((sum.TryGetValue(entry.Key, out var v) ? v : 0) + entry.Value);
            }

            fte.Add(unit, sum);
        }

        return new PartialYear(
            a.Year,
            AddVectors(a.Cells, b.Cells, new SortedDictionary<CellKey, long[]>()),
            AddVectors(a.Units, b.Units, Names<long[]>()),
            AddVectors(a.Structures, b.Structures, Names<long[]>()),
            AddVector(a.Totals, b.Totals),
            typology,
            fte,
            a.SupportBudget is { } x1 && b.SupportBudget is { } y1 ? x1 + y1 : null);
    }

    /// <summary>
    /// The counters of several years added, in one pass (the same as adding them two by two with <see cref="Add"/>,
    /// without copying the running sum at each step).
    /// </summary>
    /// <exception cref="ArgumentException">A year differs from <paramref name="year"/>.</exception>
    /// <exception cref="OverflowException">A sum leaves the 64-bit range.</exception>
    public static PartialYear Sum(int year, IEnumerable<PartialYear> years)
    {
        var cells = new Dictionary<CellKey, long[]>();
        var units = new Dictionary<string, long[]>(StringComparer.Ordinal);
        var structures = new Dictionary<string, long[]>(StringComparer.Ordinal);
        var totals = new long[TotalFields.Length];
        var typology = new Dictionary<string, long>[TypologyFields.Length];
        for (var i = 0; i < typology.Length; i++)
        {
            typology[i] = new Dictionary<string, long>(StringComparer.Ordinal);
        }

        var fte = new Dictionary<string, SortedDictionary<decimal, long>>(StringComparer.Ordinal);
        Money? budget = Money.Zero;
        foreach (var y in years)
        {
            if (y.Year != year)
            {
                throw new ArgumentException($"Partials of {year} and {y.Year} do not add: only partials of the same year do.", nameof(years));
            }

            Accumulate(cells, y.Cells);
            Accumulate(units, y.Units);
            Accumulate(structures, y.Structures);
            for (var f = 0; f < totals.Length; f++)
            {
                totals[f] = checked(totals[f] + y.Totals[f]);
            }

            for (var i = 0; i < typology.Length; i++)
            {
                foreach (var entry in y.Typology[i])
                {
                    typology[i][entry.Key] = checked((typology[i].TryGetValue(entry.Key, out var v) ? v : 0) + entry.Value);
                }
            }

            foreach (var unit in y.FteHours)
            {
                if (!fte.TryGetValue(unit.Key, out var bases))
                {
                    bases = new SortedDictionary<decimal, long>();
                    fte.Add(unit.Key, bases);
                }

                foreach (var entry in unit.Value)
                {
                    bases[entry.Key] = checked((bases.TryGetValue(entry.Key, out var h) ? h : 0) + entry.Value);
                }
            }

            budget = budget is { } b && y.SupportBudget is { } c ? b + c : null;
        }

        var sortedTypology = NewTypology();
        for (var i = 0; i < typology.Length; i++)
        {
            foreach (var entry in typology[i])
            {
                sortedTypology[i].Add(entry.Key, entry.Value);
            }
        }

        var sortedFte = Names<SortedDictionary<decimal, long>>();
        foreach (var entry in fte)
        {
            sortedFte.Add(entry.Key, entry.Value);
        }

        return new PartialYear(year, Sorted(cells, new SortedDictionary<CellKey, long[]>()), Sorted(units, Names<long[]>()), Sorted(structures, Names<long[]>()), totals, sortedTypology, sortedFte, budget);
    }

    private static IEnumerable<string> Union(IEnumerable<string> x, IEnumerable<string> y)
    {
        var all = new SortedSet<string>(x, StringComparer.Ordinal);
        all.UnionWith(y);
        return all;
    }

    private static long[] AddVector(long[] x, long[] y)
    {
        var sum = new long[x.Length];
        for (var i = 0; i < sum.Length; i++)
        {
            sum[i] = checked(x[i] + y[i]);
        }

        return sum;
    }

    private static SortedDictionary<TKey, long[]> AddVectors<TKey>(SortedDictionary<TKey, long[]> x, SortedDictionary<TKey, long[]> y, SortedDictionary<TKey, long[]> into)
        where TKey : notnull
    {
        foreach (var entry in x)
        {
            into.Add(entry.Key, (long[])entry.Value.Clone());
        }

        foreach (var entry in y)
        {
            into[entry.Key] = into.TryGetValue(entry.Key, out var existing) ? AddVector(existing, entry.Value) : (long[])entry.Value.Clone();
        }

        return into;
    }

    private static void Accumulate<TKey>(Dictionary<TKey, long[]> into, SortedDictionary<TKey, long[]> from)
        where TKey : notnull
    {
        foreach (var entry in from)
        {
            if (into.TryGetValue(entry.Key, out var sum))
            {
                for (var f = 0; f < sum.Length; f++)
                {
                    sum[f] = checked(sum[f] + entry.Value[f]);
                }
            }
            else
            {
                into.Add(entry.Key, (long[])entry.Value.Clone());
            }
        }
    }

    private static SortedDictionary<TKey, long[]> Sorted<TKey>(Dictionary<TKey, long[]> from, SortedDictionary<TKey, long[]> into)
        where TKey : notnull
    {
        foreach (var entry in from)
        {
            into.Add(entry.Key, entry.Value);
        }

        return into;
    }

    private static SortedDictionary<string, long> AddScalars(SortedDictionary<string, long> x, SortedDictionary<string, long> y)
    {
        var sum = new SortedDictionary<string, long>(x, StringComparer.Ordinal);
        foreach (var entry in y)
        {
            sum[entry.Key] = checked((sum.TryGetValue(entry.Key, out var v) ? v : 0) + entry.Value);
        }

        return sum;
    }
}
