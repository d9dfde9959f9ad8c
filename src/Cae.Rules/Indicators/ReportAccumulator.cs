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
/// An accumulator is used by one thread at a time.</para>
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

    /// <summary>Slot 0 is the year Y, slot 1 the year Y − 1.</summary>
    internal const int Slots = 2;

    internal const int TypologyFields = 5;

    private readonly AnnualReportEngine engine;
    private readonly LocalDate[] januaryFirst;
    private readonly LocalDate[] decemberLast;
    private readonly int firstMonth;

    internal ReportAccumulator(AnnualReportEngine engine, int year)
    {
        if (year < 2 || year > 9998)
        {
            throw new ArgumentOutOfRangeException(nameof(year), "The year is between 2 and 9998.");
        }

        this.engine = engine;
        Year = year;
        var groups = engine.Groups;
        var persons = engine.Data.PersonCount;
        januaryFirst = new[] { new LocalDate(year, 1, 1), new LocalDate(year - 1, 1, 1) };
        decemberLast = new[] { new LocalDate(year, 12, 31), new LocalDate(year - 1, 12, 31) };
        firstMonth = CaeDataset.MonthIndex(year - 1, 1);
        PersonCells = new long[Slots * groups.CellCount * PersonFields];
        DurationMonths = new long[Slots * ExitCategory.Count];
        Genders = new long[Slots * 3];
        TypologyCounts = new long[Slots * TypologyFields * engine.Data.Typology.Count];
        RowCells = new long[Slots * groups.CellCount * RowFields];
        Salaried = new[] { new PersonBitset(groups.UnitCount + groups.StructureCount, persons), new PersonBitset(groups.UnitCount + groups.StructureCount, persons) };
        Associates = new[] { new PersonBitset(groups.UnitCount + groups.StructureCount, persons), new PersonBitset(groups.UnitCount + groups.StructureCount, persons) };
    }

    /// <summary>The year Y.</summary>
    public int Year { get; }

    internal AnnualReportEngine Engine => engine;

    internal long[] PersonCells { get; }

    internal long[] DurationMonths { get; }

    internal long[] Genders { get; }

    internal long[] TypologyCounts { get; }

    internal long[] RowCells { get; }

    /// <summary>Per slot: people with salary hours on an accompanied row, by unit (0 … U − 1) and structure (U + s).</summary>
    internal PersonBitset[] Salaried { get; }

    /// <summary>Per slot: people with an associate row, by unit and structure.</summary>
    internal PersonBitset[] Associates { get; }

    /// <summary>Adds the persons <paramref name="start"/> … <paramref name="end"/> − 1 (flows, exits, durations, typology).</summary>
    /// <param name="start">The first person index.</param>
    /// <param name="end">One past the last person index.</param>
    public void AddPersons(int start, int end)
    {
        CheckRange(start, end, engine.Data.PersonCount);
        var data = engine.Data;
        var values = engine.Values;
        var entries = data.EntryDate;
        var exitDates = values.ExitDate;
        var categories = values.ExitCategory;
        var personStructure = data.PersonStructure;
        var personEstablishment = data.PersonEstablishment;
        var genders = data.GenderColumn;
        var typology = data.TypologyColumns;
        var typologyCount = data.Typology.Count;
        var establishments = engine.Groups.EstablishmentCount;
        var cellCount = engine.Groups.CellCount;
        var cells = PersonCells;
        for (var p = start; p < end; p++)
        {
            var entry = entries[p];
            var exit = exitDates[p];
            var cell = (personStructure[p] * establishments) + personEstablishment[p];
            for (var k = 0; k < Slots; k++)
            {
                if (entry > decemberLast[k])
                {
                    continue;
                }

                var before = entry < januaryFirst[k];
                if (before && exit < januaryFirst[k])
                {
                    continue;
                }

                var b = ((k * cellCount) + cell) * PersonFields;
                cells[b + (before ? PresentStart : Entries)]++;
                if (exit <= decemberLast[k])
                {
                    var category = categories[p];
                    cells[b + Exits]++;
                    cells[b + ExitsByCategory + category]++;
                    DurationMonths[(k * ExitCategory.Count) + category] += CompletedMonths.Between(entry, exit);
                }
                else
                {
                    cells[b + PresentEnd]++;
                }

                Genders[(k * 3) + genders[p]]++;
                for (var f = 0; f < TypologyFields; f++)
                {
                    TypologyCounts[(((k * TypologyFields) + f) * typologyCount) + typology[f][p]]++;
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
        var cells = RowCells;
        var first = firstMonth;
        for (var r = start; r < end; r++)
        {
            var month = months[r];
            var d = month - first;
            if ((uint)d >= 24u)
            {
                continue;
            }

            var k = d >= 12 ? 0 : 1;
            var person = rowPerson[r];
            var structure = rowStructure[r];
            var cell = (structure * establishments) + rowEstablishment[r];
            var b = ((k * cellCount) + cell) * RowFields;
            cells[b + Rows]++;
            if (month >= associateMonth[person])
            {
                cells[b + TurnoverAssociates] += turnover[r];
                cells[b + ContributionAssociates] += contribution[r];
                var set = Associates[k];
                set.Set(unitOfCell[cell], person);
                set.Set(units + structure, person);
            }
            else
            {
                cells[b + TurnoverAccompanied] += turnover[r];
                cells[b + ContributionAccompanied] += contribution[r];
                var h = hours[r];
                if (h > 0)
                {
                    cells[b + HoursAccompanied] += h;
                    var set = Salaried[k];
                    set.Set(unitOfCell[cell], person);
                    set.Set(units + structure, person);
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
        for (var k = 0; k < Slots; k++)
        {
            Salaried[k].OrFrom(other.Salaried[k]);
            Associates[k].OrFrom(other.Associates[k]);
        }
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
