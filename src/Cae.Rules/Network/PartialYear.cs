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
internal sealed partial class PartialYear : IEquatable<PartialYear>
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
}
