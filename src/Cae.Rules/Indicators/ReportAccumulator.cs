using System;
using System.Collections.Generic;
using Cae.Domain.Paths;
using Cae.Rules.Data;
using NodaTime;

namespace Cae.Rules.Indicators;

/// <summary>
/// The mergeable counters of the annual report of a year Y (and of Y − 1, for comparison): add a shard of
/// persons and a shard of activity rows, merge with the accumulators of the other shards, then
/// <see cref="ToReport"/>.
/// </summary>
/// <remarks>
/// <para>Person counters (flows, exits, durations, typology) are kept per structure × establishment cell
/// of the person's path; row counters (turnover, contributions, hours, row counts) per cell of the row;
/// distinct people (salaried accompanied, associates) as one bit per person and reporting unit or
/// structure. Totals, establishments, structures and units are sums of cells, made at the end.</para>
/// <para><see cref="MergeFrom"/> adds counters and ORs bits: it is associative and commutative, so the
/// report does not depend on how the data was cut or in which order the parts were merged. The shards
/// must partition the data: every person added once, every row added once.</para>
/// <para>Adding allocates nothing: the arrays are sized at creation by the number of groups and persons.
/// The loops are branch-free where the data is unpredictable. Sums are of cents in 64-bit integers, exact
/// while a cell's total stays within ±92 233 720 368 547 758.07 €. An accumulator is used by one thread at a time.</para>
/// </remarks>
public sealed class ReportAccumulator
{
    /// <summary>Person counters per cell: present_start, entries, exits, present_end, then exits by category.</summary>
    internal const int PersonFields = 4 + ExitCategory.Count;

    internal const int PresentStart = 0;
    internal const int Entries = 1;
    internal const int Exits = 2;
    internal const int PresentEnd = 3;
    internal const int ExitsByCategory = 4;

    /// <summary>Row counters per cell: turnover (accompanied, associates), contributions (accompanied, associates), accompanied hours, rows.</summary>
    internal const int RowFields = 6;

    internal const int TurnoverAccompanied = 0;
    internal const int TurnoverAssociates = 1;
    internal const int ContributionAccompanied = 2;
    internal const int ContributionAssociates = 3;
    internal const int HoursAccompanied = 4;
    internal const int Rows = 5;

    internal const int TypologyFields = 5;

    /// <summary>Distinct-person measures: people with salary hours on an accompanied row, people with an associate row.</summary>
    internal const int SalariedMeasure = 0;
    internal const int AssociatesMeasure = 1;

    private readonly AnnualReportEngine engine;
    private readonly int[] januaryFirst;
    private readonly int[] decemberLast;
    private readonly int firstMonth;

    internal ReportAccumulator(AnnualReportEngine engine, int year)
    {
        if (year < 2 || year > 9998)
        {
            throw new ArgumentOutOfRangeException(nameof(year), "The year is between 2 and 9998.");
        }

        this.engine = engine;
        Year = year;
        Slots = engine.Coverage.Covers(year - 1) ? 2 : 1;
        var groups = engine.Groups;
        januaryFirst = new[] { DateKey.Of(new LocalDate(year, 1, 1)), DateKey.Of(new LocalDate(year - 1, 1, 1)) };
        decemberLast = new[] { DateKey.Of(new LocalDate(year, 12, 31)), DateKey.Of(new LocalDate(year - 1, 12, 31)) };
        firstMonth = CaeDataset.MonthIndex(year - Slots + 1, 1);
        PersonCells = new long[Slots * groups.CellCount * PersonFields];
        DurationMonths = new long[Slots * ExitCategory.Count];
        Genders = new long[Slots * 3];
        TypologyCounts = new long[Slots * TypologyFields * engine.Data.Typology.Count];
        RowCells = new long[Slots * groups.CellCount * RowFields];
        DistinctGroups = groups.UnitCount + groups.StructureCount;
        Distinct = new PersonBitset(Slots * 2 * DistinctGroups, engine.Data.PersonCount);
    }

    /// <summary>The year Y.</summary>
    public int Year { get; }

    /// <summary>The years kept: slot 0 is Y, slot 1 is Y − 1, kept only when the data covers it (2 slots, else 1).</summary>
    internal int Slots { get; }

