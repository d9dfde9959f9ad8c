using System;
using System.Collections.Generic;
using Cae.Domain.Paths;

namespace Cae.Rules.Indicators;

// The typology section of the report: the gender counts and the five typology tables of a slot.
internal static partial class ReportFinisher
{
    private static TypologySection Typology(ReportSlotView v)
    {
        var genders = v.Accumulator.Genders;
        var k = v.Slot;
        return new TypologySection(
            genders[v.Accumulator.Layout.Gender(k, (int)Gender.Female)],
            genders[v.Accumulator.Layout.Gender(k, (int)Gender.Male)],
            TypologyTable(v, 0),
            TypologyTable(v, 1),
            TypologyTable(v, 2),
            TypologyTable(v, 3),
            TypologyTable(v, 4));
    }

    private static GroupTable<long> TypologyTable(ReportSlotView v, int field)
    {
        var names = v.Accumulator.Engine.Data.Typology;
        var counts = v.Accumulator.TypologyCounts;
        var start = v.Accumulator.Layout.Typology(v.Slot, field, 0);
        var byName = new Dictionary<string, long>(StringComparer.Ordinal);
        for (var id = 0; id < names.Count; id++)
        {
            var count = counts[start + id];
            if (count == 0)
            {
                continue;
            }

            var name = id == 0 ? TypologySection.Unknown : names[id];
            byName[name] = (byName.TryGetValue(name, out var c) ? c : 0) + count;
        }

        var ordered = new List<string>(byName.Keys);
        ordered.Sort((x, y) => x == TypologySection.Unknown ? (y == TypologySection.Unknown ? 0 : 1) : y == TypologySection.Unknown ? -1 : string.CompareOrdinal(x, y));
        var rows = new List<KeyValuePair<string, long>>(ordered.Count);
        foreach (var name in ordered)
        {
            rows.Add(Row(name, byName[name]));
        }

        return new GroupTable<long>(rows);
    }
}
