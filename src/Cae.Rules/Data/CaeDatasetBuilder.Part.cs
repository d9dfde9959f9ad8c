using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace Cae.Rules.Data;

// A part of the activity rows, filled by another thread into the same columns, then taken back in row order.
public sealed partial class CaeDatasetBuilder
{
    /// <summary>
    /// Creates a builder that fills the activity columns of <paramref name="whole"/> from row <paramref name="firstRow"/>
    /// on, with keys and names of its own: a second reader of one file writes its rows where they will end up, and
    /// <see cref="AppendActivityOf"/> then takes them back.
    /// </summary>
    /// <param name="whole">The builder the rows belong to; its columns must already have room for them.</param>
    /// <param name="firstRow">The row where this part starts; the rows before it are the whole builder's.</param>
    /// <remarks>The part writes only rows at or after <paramref name="firstRow"/> (it grows columns of its own when
    /// they are full); <paramref name="whole"/> must not add rows beyond <paramref name="firstRow"/> meanwhile.</remarks>
    internal CaeDatasetBuilder(CaeDatasetBuilder whole, int firstRow)
    {
        addedPaths = new PathColumns(Establishments, Structures, TypologyValues, 16);
        RowPerson = whole.RowPerson;
        RowMonth = whole.RowMonth;
        RowStructure = whole.RowStructure;
        RowEstablishment = whole.RowEstablishment;
        RowTurnover = whole.RowTurnover;
        RowPurchases = whole.RowPurchases;
        RowContribution = whole.RowContribution;
        RowContributionRecorded = whole.RowContributionRecorded;
        RowHours = whole.RowHours;
        RowCount = firstRow;
    }

    /// <summary>
    /// Appends the activity rows a part has added from its first row on, after this builder's, as if they had
    /// been added here in that order: the same person keys, structure and establishment ids in order of first
    /// appearance, the same columns.
    /// </summary>
    /// <param name="part">A builder made with <see cref="CaeDatasetBuilder(CaeDatasetBuilder, int)"/> over this one, done.</param>
    /// <param name="firstRow">The row it started at; this builder's rows must not go beyond it.</param>
    /// <exception cref="InvalidOperationException">This builder has more rows than <paramref name="firstRow"/>.</exception>
    internal void AppendActivityOf(CaeDatasetBuilder part, int firstRow)
    {
        EnsureOpen();
        if (RowCount > firstRow)
        {
            throw new InvalidOperationException("The rows before the part run over its first row.");
        }

        var persons = JoinKeys(part);

        var structures = Remap(part.Structures, Structures);
        var establishments = Remap(part.Establishments, Establishments);
        var count = part.RowCount - firstRow;
        if (RowCount + count > RowPerson.Length)
        {
            Resize(RowCount + count);
        }

        if (RowCount == firstRow && SharesValueColumns(part))
        {
            // The usual case: the part's rows are already where they belong; only its ids are its own.
            RemapIds(firstRow, count, persons, structures, establishments);
        }
        else
        {
            MoveRows(part, firstRow, count, persons, structures, establishments);
        }

        RowCount += count;
        lastKey = null;
        lastStructure = null;
        lastEstablishment = null;
    }

    /// <summary>The keys of a part from which they are looked up in two halves at once (tests lower it).</summary>
    internal int KeysInHalvesFrom { get; set; } = 1 << 16;

    /// <summary>
    /// The handles here of a part's keys: a key this builder knows keeps its handle, a new one takes the next, in
    /// the part's order. The new keys are not copied into this builder's table: the part's table is kept, and
    /// <see cref="KeyHandle"/> looks there after its own.
    /// </summary>
    /// <remarks>The lookups only read the tables, so a large part's are made in two halves at once.</remarks>
    private int[] JoinKeys(CaeDatasetBuilder part)
    {
        var names = part.keyNames;
        var persons = new int[names.Count];
        if (names.Count >= KeysInHalvesFrom)
        {
            var middle = names.Count / 2;
            Parallel.Invoke(() => FindKeys(names, persons, 0, middle), () => FindKeys(names, persons, middle, names.Count));
        }
        else
        {
            FindKeys(names, persons, 0, names.Count);
        }

        for (var k = 0; k < persons.Length; k++)
        {
            if (persons[k] < 0)
            {
                persons[k] = keyNames.Count;
                keyNames.Add(names[k]);
            }
        }

        (joinedKeys ??= new List<(Dictionary<string, int>, int[])>()).Add((part.personKeys, persons));
        return persons;
    }

    private void FindKeys(List<string> names, int[] persons, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            persons[k] = KnownHandle(names[k]);
        }
    }

    private static bool Identity(int[] ids)
    {
        for (var i = 0; i < ids.Length; i++)
        {
            if (ids[i] != i)
            {
                return false;
            }
        }

        return true;
    }

    private bool SharesValueColumns(CaeDatasetBuilder part) =>
        ReferenceEquals(part.RowPerson, RowPerson) && ReferenceEquals(part.RowStructure, RowStructure) && ReferenceEquals(part.RowEstablishment, RowEstablishment)
        && ReferenceEquals(part.RowMonth, RowMonth) && ReferenceEquals(part.RowTurnover, RowTurnover) && ReferenceEquals(part.RowPurchases, RowPurchases)
        && ReferenceEquals(part.RowContribution, RowContribution) && ReferenceEquals(part.RowContributionRecorded, RowContributionRecorded) && ReferenceEquals(part.RowHours, RowHours);

    private void RemapIds(int firstRow, int count, int[] persons, int[] structures, int[] establishments)
    {
        var end = firstRow + count;
        for (var i = firstRow; i < end; i++)
        {
            RowPerson[i] = persons[RowPerson[i]];
        }

        if (!Identity(structures))
        {
            for (var i = firstRow; i < end; i++)
            {
                RowStructure[i] = structures[RowStructure[i]];
            }
        }

        if (!Identity(establishments))
        {
            for (var i = firstRow; i < end; i++)
            {
                var establishment = RowEstablishment[i];
                RowEstablishment[i] = establishment < 0 ? establishment : establishments[establishment];
            }
        }
    }

    private void MoveRows(CaeDatasetBuilder part, int firstRow, int count, int[] persons, int[] structures, int[] establishments)
    {
        // Forward, in place when the part wrote into these columns: a row moves down (or stays), never up.
        for (var i = 0; i < count; i++)
        {
            var from = firstRow + i;
            var to = RowCount + i;
            RowPerson[to] = persons[part.RowPerson[from]];
            RowStructure[to] = structures[part.RowStructure[from]];
            var establishment = part.RowEstablishment[from];
            RowEstablishment[to] = establishment < 0 ? establishment : establishments[establishment];
            RowMonth[to] = part.RowMonth[from];
            RowTurnover[to] = part.RowTurnover[from];
            RowPurchases[to] = part.RowPurchases[from];
            RowContribution[to] = part.RowContribution[from];
            RowContributionRecorded[to] = part.RowContributionRecorded[from];
            RowHours[to] = part.RowHours[from];
        }
    }

    private static int[] Remap(NameTable from, NameTable to)
    {
        var ids = new int[from.Count];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = to.Intern(from[i]);
        }

        return ids;
    }
}
