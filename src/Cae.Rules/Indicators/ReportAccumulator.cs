using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
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
public sealed class ReportAccumulator
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

    /// <summary>Adds the persons <paramref name="start"/> … <paramref name="end"/> − 1 (flows, exits, durations, typology).</summary>
    /// <param name="start">The first person index.</param>
    /// <param name="end">One past the last person index.</param>
    [MethodImpl(HotLoop)]
    public unsafe void AddPersons(int start, int end)
    {
        CheckRange(start, end, engine.Data.PersonCount);
        if (start == end)
        {
            return;
        }

        var data = engine.Data;
        var values = engine.Values;
        var typology = data.TypologyColumns;
        var typologyCount = data.Typology.Count;
        var establishments = engine.Groups.EstablishmentCount;
        var layout = Layout;

        // Every person column has one value per person (checked by CaeDataset and EffectiveValues), a person who
        // left has an exit category (checked by EffectiveValues), and the counters are sized by the groups,
        // categories and typology codes the values index, so the loop reads and writes within the arrays.
        fixed (int* entries = data.EntryKey, exits = values.ExitKey, structures = data.PersonStructure, personEstablishments = data.PersonEstablishment)
        fixed (byte* categories = values.ExitCategory, genders = data.GenderColumn)
        fixed (int* t0 = typology[0], t1 = typology[1], t2 = typology[2], t3 = typology[3], t4 = typology[4])
        fixed (long* cells = PersonCells, durations = DurationMonths, genderCounts = Genders, typologyCounts = TypologyCounts)
        {
            for (var k = 0; k < Slots; k++)
            {
                var january = januaryFirst[k];
                var december = decemberLast[k];
                var slotCells = cells + layout.PersonCell(k, 0);
                var slotDurations = durations + layout.Duration(k, 0);
                var slotGenders = genderCounts + layout.Gender(k, 0);
                var slotTypology = typologyCounts + layout.Typology(k, 0, 0);
                unchecked
                {
                    for (var p = start; p < end; p++)
                    {
                        var entry = entries[p];
                        var exit = exits[p];
                        if (entry > december || (entry < january && exit < january))
                        {
                            continue; // not accompanied during the year
                        }

                        var b = slotCells + layout.PersonCell(0, (structures[p] * establishments) + personEstablishments[p]);
                        b[entry < january ? ReportLayout.PresentStart : ReportLayout.Entries]++;
                        if (exit <= december)
                        {
                            b[ReportLayout.Exits]++;
                            b[ReportLayout.ExitsByCategory + categories[p]]++;
                            slotDurations[categories[p]] += CompletedMonths.Between(entry, exit);
                        }
                        else
                        {
                            b[ReportLayout.PresentEnd]++;
                        }

                        slotGenders[genders[p]]++;
                        slotTypology[t0[p]]++;
                        slotTypology[layout.Typology(0, 1, t1[p])]++;
                        slotTypology[layout.Typology(0, 2, t2[p])]++;
                        slotTypology[layout.Typology(0, 3, t3[p])]++;
                        slotTypology[layout.Typology(0, 4, t4[p])]++;
                    }
                }
            }
        }
    }

    /// <summary>Adds some persons, in any order (each once).</summary>
    /// <param name="persons">The person indices.</param>
    /// <exception cref="ArgumentNullException"><paramref name="persons"/> is <c>null</c>.</exception>
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
    /// <remarks>
    /// <para>Consecutive rows of the same person, cell, year and status (accompanied or associate) form a run;
    /// in the usual order of an export (a person's months one after the other) a run is a person's year in a
    /// structure. The rows are taken in chunks of <see cref="RunChunk"/>: a first loop finds where the runs of the
    /// chunk start, a second sums each run's columns in registers, adds the sums to the run's cell and sets the
    /// person's bits, once per run. Rows in any other order give the same figures, with shorter runs; when a
    /// chunk's runs average fewer than two rows (rows ordered by month, say), the next chunk is added row by row,
    /// without looking for runs, until a chunk shows runs again.</para>
    /// <para>Uses a buffer of <see cref="RunChunk"/> row indices and a table of the run keys' targets, allocated
    /// at the first call; nothing per row.</para>
    /// </remarks>
    [MethodImpl(HotLoop)]
    public unsafe void AddRows(int start, int end)
    {
        CheckRange(start, end, engine.Data.ActivityCount);
        if (start == end)
        {
            return;
        }

        var data = engine.Data;
        var values = engine.Values;
        var establishments = engine.Groups.EstablishmentCount;
        var first = firstMonth;
        var window = (uint)(12 * Slots);
        runs ??= new int[RunChunk + 1];
        runTargets ??= RunTargets();

        // Every column has one value per row (checked by CaeDataset and EffectiveValues) and every person index
        // is a person of the dataset, so the loops read within the arrays without checking each index.
        fixed (int* months = data.ActivityMonth, persons = data.ActivityPerson, structures = data.ActivityStructure)
        fixed (int* rowEstablishments = data.ActivityEstablishment, hours = values.SalaryHours, associateMonth = values.AssociateMonth)
        fixed (long* turnover = data.Turnover, contribution = values.Contribution)
        fixed (int* run = runs, table = runTargets)
        fixed (long* cells = RowCells)
        fixed (ulong* bits = Distinct.Bits)
        {
            unchecked
            {
                var shortRuns = false;
                for (var chunk = start; chunk < end; chunk += RunChunk)
                {
                    var chunkEnd = end - chunk > RunChunk ? chunk + RunChunk : end;
                    if (shortRuns)
                    {
                        // The chunk before had runs of fewer than two rows on average (rows ordered by month, say):
                        // finding runs would cost more than it saves, so the rows are added one by one, counting
                        // the changes of person to see whether the runs come back.
                        var changes = 0;
                        var previous = -1;
                        for (var r = chunk; r < chunkEnd; r++)
                        {
                            var person = persons[r];
                            changes += person != previous ? 1 : 0;
                            previous = person;
                            var key = RunKey(months[r], structures[r], rowEstablishments[r], associateMonth[person], first, window, establishments);
                            if (key >= 0)
                            {
                                AddRun(cells, bits, table, key, person, turnover[r], contribution[r], hours[r], 1);
                            }
                        }

                        shortRuns = changes * 2 > chunkEnd - chunk;
                        Flushed(cells, chunkEnd - chunk);
                        continue;
                    }

                    // 1. The first row of each run of the chunk: a row whose person or key differs from the row
                    //    before. Written at every row and kept by advancing n, so that the end of a run is not a
                    //    branch to mispredict.
                    var n = 0;
                    int previousPerson = -1, previousKey = -2;
                    for (var r = chunk; r < chunkEnd; r++)
                    {
                        var month = months[r];
                        var person = persons[r];
                        var key = RunKey(month, structures[r], rowEstablishments[r], associateMonth[person], first, window, establishments);
                        run[n] = r;
                        n += ((person ^ previousPerson) | (key ^ previousKey)) != 0 ? 1 : 0;
                        previousPerson = person;
                        previousKey = key;
                    }

                    run[n] = chunkEnd;
                    shortRuns = n * 2 > chunkEnd - chunk;

                    // 2. Each run's sums, added to its cell once, and its person's bits, set once. The key is
                    //    computed again from the run's first row: once per run, cheaper than storing it at every
                    //    row in the first loop (measured: 33 ms against 42 ms for that loop at 10^6 people).
                    for (var i = 0; i < n; i++)
                    {
                        int from = run[i], to = run[i + 1];
                        var person = persons[from];
                        var key = RunKey(months[from], structures[from], rowEstablishments[from], associateMonth[person], first, window, establishments);
                        if (key < 0)
                        {
                            continue;
                        }

                        long runTurnover = 0, runContribution = 0, runHours = 0;
                        for (var r = from; r < to; r++)
                        {
                            runTurnover += turnover[r];
                            runContribution += contribution[r];
                            runHours += hours[r];
                        }

                        // The same as AddRun, written out: the run loop then keeps more of its values in registers
                        // (the whole report about 7 % faster at 10^6 people than with the call inlined).
                        var associate = key & 1;
                        var target = table + (key * RunTargetFields);
                        var b = cells + target[0];
                        b[ReportLayout.TurnoverAccompanied + associate] += runTurnover;
                        b[ReportLayout.ContributionAccompanied + associate] += runContribution;
                        b[ReportLayout.HoursAccompanied] += runHours & (associate - 1L);
                        b[ReportLayout.Rows] += to - from;
                        var bit = ((uint)associate | ((ulong)-runHours >> 63)) << (person & 63);
                        var word = person >> 6;
                        bits[target[1] + word] |= bit;
                        bits[target[2] + word] |= bit;
                    }

                    Flushed(cells, chunkEnd - chunk);
                }
            }
        }
    }

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

    /// <summary>Adds the sums of a run (or of one row) to its cell and sets its person's bits, without branches.</summary>
    /// <param name="cells">The row counters (<see cref="RowCells"/>).</param>
    /// <param name="bits">The person bits (<see cref="PersonBitset.Bits"/>).</param>
    /// <param name="table">The targets of the run keys (<see cref="RunTargets"/>).</param>
    /// <param name="key">The run's key, not negative.</param>
    /// <param name="person">The run's person.</param>
    /// <param name="turnover">The run's turnover, in cents.</param>
    /// <param name="contribution">The run's contributions, in cents.</param>
    /// <param name="hours">The run's salary hours, in hundredths (never negative).</param>
    /// <param name="rows">The run's rows.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe void AddRun(long* cells, ulong* bits, int* table, int key, int person, long turnover, long contribution, long hours, int rows)
    {
        unchecked
        {
            var associate = key & 1;
            var target = table + (key * RunTargetFields);
            var b = cells + target[0];
            b[ReportLayout.TurnoverAccompanied + associate] += turnover;
            b[ReportLayout.ContributionAccompanied + associate] += contribution;
            b[ReportLayout.HoursAccompanied] += hours & (associate - 1L); // associates' hours are not the accompanied hours
            b[ReportLayout.Rows] += rows;

            // Associate rows count the person as an associate; accompanied rows as salaried when they have salary
            // hours (never negative, so their sum is positive exactly when one row has some).
            var bit = ((uint)associate | ((ulong)-hours >> 63)) << (person & 63);
            var word = person >> 6;
            bits[target[1] + word] |= bit;
            bits[target[2] + word] |= bit;
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

    /// <summary>
    /// The key of a row's run: cell × 4 + (row of Y in a two-year window) × 2 + (associate row); −1 for a row
    /// outside the report's years.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int RunKey(int month, int structure, int establishment, int associateMonth, int first, uint window, int establishments)
    {
        // Without branches (in month order, consecutive rows are different people): d ≥ 12 ⇔ 11 − d < 0, and
        // month ≥ associate month ⇔ associate month − month − 1 < 0 (no overflow: months are positive), each
        // read from the sign bit; outside the window, the key is or-ed with −1.
        unchecked
        {
            var d = month - first;
            var key = (((structure * establishments) + establishment) << 2) | (((11 - d) >> 31) & 2) | (((associateMonth - month - 1) >> 31) & 1);
            var outside = (int)(((long)window - 1 - (uint)d) >> 63);
            return key | outside;
        }
    }

    /// <summary>
    /// For each run key (cell × 4 + (row of Y in a two-year window) × 2 + associate row): the offset of its
    /// counters in <see cref="RowCells"/> (at the accompanied fields), and the first words of the person bits of
    /// its unit and of its structure for its measure (associates or salaried).
    /// </summary>
    private int[] RunTargets()
    {
        var groups = engine.Groups;
        var words = Distinct.Words;
        var targets = new int[groups.CellCount * 4 * RunTargetFields];
        for (var cell = 0; cell < groups.CellCount; cell++)
        {
            var structure = cell / groups.EstablishmentCount;
            for (var y = 0; y < 2; y++)
            {
                // Slot 0 is Y, the later year of a two-year window; with one slot, y is always 0.
                var k = Math.Max(Slots - 1 - y, 0);
                for (var associate = 0; associate < 2; associate++)
                {
                    var at = ((cell << 2) | (y << 1) | associate) * RunTargetFields;
                    var measure = associate != 0 ? ReportLayout.AssociatesMeasure : ReportLayout.SalariedMeasure;
                    targets[at] = Layout.RowCell(k, cell);
                    targets[at + 1] = Layout.DistinctGroup(k, measure, groups.UnitOfCell[cell]) * words;
                    targets[at + 2] = Layout.DistinctGroup(k, measure, groups.UnitCount + structure) * words;
                }
            }
        }

        return targets;
    }

    /// <summary>Adds some activity rows, in any order (each once).</summary>
    /// <param name="rows">The row indices.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is <c>null</c>.</exception>
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

    private static void CheckRange(int start, int end, int count)
    {
        if (start < 0 || end > count || start > end)
        {
            throw new ArgumentOutOfRangeException(nameof(start), $"The range {start} … {end} is not within 0 … {count}.");
        }
    }
}
