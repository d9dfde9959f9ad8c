using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Cae.Rules.Data;
using Cae.Rules.Indicators;

namespace Cae.Rules.Network;

/// <summary>
/// The annual reports of several consecutive years, computed in one pass over the data (data contract §8'), and
/// any figure of them as a series over the years.
/// </summary>
/// <remarks>
/// <para>One pass over the persons adds each person to every year of its path; one pass over the activity rows adds
/// each row to the year of its month. Each year's counters are a <see cref="ReportPartial"/> (<see cref="Partial"/>),
/// whose report is the year's report, compared with the year before when the data covers it, exactly as
/// <see cref="AnnualReportEngine.Compute"/> gives it (the groups listed by name).</para>
/// <para>Immutable, with value equality (by years and partials).</para>
/// </remarks>
public sealed class ReportTrend : IEquatable<ReportTrend>
{
    private readonly ReportPartial[] partials;
    private readonly AnnualReport[] reports;
    private readonly ReportTree[] trees;

    private ReportTrend(int from, ReportPartial[] partials)
    {
        From = from;
        this.partials = partials;
        reports = new AnnualReport[partials.Length];
        trees = new ReportTree[partials.Length];
        var years = new int[partials.Length];
        for (var i = 0; i < partials.Length; i++)
        {
            reports[i] = partials[i].ToReport();
            trees[i] = reports[i].ToTree();
            years[i] = from + i;
        }

        Years = years;
    }

    /// <summary>The first year.</summary>
    public int From { get; }

    /// <summary>The last year.</summary>
    public int To => From + partials.Length - 1;

    /// <summary>The years, in order.</summary>
    public IReadOnlyList<int> Years { get; }

    /// <summary>The report of each year, in order.</summary>
    public IReadOnlyList<AnnualReport> Reports => reports;

    /// <summary>Computes the reports of the years <paramref name="from"/> … <paramref name="to"/> in one pass over the data.</summary>
    /// <param name="engine">The engine (data and policy).</param>
    /// <param name="from">The first year.</param>
    /// <param name="to">The last year, not before <paramref name="from"/>.</param>
    /// <param name="input">How many rows were read and kept; by default, everything in the dataset was accepted.</param>
    /// <exception cref="ArgumentOutOfRangeException">The years are not 2 ≤ from ≤ to ≤ 9998.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="engine"/> is <c>null</c>.</exception>
    public static ReportTrend Compute(AnnualReportEngine engine, int from, int to, InputSummary? input = null)
    {
        if (engine is null)
        {
            throw new ArgumentNullException(nameof(engine));
        }

        if (from < 2 || to > 9998 || from > to)
        {
            throw new ArgumentOutOfRangeException(nameof(from), "The years are 2 ≤ from ≤ to ≤ 9998.");
        }

        input ??= InputSummary.AllAccepted(engine.Data.PersonCount, engine.Data.ActivityCount);
        var first = engine.Coverage.Covers(from - 1) ? from - 1 : from;
        var years = TrendPass.Run(engine, first, to);
        var counts = new long[] { input.PathsRead, input.PathsAccepted, input.ActivityRead, input.ActivityAccepted };
        var partials = new ReportPartial[to - from + 1];
        for (var y = from; y <= to; y++)
        {
            var previous = y - 1 >= first && engine.Coverage.Covers(y - 1) ? years[y - 1 - first] : null;
            partials[y - from] = ReportPartial.OfYears(years[y - first], previous, counts);
        }

        return new ReportTrend(from, partials);
    }

    /// <summary>The partial report of a year (with the year before when the data covers it).</summary>
    /// <param name="year">A year of the trend.</param>
    /// <exception cref="ArgumentOutOfRangeException">The year is not in the trend.</exception>
    public ReportPartial Partial(int year) =>
        year >= From && year <= To ? partials[year - From] : throw new ArgumentOutOfRangeException(nameof(year), $"The trend covers {From} … {To}.");

    /// <summary>Why an indicator names no number of the report in any year: the first unknown part of its path and the names the report has there (<see cref="WhatIf.IndicatorPath.Problem"/>, on the last year).</summary>
    /// <param name="indicator">A §3 JSON path joined by dots, a dot in a name escaped (<see cref="WhatIf.IndicatorPath"/>).</param>
    /// <returns><c>null</c> when the indicator is a number of the report in at least one year.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentException">The path is not well formed (<see cref="WhatIf.IndicatorPath.Split"/>).</exception>
    public string? Problem(string indicator) =>
        Has(indicator) ? null : WhatIf.IndicatorPath.Problem(trees[trees.Length - 1], indicator);

