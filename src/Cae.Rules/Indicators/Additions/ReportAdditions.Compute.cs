using System;
using System.Collections.Generic;
using System.Linq;
using Cae.Domain.Paths;
using Cae.Domain.Values;
using Cae.Rules.Data;

namespace Cae.Rules.Indicators.Additions;

// The computation of the sections from a dataset: the typology crosstab, the people with activity by structure and
// the turnover by support year, in one pass over the persons and one over the rows.
public sealed partial class ReportAdditions
{
    /// <summary>Computes the sections for year <paramref name="year"/>.</summary>
    /// <param name="data">The dataset.</param>
    /// <param name="year">The year.</param>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is <c>null</c>.</exception>
    public static ReportAdditions Compute(CaeDataset data, int year) => Compute(data, year, 1 << 20);

    /// <summary><see cref="Compute(CaeDataset, int)"/>, counting the crosstab in arrays up to <paramref name="denseCells"/> cells a field, in a dictionary beyond.</summary>
    internal static ReportAdditions Compute(CaeDataset data, int year, long denseCells)
    {
        if (data is null)
        {
            throw new ArgumentNullException(nameof(data));
        }

        var n = data.PersonCount;
        var accompanied = new bool[n];
        var start = DateKey.Of(new NodaTime.LocalDate(year, 1, 1));
        var end = DateKey.Of(new NodaTime.LocalDate(year, 12, 31));
        // Counted on ids (establishment × structure × value, one table a field), named and sorted once at the end.
        var places = (long)data.Establishments.Count * data.Structures.Count;
        var values = Math.Max(data.Typology.Count, 3);
        var dense = places * values <= denseCells;
        var table = dense ? new long[Fields.Count][] : null;
        var sparse = dense ? null : new Dictionary<long, long>[Fields.Count];
        for (var f = 0; f < Fields.Count; f++)
        {
            if (dense)
            {
                table![f] = new long[places * values];
            }
            else
            {
                sparse![f] = new Dictionary<long, long>();
            }
        }

        for (var p = 0; p < n; p++)
        {
            if (data.EntryKey[p] > end || (data.ExitKey[p] != DateKey.None && data.ExitKey[p] < start))
            {
                continue;
            }

            accompanied[p] = true;
            var place = (((long)data.PersonEstablishment[p] * data.Structures.Count) + data.PersonStructure[p]) * values;
            for (var f = 0; f < Fields.Count; f++)
            {
                var key = place + (FieldColumn[f] < 0 ? data.GenderColumn[p] : data.TypologyColumns[FieldColumn[f]][p]);
                if (dense)
                {
                    table![f][key]++;
                }
                else
                {
                    sparse![f][key] = (sparse[f].TryGetValue(key, out var c) ? c : 0) + 1;
                }
            }
        }

        var crosstab = Fields.ToDictionary(f => f, _ => new SortedDictionary<string, SortedDictionary<string, SortedDictionary<string, long>>>(StringComparer.Ordinal), StringComparer.Ordinal);
        for (var f = 0; f < Fields.Count; f++)
        {
            var counts = dense
                ? table![f].Select((count, key) => new KeyValuePair<long, long>(key, count)).Where(c => c.Value > 0)
                : sparse![f];
            foreach (var pair in counts)
            {
                var id = (int)(pair.Key % values);
                var placeId = pair.Key / values;
                var value = FieldColumn[f] < 0 ? GenderValue((byte)id) : data.Typology[id];
                Add(
                    crosstab[Fields[f]],
                    data.Establishments[(int)(placeId / data.Structures.Count)],
                    data.Structures[(int)(placeId % data.Structures.Count)],
                    value.Length == 0 ? TypologySection.Unknown : value,
                    pair.Value);
            }
        }

        var first = CaeDataset.MonthIndex(year, 1);
        var last = CaeDataset.MonthIndex(year, 12);

        // One pass over the rows with per-person bit masks (months of Y on accompanied rows; structures when
        // there are at most 64), so the cost is that of reading three columns.
        var smallStructures = data.Structures.Count <= 64;
        var structureMask = smallStructures ? new ulong[n] : null;
        var withActivity = smallStructures ? null : new HashSet<(int Structure, int Person)>();
        var monthMask = new int[n];
        // By support year k (1, 2, ...; at most 202 over the contract's dates), grown if ever needed.
        var totals = new long[256];
        var seen = new bool[256];
        for (var r = 0; r < data.ActivityCount; r++)
        {
            var m = data.ActivityMonth[r];
            if (m < first || m > last)
            {
                continue;
            }

            var p = data.ActivityPerson[r];
            if (accompanied[p])
            {
                if (structureMask is not null)
                {
                    structureMask[p] |= 1UL << data.ActivityStructure[r];
                }
                else
                {
                    withActivity!.Add((data.ActivityStructure[r], p));
                }
            }

            if (m >= data.AssociateMonth[p])
            {
                continue;
            }

            monthMask[p] |= 1 << (m - first);
            var k = SupportYear(data.EntryKey[p], m);
            Fit(ref totals, k);
            Fit(ref seen, k);
            totals[k] = checked(totals[k] + data.Turnover[r]);
            seen[k] = true;
        }

        var peopleCount = new long[data.Structures.Count];
        var yearPeople = new long[totals.Length];
        var yearMonths = new long[totals.Length];
        for (var p = 0; p < n; p++)
        {
            if (structureMask is not null)
            {
                for (var s = 0; s < peopleCount.Length; s++)
                {
                    if ((structureMask[p] & (1UL << s)) != 0)
                    {
                        peopleCount[s]++;
                    }
                }
            }

            if (monthMask[p] == 0)
            {
                continue;
            }

            var previous = 0;
            for (var month = 0; month < 12; month++)
            {
                if ((monthMask[p] & (1 << month)) == 0)
                {
                    continue;
                }

                var k = SupportYear(data.EntryKey[p], first + month);
                yearMonths[k]++;
                if (k != previous)
                {
                    yearPeople[k]++;
                    previous = k;
                }
            }
        }

        if (withActivity is not null)
        {
            foreach (var pair in withActivity)
            {
                peopleCount[pair.Structure]++;
            }
        }

        var people = new SortedDictionary<string, long>(StringComparer.Ordinal);
        for (var s = 0; s < peopleCount.Length; s++)
        {
            if (peopleCount[s] > 0)
            {
                people[data.Structures[s]] = peopleCount[s];
            }
        }

        var bySupportYear = new SortedDictionary<int, SupportYearTurnover>();
        for (var k = 0; k < totals.Length; k++)
        {
            if (seen[k])
            {
                bySupportYear[k] = new SupportYearTurnover(yearPeople[k], yearMonths[k], Money.FromCents(totals[k]));
            }
        }

        var frozen = crosstab.ToDictionary(
            f => f.Key,
            f => (IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyDictionary<string, long>>>)f.Value.ToDictionary(
                e => e.Key,
                e => (IReadOnlyDictionary<string, IReadOnlyDictionary<string, long>>)e.Value.ToDictionary(
                    s => s.Key,
                    s => (IReadOnlyDictionary<string, long>)new SortedDictionary<string, long>(s.Value, StringComparer.Ordinal),
                    StringComparer.Ordinal),
                StringComparer.Ordinal),
            StringComparer.Ordinal);
        return new ReportAdditions(year, frozen, people, bySupportYear);
    }