    internal AnnualReportEngine Engine => engine;

    internal long[] PersonCells { get; }

    internal long[] DurationMonths { get; }

    internal long[] Genders { get; }

    internal long[] TypologyCounts { get; }

    internal long[] RowCells { get; }

    /// <summary>Groups of one measure of one slot: the reporting units (0 … U − 1), then the structures (U + s).</summary>
    internal int DistinctGroups { get; }

    /// <summary>The distinct people: group ((slot × 2 + measure) × <see cref="DistinctGroups"/>) + unit or U + structure.</summary>
    internal PersonBitset Distinct { get; }

    /// <summary>The number of distinct people of a measure, slot and group (unit, or U + structure).</summary>
    internal long DistinctCount(int slot, int measure, int group) => Distinct.Count((((slot * 2) + measure) * DistinctGroups) + group);

    /// <summary>Adds the persons <paramref name="start"/> … <paramref name="end"/> − 1 (flows, exits, durations, typology).</summary>
    /// <param name="start">The first person index.</param>
    /// <param name="end">One past the last person index.</param>
    public void AddPersons(int start, int end)
    {
        CheckRange(start, end, engine.Data.PersonCount);
        var data = engine.Data;
        var values = engine.Values;
        var entries = data.EntryKey;
        var exits = values.ExitKey;
        var categories = values.ExitCategory;
        var personStructure = data.PersonStructure;
        var personEstablishment = data.PersonEstablishment;
        var genders = data.GenderColumn;
        var typology = data.TypologyColumns;
        var typologyCount = data.Typology.Count;
        var establishments = engine.Groups.EstablishmentCount;
        var cellCount = engine.Groups.CellCount;
        var cells = PersonCells;
        var slots = Slots;
        var durations = DurationMonths;
        var genderCounts = Genders;
        var typologyCounts = TypologyCounts;
        unchecked
        {
            for (var p = start; p < end; p++)
            {
                var entry = entries[p];
                var exit = exits[p];
                var cell = (personStructure[p] * establishments) + personEstablishment[p];
                for (var k = 0; k < slots; k++)
                {
                    // Branch-free: every counter of the person is added, multiplied by whether it applies.
                    var january = januaryFirst[k];
                    var december = decemberLast[k];
                    var accompanied = entry <= december && (entry >= january || exit >= january) ? 1 : 0;
                    var exited = exit <= december ? accompanied : 0;
                    var b = ((k * cellCount) + cell) * PersonFields;
                    cells[b + (entry < january ? PresentStart : Entries)] += accompanied;
                    cells[b + Exits] += exited;
                    cells[b + PresentEnd] += accompanied - exited;
                    var category = categories[p] & -exited; // 0 when not exited (the category may be absent)
                    cells[b + ExitsByCategory + category] += exited;
                    durations[(k * ExitCategory.Count) + category] += CompletedMonths.Between(entry, exit) * exited;
                    genderCounts[(k * 3) + genders[p]] += accompanied;
                    var t = k * TypologyFields * typologyCount;
                    for (var f = 0; f < TypologyFields; f++)
                    {
                        typologyCounts[t + typology[f][p]] += accompanied;
                        t += typologyCount;
                    }
                }
            }
        }
    }

    /// <summary>Adds some persons, in any order (each once).</summary>
    /// <param name="persons">The person indices.</param>
    public void AddPersons(IEnumerable<int> persons)
    {
        foreach (var p in persons ?? throw new ArgumentNullException(nameof(persons)))
        {
            AddPersons(p, p + 1);
        }
    }

