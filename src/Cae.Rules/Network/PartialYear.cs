using System;
using System.Collections.Generic;
using Cae.Domain.Values;

namespace Cae.Rules.Network;

/// <summary>
/// The counters of one year of a <see cref="ReportPartial"/>: integer counts and exact sums, keyed by the names
/// of the groups (structure, establishment, reporting unit, typology value), never by a person.
/// </summary>
/// <remarks>
/// <para>Immutable, with value equality. Every field is additive: <see cref="Add"/> adds two years' counters
/// field by field (checked: a sum that leaves the 64-bit range throws <see cref="OverflowException"/> rather
/// than wrapping), so adding is associative and commutative and <see cref="Empty"/> is its identity.</para>
/// <para>Distinct-people counts (salaried accompanied, associates, by unit and by structure) are counted once,
/// when the partial is made from one CAE's data, and then added: exact as long as a person belongs to one
/// CAE only. A person present in two CAEs' data counts once in each.</para>
/// </remarks>
internal sealed class PartialYear : IEquatable<PartialYear>
{
    /// <summary>The counters of a structure × establishment cell: the person counters of the path's cell, then the row counters of the row's cell.</summary>
    public static readonly string[] CellFields =
    {
        "present_start", "entries", "exits", "present_end",
        "exits_creation", "exits_associate", "exits_employment", "exits_training", "exits_reorientation", "exits_other",
        "turnover_accompanied", "turnover_associates", "contributions_accompanied", "contributions_associates", "hours_accompanied", "rows",
    };

    /// <summary>The counters of a reporting unit (rows of the unit's cells).</summary>
    public static readonly string[] UnitFields = { "turnover_accompanied", "turnover_associates", "hours_accompanied", "rows", "salaried_accompanied", "associates_count" };

    /// <summary>The distinct-people counters of a structure (rows carried by the structure).</summary>
    public static readonly string[] StructureFields = { "salaried_accompanied", "associates_count" };

    /// <summary>The year's counters that belong to no group: months of path by exit category, outcomes, genders.</summary>
    public static readonly string[] TotalFields =
    {
        "duration_months_creation", "duration_months_associate", "duration_months_employment", "duration_months_training",
        "duration_months_reorientation", "duration_months_other", "positive", "perennial", "women", "men",
    };

    /// <summary>The typology fields, in the order of the report.</summary>
    public static readonly string[] TypologyFields = { "qualification", "status_at_entry", "income_at_entry", "prescriber", "residence_area" };

    /// <summary>Where the row counters start in a cell.</summary>
    public const int CellRows = 10;

    /// <summary>Indices of <see cref="CellFields"/>, <see cref="UnitFields"/> and <see cref="TotalFields"/>.</summary>
    public const int PresentStart = 0, Entries = 1, Exits = 2, PresentEnd = 3, ExitsByCategory = 4;

    /// <summary>Indices of the row counters of a cell.</summary>
    public const int TurnoverAccompanied = 10, TurnoverAssociates = 11, ContributionsAccompanied = 12, ContributionsAssociates = 13, HoursAccompanied = 14, Rows = 15;

    /// <summary>Indices of <see cref="UnitFields"/>.</summary>
    public const int UnitTurnoverAccompanied = 0, UnitTurnoverAssociates = 1, UnitHours = 2, UnitRows = 3, UnitSalaried = 4, UnitAssociates = 5;

    /// <summary>Indices of <see cref="TotalFields"/>.</summary>
    public const int DurationMonths = 0, Positive = 6, Perennial = 7, Women = 8, Men = 9;

    public PartialYear(
        int year,
        SortedDictionary<CellKey, long[]> cells,
        SortedDictionary<string, long[]> units,
        SortedDictionary<string, long[]> structures,
        long[] totals,
        SortedDictionary<string, long>[] typology,
        SortedDictionary<string, SortedDictionary<decimal, long>> fteHours,
        Money? supportBudget)
    {
        Year = year;
        Cells = cells;
        Units = units;
        Structures = structures;
        Totals = totals;
        Typology = typology;
        FteHours = fteHours;
        SupportBudget = supportBudget;
    }

    public int Year { get; }

    /// <summary>The counters of each cell holding at least one non-zero counter (<see cref="CellFields"/>).</summary>
    public SortedDictionary<CellKey, long[]> Cells { get; }

    /// <summary>The counters of each reporting unit with activity rows (<see cref="UnitFields"/>).</summary>
    public SortedDictionary<string, long[]> Units { get; }

    /// <summary>The distinct-people counters of each structure with activity rows (<see cref="StructureFields"/>).</summary>
    public SortedDictionary<string, long[]> Structures { get; }

    /// <summary>The counters of <see cref="TotalFields"/>.</summary>
    public long[] Totals { get; }

    /// <summary>For each typology field, the accompanied people by value (<c>unknown</c> for empty values), values with none left out.</summary>
    public SortedDictionary<string, long>[] Typology { get; }

    /// <summary>
    /// For each reporting unit, its accompanied salary hours (hundredths) by the annual FTE hours of the policy they
    /// were counted under, so that the FTE of units of CAEs with different FTE hours add exactly.
    /// </summary>
    public SortedDictionary<string, SortedDictionary<decimal, long>> FteHours { get; }

    /// <summary>The support budgets added; <c>null</c> when one of the added CAEs gave none for the year (then the network has no self-financing rate).</summary>
    public Money? SupportBudget { get; }

    /// <summary>A year with no counter, the identity of <see cref="Add"/> (its budget is zero, which adds to a budget and leaves an absent one absent).</summary>
    public static PartialYear Empty(int year) => new(
        year,
        new SortedDictionary<CellKey, long[]>(),
        Names<long[]>(),
        Names<long[]>(),
        new long[TotalFields.Length],
        NewTypology(),
        Names<SortedDictionary<decimal, long>>(),
        Money.Zero);

    public static SortedDictionary<string, T> Names<T>() => new(StringComparer.Ordinal);

    public static SortedDictionary<string, long>[] NewTypology()
    {
        var typology = new SortedDictionary<string, long>[TypologyFields.Length];
        for (var i = 0; i < typology.Length; i++)
        {
            typology[i] = Names<long>();
        }

        return typology;
    }

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