    /// <summary>The support year (1, 2, …) of month index <paramref name="month"/> for a path entered on <paramref name="entry"/>.</summary>
    /// <param name="entry">The entry's <see cref="DateKey"/>.</param>
    /// <param name="month">The month index.</param>
    internal static int SupportYear(int entry, int month)
    {
        // The completed months from the entry to the first day of the month: the months between them, less one
        // when the entry is after the first of its month (the first day of a month is never past that day of it);
        // none while the month starts on or before the entry.
        var months = month - CaeDataset.MonthIndex(DateKey.Year(entry), DateKey.Month(entry)) - (DateKey.Day(entry) > 1 ? 1 : 0);
        return (months > 0 ? months / 12 : 0) + 1;
    }

    private static void Fit<T>(ref T[] array, int index)
    {
        if (index >= array.Length)
        {
            Array.Resize(ref array, Math.Max(index + 1, array.Length * 2));
        }
    }

    private static string GenderValue(byte gender) => (Gender)gender switch
    {
        Gender.Female => "F",
        Gender.Male => "M",
        _ => TypologySection.Unknown,
    };

    private static void Add(SortedDictionary<string, SortedDictionary<string, SortedDictionary<string, long>>> table, string establishment, string structure, string value, long count)
    {
        if (!table.TryGetValue(establishment, out var byStructure))
        {
            table[establishment] = byStructure = new SortedDictionary<string, SortedDictionary<string, long>>(StringComparer.Ordinal);
        }

        if (!byStructure.TryGetValue(structure, out var byValue))
        {
            byStructure[structure] = byValue = new SortedDictionary<string, long>(StringComparer.Ordinal);
        }

        byValue[value] = (byValue.TryGetValue(value, out var c) ? c : 0) + count;
    }
}
