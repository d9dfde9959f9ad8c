using System;
using System.Runtime.CompilerServices;
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
/// <para>Adding allocates nothing per person or row: the counters are sized at creation by the number of
/// groups and persons, and the row pass allocates, at its first call, a buffer of 4 096 row indices and a
/// table of a few integers per cell. The loops are branch-free where the data is unpredictable.</para>
/// <para>Sums are exact whatever the rows, and the row loops pay nothing for it. An amount of a dataset is at
/// most 10^12 € (10^14 cents, <see cref="CaeDatasetBuilder.AmountLimit"/>) and a computed contribution at most
/// 10^15 cents (<see cref="EffectiveValues"/>), so the 64-bit counters of <see cref="RowCells"/> cannot overflow
/// within <see cref="FlushRows"/> rows; every <see cref="FlushRows"/> rows they are added to 128-bit sums
/// (<see cref="WideLow"/> wrapping, its wraps counted in <see cref="WideHigh"/>) and start again from zero. A
/// cell's value is RowCells + WideLow + WideHigh × 2^64. Counts and hours stay in 64 bits (at most 2^31 rows of
/// 744 hours). An accumulator is used by one thread at a time.</para>
/// </remarks>
public sealed partial class ReportAccumulator
{
    /// <summary>
    /// <c>MethodImplOptions.AggressiveOptimization</c> (512, not named in netstandard2.0; ignored by .NET
    /// Framework): the loops are compiled fully optimised at once, since a report calls them once and the
    /// tiered compiler would otherwise run them as on-stack-replacement code.
    /// </summary>
    private const MethodImplOptions HotLoop = (MethodImplOptions)512;

    /// <summary>The rows of one chunk of <see cref="AddRows(int, int)"/>.</summary>
    private const int RunChunk = 4096;

    /// <summary>
    /// The rows after which <see cref="RowCells"/> are added to the 128-bit sums: 8 192 rows of at most 10^15 cents
    /// each sum to less than 2^63.
    /// </summary>
    internal const int FlushRows = 2 * RunChunk;

    /// <summary>Per run key: its counters' offset, its unit's and its structure's first bit words.</summary>
    private const int RunTargetFields = 3;

    private readonly AnnualReportEngine engine;
    private readonly int[] januaryFirst;
    private readonly int[] decemberLast;
    private readonly int firstMonth;

    /// <summary>The first row of each run of the chunk being added (<see cref="AddRows(int, int)"/>), allocated at its first call.</summary>
    private int[]? runs;

    /// <summary>Where the runs of each key are added (<see cref="RunTargets"/>), made at the first call of <see cref="AddRows(int, int)"/>.</summary>
    private int[]? runTargets;

    internal ReportAccumulator(AnnualReportEngine engine, int year)
    {
        if (year < AnnualReportEngine.FirstYear || year > AnnualReportEngine.LastYear)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "The year of a report is between 1900 and 2100 (the data contract's date range).");
        }

        this.engine = engine;
        Year = year;
        Slots = engine.Coverage.Covers(year - 1) ? 2 : 1;
        var groups = engine.Groups;
        januaryFirst = new[] { DateKey.Of(new LocalDate(year, 1, 1)), DateKey.Of(new LocalDate(year - 1, 1, 1)) };
        decemberLast = new[] { DateKey.Of(new LocalDate(year, 12, 31)), DateKey.Of(new LocalDate(year - 1, 12, 31)) };
        firstMonth = CaeDataset.MonthIndex(year - Slots + 1, 1);
        Layout = new ReportLayout(Slots, groups.CellCount, engine.Data.Typology.Count, groups.UnitCount + groups.StructureCount);
        PersonCells = new long[Layout.PersonCellsLength];
        DurationMonths = new long[Layout.DurationsLength];
        Genders = new long[Layout.GendersLength];
        TypologyCounts = new long[Layout.TypologyLength];
        RowCells = new long[Layout.RowCellsLength];
        Distinct = new PersonBitset(Layout.DistinctGroupCount, engine.Data.PersonCount);
        WideLow = new long[RowCells.Length];
        WideHigh = new long[RowCells.Length];
        DistinctGroups = groups.UnitCount + groups.StructureCount;
    }

    /// <summary>The year Y.</summary>
    public int Year { get; }

    /// <summary>The years kept: slot 0 is Y, slot 1 is Y − 1, kept only when the data covers it (2 slots, else 1).</summary>
    internal int Slots { get; }

    internal AnnualReportEngine Engine => engine;

    /// <summary>Where each counter is in the arrays below.</summary>
    internal ReportLayout Layout { get; }

    internal long[] PersonCells { get; }

    internal long[] DurationMonths { get; }

    internal long[] Genders { get; }

    internal long[] TypologyCounts { get; }

    internal long[] RowCells { get; }

    /// <summary>The low words of the 128-bit sums of <see cref="RowCells"/>, wrapping.</summary>
    internal long[] WideLow { get; }

    /// <summary>The wraps of <see cref="WideLow"/>: a sum is low + high × 2^64.</summary>
    internal long[] WideHigh { get; }

    /// <summary>The rows added to <see cref="RowCells"/> since they were last added to the 128-bit sums.</summary>
    private int rowsSinceFlush;

    /// <summary>Groups of one measure of one slot: the reporting units (0 … U − 1), then the structures (U + s).</summary>
    internal int DistinctGroups { get; }

    /// <summary>The distinct people, one group per <see cref="ReportLayout.DistinctGroup"/>.</summary>
    internal PersonBitset Distinct { get; }

    /// <summary>The number of distinct people of a measure, slot and group (unit, or U + structure).</summary>
    internal long DistinctCount(int slot, int measure, int group) => Distinct.Count(Layout.DistinctGroup(slot, measure, group));

    /// <summary>Adds the counters of another accumulator of the same engine and year (another shard).</summary>
    /// <param name="other">The other accumulator; left unchanged.</param>
    /// <exception cref="ArgumentException">The other accumulator belongs to another engine or year.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is <c>null</c>.</exception>
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
        AddWide(this, other);
        Distinct.OrFrom(other.Distinct);
    }

    /// <summary>The report of what has been added (with the year before when the data covers it).</summary>
    /// <param name="input">How many rows were read and kept; by default, everything in the dataset was accepted.</param>
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
