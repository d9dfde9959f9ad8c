using System.Collections.Generic;
using System.Threading.Tasks;

namespace Cae.Rules.Data;

// The rows of each person contiguous, as exports write them: each person's run checked alone, and a large dataset
// in two halves at once, cut where a person's run starts.
internal static partial class DatasetDuplicates
{
    /// <summary>Whether each person's rows in [<paramref name="from"/>, <paramref name="to"/>) are contiguous (as exports write them), marking in <paramref name="seen"/> the persons met: then no bucket is needed.</summary>
    private static bool Grouped(CaeDatasetBuilder b, int from, int to, bool[] seen)
    {
        var previous = -1;
        for (var r = from; r < to; r++)
        {
            var p = b.RowPerson[r];
            if (p < 0 || p == previous)
            {
                continue;
            }

            if (seen[p])
            {
                return false;
            }

            seen[p] = true;
            previous = p;
        }

        return true;
    }

    /// <summary>The duplicates among rows [<paramref name="from"/>, <paramref name="to"/>) when each person's rows are contiguous: each run compared among itself.</summary>
    private static int DropGrouped(CaeDatasetBuilder b, List<BuildRejection> found, int from, int to)
    {
        var dropped = 0;
        var r = from;
        var run = new List<int>();
        var structures = new int[StructuresAtOnce];
        var months = new int[StructuresAtOnce];
        while (r < to)
        {
            var p = b.RowPerson[r];
            if (p < 0)
            {
                r++;
                continue;
            }

            // A person's rows usually come in increasing (month, structure) order: then none repeats another, and
            // one pass tells so. Any other order is checked pair by pair (or sorted) below.
            var first = r;
            var previousKey = Key(b, r);
            var increasing = true;
            r++;
            while (r < to && (b.RowPerson[r] == p || b.RowPerson[r] < 0))
            {
                if (b.RowPerson[r] == p)
                {
                    var key = Key(b, r);
                    increasing &= key > previousKey;
                    previousKey = key;
                }

                r++;
            }

            if (increasing || IncreasingByStructure(b, first, r, p, structures, months))
            {
                continue;
            }

            run.Clear();
            for (var i = first; i < r; i++)
            {
                if (b.RowPerson[i] == p)
                {
                    run.Add(i);
                }
            }

            dropped += DropWithin(b, found, run);
        }

        return dropped;
    }

    /// <summary>
    /// Whether the person's rows in [<paramref name="first"/>, <paramref name="end"/>) come in increasing months
    /// under each structure, for up to <see cref="StructuresAtOnce"/> structures: then no two share a month and a
    /// structure, in one pass. A person's rows under a second structure often follow all those under the first.
    /// <c>false</c> tells nothing: the rows are then checked in full.
    /// </summary>
    private static bool IncreasingByStructure(CaeDatasetBuilder b, int first, int end, int person, int[] structures, int[] months)
    {
        var count = 0;
        for (var r = first; r < end; r++)
        {
            if (b.RowPerson[r] != person)
            {
                continue;
            }

            var structure = b.RowStructure[r];
            var month = b.RowMonth[r];
            var slot = 0;
            while (slot < count && structures[slot] != structure)
            {
                slot++;
            }

            if (slot == count)
            {
                if (count == StructuresAtOnce)
                {
                    return false;
                }

                structures[count] = structure;
                months[count++] = month;
            }
            else if (month <= months[slot])
            {
                return false;
            }
            else
            {
                months[slot] = month;
            }
        }

        return true;
    }

    /// <summary>
    /// When each person's rows are contiguous, drops the repeated rows of each half of the rows on a thread of its
    /// own, the halves cut where a person's rows start; <c>false</c> (nothing done) when they are not contiguous.
    /// </summary>
    /// <remarks>
    /// The halves are told grouped apart, each marking the persons it meets; the rows are grouped when both are
    /// and no person is met in both. The drops then run through <see cref="RowHalves.Run"/>.
    /// </remarks>
    private static bool TryDropGroupedInHalves(CaeDatasetBuilder b, List<BuildRejection> found, int persons, out int dropped)
    {
        dropped = 0;
        var n = b.RowCount;
        var cut = RunStartFrom(b, n / 2);
        var seenFirst = new bool[persons];
        var seenSecond = new bool[persons];
        bool firstGrouped = false, secondGrouped = false;
        Parallel.Invoke(() => firstGrouped = Grouped(b, 0, cut, seenFirst), () => secondGrouped = Grouped(b, cut, n, seenSecond));
        if (!firstGrouped || !secondGrouped)
        {
            return false;
        }

        for (var p = 0; p < persons; p++)
        {
            if (seenFirst[p] && seenSecond[p])
            {
                return false;
            }
        }

        dropped = RowHalves.Run(found, cut, n, (list, from, to) => DropGrouped(b, list, from, to));
        return true;
    }

    /// <summary>The first row at or after <paramref name="from"/> of a person other than the last one before it (rows of no person, −1, are passed over).</summary>
    private static int RunStartFrom(CaeDatasetBuilder b, int from)
    {
        var previous = -1;
        for (var r = from - 1; r >= 0 && previous < 0; r--)
        {
            previous = b.RowPerson[r];
        }

        var cut = from;
        while (cut < b.RowCount && (b.RowPerson[cut] < 0 || b.RowPerson[cut] == previous))
        {
            cut++;
        }

        return cut;
    }
}
