using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace Cae.Rules.Indicators;

// The activity-row pass of the accumulator: runs of rows, their keys and targets, and the sums added per run.
public sealed partial class ReportAccumulator
{
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
}
