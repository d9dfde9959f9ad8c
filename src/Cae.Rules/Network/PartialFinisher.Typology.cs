using System.Collections.Generic;
using Cae.Rules.Indicators;

namespace Cae.Rules.Network;

// The typology section of a network year: the gender counts and the five typology tables, unknown values last.
internal static partial class PartialFinisher
{
    private static TypologySection Typology(PartialYear y) => new(
        y.Totals[PartialYear.Women],
        y.Totals[PartialYear.Men],
        TypologyTable(y.Typology[0]),
        TypologyTable(y.Typology[1]),
        TypologyTable(y.Typology[2]),
        TypologyTable(y.Typology[3]),
        TypologyTable(y.Typology[4]));

    /// <summary>A typology table: values by name (ordinal), <c>unknown</c> last, as the report lists them.</summary>
    private static GroupTable<long> TypologyTable(SortedDictionary<string, long> counts)
    {
        var rows = new List<KeyValuePair<string, long>>(counts.Count);
        foreach (var entry in counts)
        {
            if (entry.Value != 0 && entry.Key != TypologySection.Unknown)
            {
                rows.Add(entry);
            }
        }

        if (counts.TryGetValue(TypologySection.Unknown, out var unknown) && unknown != 0)
        {
            rows.Add(Row(TypologySection.Unknown, unknown));
        }

        return new GroupTable<long>(rows);
    }
}
