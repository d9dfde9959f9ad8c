using System;
using System.Collections.Generic;
using System.Globalization;

namespace Cae.Rules.Data;

/// <summary>
/// Finds the activity rows that repeat an earlier row's person × month × structure, without a hash set over
/// every row: the rows are bucketed by person (a counting sort, stable, so each bucket is in the order the rows
/// were added), and each person's few rows are compared among themselves.
/// </summary>
/// <remarks>
/// Costs one int per row for the buckets while it runs, and time linear in the rows (a person's bucket of k rows
/// costs k² / 2 comparisons up to 32 rows, a sort beyond).
/// </remarks>
internal static class DatasetDuplicates
{
    private const int CompareAllUpTo = 32;

    /// <summary>The structures of one person <see cref="IncreasingByStructure"/> follows at once.</summary>
    private const int StructuresAtOnce = 4;

    /// <summary>Marks the repeated rows −1 in the builder's person column and lists them; returns how many.</summary>
    /// <param name="b">The builder, persons resolved (rows of unknown persons already −1).</param>
    /// <param name="found">Receives one rejection per repeated row.</param>
    public static int Drop(CaeDatasetBuilder b, List<BuildRejection> found)
    {
        var persons = b.KeptPaths.Count;
        var n = b.RowCount;
        if (Grouped(b, persons))
        {
            return DropGrouped(b, found);
        }

        var start = new int[persons + 1];
        for (var r = 0; r < n; r++)
        {
            var p = b.RowPerson[r];
            if (p >= 0)
            {
                start[p + 1]++;
            }
        }

        for (var p = 0; p < persons; p++)
        {
            start[p + 1] += start[p];
        }

        var rows = new int[start[persons]];
        var next = (int[])start.Clone();
        for (var r = 0; r < n; r++)
        {
            var p = b.RowPerson[r];
            if (p >= 0)
            {
                rows[next[p]++] = r;
            }
        }

        var dropped = 0;
        long[]? keys = null;
        int[]? order = null;
        for (var p = 0; p < persons; p++)
        {
            var from = start[p];
            var count = start[p + 1] - from;
            if (count < 2)
            {
                continue;
            }

            if (count <= CompareAllUpTo)
            {
                for (var i = from + 1; i < from + count; i++)
                {
                    var r = rows[i];
                    var key = Key(b, r);
                    for (var j = from; j < i; j++)
                    {
                        var earlier = rows[j];
                        if (b.RowPerson[earlier] >= 0 && Key(b, earlier) == key)
                        {
                            Reject(b, found, r, earlier);
                            dropped++;
                            break;
                        }
                    }
                }

                continue;
            }

            if (keys is null || keys.Length < count)
            {
                keys = new long[Math.Max(count, 256)];
                order = new int[keys.Length];
            }

            for (var i = 0; i < count; i++)
            {
                keys[i] = Key(b, rows[from + i]);
                order![i] = rows[from + i];
            }

            // Rows are in the order added; a stable order on equal keys keeps the earliest first.
            Array.Sort(keys, order!, 0, count);
            for (var i = 0; i < count;)
            {
                var last = i;
                while (last + 1 < count && keys[last + 1] == keys[i])
                {
                    last++;
                }

                var kept = order![i];
                for (var j = i + 1; j <= last; j++)
                {
                    kept = Math.Min(kept, order[j]);
                }

                for (var j = i; j <= last; j++)
                {
                    if (order[j] != kept)
                    {
                        Reject(b, found, order[j], kept);
                        dropped++;
                    }
                }

                i = last + 1;
            }
        }

        return dropped;
    }

    /// <summary>Whether each person's rows are contiguous (as exports write them): then no bucket is needed.</summary>
    private static bool Grouped(CaeDatasetBuilder b, int persons)
    {
        var seen = new bool[persons];
        var previous = -1;
        for (var r = 0; r < b.RowCount; r++)
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

    /// <summary>The duplicates when each person's rows are contiguous: each run compared among itself.</summary>
    private static int DropGrouped(CaeDatasetBuilder b, List<BuildRejection> found)
    {
        var dropped = 0;
        var r = 0;
        var run = new List<int>();
        var structures = new int[StructuresAtOnce];
        var months = new int[StructuresAtOnce];
        while (r < b.RowCount)
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
            while (r < b.RowCount && (b.RowPerson[r] == p || b.RowPerson[r] < 0))
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

    /// <summary>The duplicates among one person's rows, in the order added (a small run compared pair by pair).</summary>
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

    private static int DropWithin(CaeDatasetBuilder b, List<BuildRejection> found, List<int> rows)
    {
        if (rows.Count > CompareAllUpTo)
        {
            var keys = new long[rows.Count];
            var order = rows.ToArray();
            for (var i = 0; i < keys.Length; i++)
            {
                keys[i] = Key(b, order[i]);
            }

            Array.Sort(keys, order);
            var dropped = 0;
            for (var i = 0; i < keys.Length;)
            {
                var last = i;
                while (last + 1 < keys.Length && keys[last + 1] == keys[i])
                {
                    last++;
                }

                var kept = order[i];
                for (var j = i + 1; j <= last; j++)
                {
                    kept = Math.Min(kept, order[j]);
                }

                for (var j = i; j <= last; j++)
                {
                    if (order[j] != kept)
                    {
                        Reject(b, found, order[j], kept);
                        dropped++;
                    }
                }

                i = last + 1;
            }

            return dropped;
        }

        var count = 0;
        for (var i = 1; i < rows.Count; i++)
        {
            var key = Key(b, rows[i]);
            for (var j = 0; j < i; j++)
            {
                if (b.RowPerson[rows[j]] >= 0 && Key(b, rows[j]) == key)
                {
                    Reject(b, found, rows[i], rows[j]);
                    count++;
                    break;
                }
            }
        }

        return count;
    }

    private static long Key(CaeDatasetBuilder b, int r) => ((long)b.RowMonth[r] << 32) | (uint)b.RowStructure[r];

    private static void Reject(CaeDatasetBuilder b, List<BuildRejection> found, int row, int kept)
    {
        var person = b.RowPerson[row];
        var id = b.KeptPaths.Id[person];
        var month = CaeDataset.MonthOf(b.RowMonth[row]);
        var reason = string.Format(CultureInfo.InvariantCulture, "{0} already has a row for {1:0000}-{2:00} under {3}", id, month.Year, month.Month, b.Structures[b.RowStructure[row]]);
        found.Add(new BuildRejection(BuildRule.RepeatedActivity, row, kept, id, "month", reason));
        b.RowPerson[row] = -1;
    }
}
