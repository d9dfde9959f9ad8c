using System;
using System.Text.Json;
using Cae.Rules.Network;

namespace Cae.IO.Json;

/// <summary>
/// Writes the counters of a year of a partial report's JSON (<see cref="PartialJson"/>): cells, units, structures,
/// totals, typology and support budget, amounts in euros and hours with two decimals.
/// </summary>
internal static class PartialYearWriter
{
    /// <summary>Writes the counters of a year as a JSON object.</summary>
    public static void Write(Utf8JsonWriter w, PartialYear year)
    {
        w.WriteStartObject();
        w.WriteNumber("year", year.Year);
        w.WriteStartArray("cells");
        foreach (var cell in year.Cells)
        {
            w.WriteStartObject();
            w.WriteString("structure", cell.Key.Structure);
            w.WriteString("establishment", cell.Key.Establishment);
            Fields(w, PartialYear.CellFields, cell.Value, PartialFieldKinds.Cell);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("units");
        foreach (var unit in year.Units)
        {
            w.WriteStartObject();
            w.WriteString("label", unit.Key);
            Fields(w, PartialYear.UnitFields, unit.Value, PartialFieldKinds.Unit);
            w.WriteStartArray("hours_by_fte_base");
            if (year.FteHours.TryGetValue(unit.Key, out var bases))
            {
                foreach (var entry in bases)
                {
                    w.WriteStartObject();
                    w.WriteNumber("fte_annual_hours", entry.Key);
                    w.WriteNumber("hours", entry.Value / 100m);
                    w.WriteEndObject();
                }
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("structures");
        foreach (var structure in year.Structures)
        {
            w.WriteStartObject();
            w.WriteString("structure", structure.Key);
            Fields(w, PartialYear.StructureFields, structure.Value, _ => PartialFieldKind.Count);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartObject("totals");
        Fields(w, PartialYear.TotalFields, year.Totals, _ => PartialFieldKind.Count);
        w.WriteEndObject();
        w.WriteStartObject("typology");
        for (var i = 0; i < PartialYear.TypologyFields.Length; i++)
        {
            w.WriteStartObject(PartialYear.TypologyFields[i]);
            foreach (var entry in year.Typology[i])
            {
                w.WriteNumber(entry.Key, entry.Value);
            }

            w.WriteEndObject();
        }

        w.WriteEndObject();
        if (year.SupportBudget is { } budget)
        {
            w.WriteNumber("support_budget", budget.Euros);
        }
        else
        {
            w.WriteNull("support_budget");
        }

        w.WriteEndObject();
    }

    private static void Fields(Utf8JsonWriter w, string[] names, long[] values, Func<int, PartialFieldKind> kind)
    {
        for (var i = 0; i < names.Length; i++)
        {
            switch (kind(i))
            {
                case PartialFieldKind.Amount:
                    w.WriteNumber(names[i], values[i] / 100m);
                    break;
                case PartialFieldKind.Hours:
                    w.WriteNumber(names[i], values[i] / 100m);
                    break;
                default:
                    w.WriteNumber(names[i], values[i]);
                    break;
            }
        }
    }
}
