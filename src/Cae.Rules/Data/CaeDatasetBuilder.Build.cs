using System;
using System.Collections.Generic;

namespace Cae.Rules.Data;

// The build: the checks between rows (repeated paths, rows without a path, repeated rows) and the dataset of the rows kept.
public sealed partial class CaeDatasetBuilder
{
    /// <summary>Checks the rules between rows and builds the dataset of the rows that keep them. The builder cannot be used afterwards.</summary>
    /// <exception cref="InvalidOperationException">The dataset has already been built.</exception>
    public CaeDataset Build() => Build(out _);

    /// <summary>Checks the rules between rows and builds the dataset of the rows that keep them. The builder cannot be used afterwards.</summary>
    /// <param name="rejections">The rows left out: the paths first, then the activity rows, each in the order they were added.</param>
    /// <exception cref="InvalidOperationException">The dataset has already been built.</exception>
    public CaeDataset Build(out IReadOnlyList<BuildRejection> rejections)
    {
        EnsureOpen();
        built = true;
        var found = new List<BuildRejection>();
        var pathOfKey = KeepFirstPaths(found);
        var dropped = ResolvePersons(pathOfKey, found);
        dropped += DatasetDuplicates.Drop(this, found);
        if (dropped > 0)
        {
            Compact();
        }

        found.Sort((a, b) => a.Rule == BuildRule.RepeatedPerson == (b.Rule == BuildRule.RepeatedPerson)
            ? a.Index.CompareTo(b.Index)
            : a.Rule == BuildRule.RepeatedPerson ? -1 : 1);
        rejections = found;
        personKeys = new Dictionary<string, int>(StringComparer.Ordinal);
        keyNames = new List<string>();
        joinedKeys = null;
        return new CaeDataset(this);
    }

    /// <summary>The rows from which the build's passes over the rows run in two halves at once (tests lower it).</summary>
    internal int ParallelRowsFrom { get; set; } = 1 << 20;

    /// <summary>Keeps the first path of each key; returns, per key handle, its person index (−1 for none).</summary>
    private int[] KeepFirstPaths(List<BuildRejection> found)
    {
        var pathOfKey = new int[keyNames.Count];
        var addedOfKey = new int[keyNames.Count];
        for (var k = 0; k < pathOfKey.Length; k++)
        {
            pathOfKey[k] = -1;
        }

        var kept = new List<int>(addedPaths.Count);
        for (var i = 0; i < addedPaths.Count; i++)
        {
            var key = pathKeys[i];
            if (pathOfKey[key] >= 0)
            {
                var id = keyNames[key];
                found.Add(new BuildRejection(BuildRule.RepeatedPerson, i, addedOfKey[key], id, "entrepreneur_id", $"entrepreneur_id '{id}' repeats an earlier row"));
                continue;
            }

            pathOfKey[key] = kept.Count;
            addedOfKey[key] = i;
            kept.Add(i);
        }

        if (kept.Count == addedPaths.Count)
        {
            addedPaths.TrimToCount();
            KeptPaths = addedPaths;
        }
        else
        {
            KeptPaths = addedPaths.Select(kept.ToArray());
        }

        pathKeys.Clear();
        return pathOfKey;
    }

    private int ResolvePersons(int[] pathOfKey, List<BuildRejection> found)
    {
        if (RowCount < ParallelRowsFrom)
        {
            return ResolvePersons(pathOfKey, found, 0, RowCount);
        }

        return RowHalves.Run(found, RowCount / 2, RowCount, (list, from, to) => ResolvePersons(pathOfKey, list, from, to));
    }

    private int ResolvePersons(int[] pathOfKey, List<BuildRejection> found, int from, int to)
    {
        // In the same pass, a row with no establishment of its own is put under its person's.
        var personEstablishment = KeptPaths.Establishment;
        var dropped = 0;
        for (var r = from; r < to; r++)
        {
            var person = pathOfKey[RowPerson[r]];
            if (person < 0)
            {
                var id = keyNames[RowPerson[r]];
                found.Add(new BuildRejection(BuildRule.UnknownPerson, r, -1, id, "entrepreneur_id", $"entrepreneur_id '{id}' has no path row"));
                dropped++;
            }
            else if (RowEstablishment[r] < 0)
            {
                RowEstablishment[r] = personEstablishment[person];
            }

            RowPerson[r] = person;
        }

        return dropped;
    }

    /// <summary>Removes the rows marked −1 in <see cref="RowPerson"/>, keeping the order of the others.</summary>
    private void Compact()
    {
        var w = 0;
        for (var r = 0; r < RowCount; r++)
        {
            if (RowPerson[r] < 0)
            {
                continue;
            }

            RowPerson[w] = RowPerson[r];
            RowMonth[w] = RowMonth[r];
            RowStructure[w] = RowStructure[r];
            RowEstablishment[w] = RowEstablishment[r];
            RowTurnover[w] = RowTurnover[r];
            RowPurchases[w] = RowPurchases[r];
            RowContribution[w] = RowContribution[r];
            RowContributionRecorded[w] = RowContributionRecorded[r];
            RowHours[w] = RowHours[r];
            w++;
        }

        RowCount = w;
    }
}