    /// <summary>Whether an indicator names a number of the report in at least one year.</summary>
    /// <param name="indicator">A §3 JSON path joined by dots, a dot in a name escaped (<see cref="WhatIf.IndicatorPath"/>), e.g. <c>flows.total.accompanied</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentException">The path is not well formed (<see cref="WhatIf.IndicatorPath.Split"/>).</exception>
    public bool Has(string indicator)
    {
        foreach (var value in Series(indicator))
        {
            if (value is not null)
            {
                return true;
            }
        }

        var path = Split(indicator);
        foreach (var tree in trees)
        {
            if (tree.Find(path) is ReportNumber)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An indicator's value in each year, <c>null</c> where the year has no such number (a group absent that year, a rate without a denominator).</summary>
    /// <param name="indicator">A §3 JSON path joined by dots, e.g. <c>flows.total.accompanied</c> or <c>turnover.by_unit.Coopilote B.total</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentException">The path is not well formed (<see cref="WhatIf.IndicatorPath.Split"/>).</exception>
    public IReadOnlyList<decimal?> Series(string indicator)
    {
        var path = Split(indicator);
        var series = new decimal?[trees.Length];
        for (var i = 0; i < trees.Length; i++)
        {
            series[i] = trees[i].Find(path) is ReportNumber n ? n.Value : null;
        }

        return series;
    }

    /// <inheritdoc />
    public bool Equals(ReportTrend? other)
    {
        if (other is null || other.From != From || other.partials.Length != partials.Length)
        {
            return false;
        }

        for (var i = 0; i < partials.Length; i++)
        {
            if (!partials[i].Equals(other.partials[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ReportTrend other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => (From * 31) ^ partials.Length;

    private static string[] Split(string indicator) => WhatIf.IndicatorPath.Split(indicator ?? throw new ArgumentNullException(nameof(indicator)));
}

/// <summary>The one pass of a <see cref="ReportTrend"/>: every year's counters, laid out as an accumulator's slots.</summary>
internal static class TrendPass
{
    /// <summary>
    /// <c>MethodImplOptions.AggressiveOptimization</c> (512, not named in netstandard2.0): the loops run once per
    /// trend, so they are compiled fully optimised at once rather than as on-stack-replacement code.
    /// </summary>
    private const MethodImplOptions HotLoop = (MethodImplOptions)512;

    [MethodImpl(HotLoop)]
    public static PartialYear[] Run(AnnualReportEngine engine, int first, int last)
    {
        var n = last - first + 1;
        var data = engine.Data;
        var values = engine.Values;
        var groups = engine.Groups;
        var cellCount = groups.CellCount;
        var establishments = groups.EstablishmentCount;
        var typologyCount = data.Typology.Count;
        var layout = new ReportLayout(n, cellCount, typologyCount, groups.UnitCount + groups.StructureCount);
        var personCells = new long[layout.PersonCellsLength];
        var durations = new long[layout.DurationsLength];
        var genders = new long[layout.GendersLength];
        var typologyCounts = new long[layout.TypologyLength];
        var rowCells = new long[layout.RowCellsLength];
        var distinct = new PersonBitset(layout.DistinctGroupCount, data.PersonCount);

        var typology = data.TypologyColumns;
        var entries = data.EntryKey;
        var exits = values.ExitKey;
        var exitCategories = values.ExitCategory;
        var personStructures = data.PersonStructure;
        var personEstablishments = data.PersonEstablishment;
        var genderColumn = data.GenderColumn;
        for (var p = 0; p < entries.Length; p++)
        {
            var entry = entries[p];
            var exit = exits[p];
            var entryYear = DateKey.Year(entry);
            var exitYear = exit == DateKey.None ? int.MaxValue : DateKey.Year(exit);
            var cell = (personStructures[p] * establishments) + personEstablishments[p];
            for (var y = Math.Max(entryYear, first); y <= Math.Min(exitYear, last); y++)
            {
                var s = y - first;
                var b = layout.PersonCell(s, cell);
                personCells[b + (entryYear < y ? ReportLayout.PresentStart : ReportLayout.Entries)]++;
                if (exitYear == y)
                {
                    var category = exitCategories[p];
                    personCells[b + ReportLayout.Exits]++;
                    personCells[b + ReportLayout.ExitsByCategory + category]++;
                    durations[layout.Duration(s, category)] += CompletedMonths.Between(entry, exit);
                }
                else
                {
                    personCells[b + ReportLayout.PresentEnd]++;
                }

                genders[layout.Gender(s, genderColumn[p])]++;
                for (var f = 0; f < ReportLayout.TypologyFields; f++)
                {
                    typologyCounts[layout.Typology(s, f, typology[f][p])]++;
                }
            }
        }

        var months = data.ActivityMonth;
        var words = distinct.Words;
        var bits = distinct.Bits;
        var persons = data.ActivityPerson;
        var rowStructures = data.ActivityStructure;
        var rowEstablishments = data.ActivityEstablishment;
        var associateMonths = values.AssociateMonth;
        var turnover = data.Turnover;
        var contributions = values.Contribution;
        var salaryHours = values.SalaryHours;
        var unitOfCell = groups.UnitOfCell;
        var unitCount = groups.UnitCount;
        for (var r = 0; r < months.Length; r++)
        {
            var month = months[r];
            var s = (month / 12) - first;
            if (s < 0 || s >= n)
            {
                continue;
            }

            var person = persons[r];
            var cell = (rowStructures[r] * establishments) + rowEstablishments[r];
            var associate = month >= associateMonths[person] ? 1 : 0;
            var b = layout.RowCell(s, cell);
            rowCells[b + ReportLayout.TurnoverAccompanied + associate] += turnover[r];
            rowCells[b + ReportLayout.ContributionAccompanied + associate] += contributions[r];
            rowCells[b + ReportLayout.Rows]++;
            var hours = salaryHours[r];
            if (associate == 0)
            {
                rowCells[b + ReportLayout.HoursAccompanied] += hours;
            }

            if (associate == 1 || hours > 0)
            {
                var measure = associate == 1 ? ReportLayout.AssociatesMeasure : ReportLayout.SalariedMeasure;
                var group = layout.DistinctGroup(s, measure, 0);
                var bit = 1UL << (person & 63);
                var word = person >> 6;
                bits[((group + unitOfCell[cell]) * words) + word] |= bit;
                bits[((group + unitCount + (cell / establishments)) * words) + word] |= bit;
            }
        }

        var counters = new SlotCounters(engine, personCells, rowCells, durations, genders, typologyCounts, (slot, measure, group) => distinct.Count(layout.DistinctGroup(slot, measure, group)));
        var years = new PartialYear[n];
        for (var s = 0; s < n; s++)
        {
            years[s] = PartialCounters.Of(counters, s, first + s);
        }

        return years;
    }
}