    /// <summary>Adds the activity rows <paramref name="start"/> … <paramref name="end"/> − 1 (turnover, salary, contributions).</summary>
    /// <param name="start">The first row index.</param>
    /// <param name="end">One past the last row index.</param>
    public void AddRows(int start, int end)
    {
        CheckRange(start, end, engine.Data.ActivityCount);
        var data = engine.Data;
        var values = engine.Values;
        var months = data.ActivityMonth;
        var rowPerson = data.ActivityPerson;
        var rowStructure = data.ActivityStructure;
        var rowEstablishment = data.ActivityEstablishment;
        var turnover = data.Turnover;
        var contribution = values.Contribution;
        var hours = values.SalaryHours;
        var associateMonth = values.AssociateMonth;
        var groups = engine.Groups;
        var unitOfCell = groups.UnitOfCell;
        var establishments = groups.EstablishmentCount;
        var cellCount = groups.CellCount;
        var units = groups.UnitCount;
        var distinctGroups = DistinctGroups;
        var bits = Distinct.Bits;
        var words = Distinct.Words;
        var cells = RowCells;
        var first = firstMonth;
        var window = (uint)(12 * Slots);
        var last = Slots - 1;
        unchecked
        {
            for (var r = start; r < end; r++)
            {
                var month = months[r];
                var d = month - first;
                if ((uint)d >= window)
                {
                    continue;
                }

                var k = last - (d >= 12 ? 1 : 0); // months of Y − 1 come first in the window
                var person = rowPerson[r];
                var structure = rowStructure[r];
                var cell = (structure * establishments) + rowEstablishment[r];
                var b = ((k * cellCount) + cell) * RowFields;
                var word = person >> 6;
                var bit = 1UL << (person & 63);
                cells[b + Rows]++;
                if (month >= associateMonth[person])
                {
                    cells[b + TurnoverAssociates] += turnover[r];
                    cells[b + ContributionAssociates] += contribution[r];
                    var g = (((k * 2) + AssociatesMeasure) * distinctGroups) + unitOfCell[cell];
                    bits[(g * words) + word] |= bit;
                    bits[((g - unitOfCell[cell] + units + structure) * words) + word] |= bit;
                }
                else
                {
                    cells[b + TurnoverAccompanied] += turnover[r];
                    cells[b + ContributionAccompanied] += contribution[r];
                    var h = hours[r];
                    cells[b + HoursAccompanied] += h;
                    // The bit when h > 0, else 0, without a branch (salary hours are never negative).
                    var salaried = bit & (0UL - ((uint)-h >> 31));
                    var g = (((k * 2) + SalariedMeasure) * distinctGroups) + unitOfCell[cell];
                    bits[(g * words) + word] |= salaried;
                    bits[((g - unitOfCell[cell] + units + structure) * words) + word] |= salaried;
                }
            }
        }
    }

    /// <summary>Adds some activity rows, in any order (each once).</summary>
    /// <param name="rows">The row indices.</param>
    public void AddRows(IEnumerable<int> rows)
    {
        foreach (var r in rows ?? throw new ArgumentNullException(nameof(rows)))
        {
            AddRows(r, r + 1);
        }
    }

    /// <summary>Adds the counters of another accumulator of the same engine and year (another shard).</summary>
    /// <param name="other">The other accumulator; left unchanged.</param>
    /// <exception cref="ArgumentException">The other accumulator belongs to another engine or year.</exception>
    public void MergeFrom(ReportAccumulator other)
    {
        if (other is null)
        {
            throw new ArgumentNullException(nameof(other));
        }

        if (!ReferenceEquals(other.engine, engine) || other.Year != Year)
        {
            throw new ArgumentException("Only accumulators of the same engine and year merge.", nameof(other));
        }

        Add(PersonCells, other.PersonCells);
        Add(DurationMonths, other.DurationMonths);
        Add(Genders, other.Genders);
        Add(TypologyCounts, other.TypologyCounts);
        Add(RowCells, other.RowCells);
        Distinct.OrFrom(other.Distinct);
    }

    /// <summary>The report of what has been added (with the year before when the data covers it).</summary>
    /// <param name="input">What was read and rejected; by default, everything in the dataset was accepted.</param>
    public AnnualReport ToReport(InputSummary? input = null) =>
        ReportFinisher.Finish(this, input ?? InputSummary.AllAccepted(engine.Data.PersonCount, engine.Data.ActivityCount));

    private static void Add(long[] into, long[] from)
    {
        for (var i = 0; i < into.Length; i++)
        {
            into[i] += from[i];
        }
    }

    private static void CheckRange(int start, int end, int count)
    {
        if (start < 0 || end > count || start > end)
        {
            throw new ArgumentOutOfRangeException(nameof(start), $"The range {start} … {end} is not within 0 … {count}.");
        }
    }
}
