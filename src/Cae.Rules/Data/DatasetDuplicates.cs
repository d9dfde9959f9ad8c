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
internal static partial class DatasetDuplicates
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
        if (n >= b.ParallelRowsFrom && TryDropGroupedInHalves(b, found, persons, out var inHalves))
        {
            return inHalves;
        }

        if (Grouped(b, 0, n, new bool[persons]))
        {
            return DropGrouped(b, found, 0, n);
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

    /// <summary>The duplicates among one person's rows, in the order added (a small run compared pair by pair).</summary>
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
