using System;
using System.Collections.Generic;
using System.Text.Json;
using Cae.Domain.Values;
using Cae.Rules.Network;

namespace Cae.IO.Json;

/// <summary>
/// Reads the counters of a year of a partial report's JSON (<see cref="PartialJson"/>) strictly: every object has
/// exactly its fields, counts are integers and amounts exact to the cent; an error is an <see cref="InputException"/>
/// that names the source and the JSON path.
/// </summary>
internal sealed class PartialYearReader
{
    private readonly string source;

    public PartialYearReader(string source) => this.source = source;

    public InputException Error(string path, string message) => new($"{source}: {path}: {message}");

    public JsonElement Object(JsonElement element, string path, params string[] fields)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw Error(path, "an object is expected");
        }

        var known = new HashSet<string>(fields, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            if (!known.Contains(property.Name))
            {
                throw Error(path, $"unknown field '{property.Name}'");
            }

            if (!seen.Add(property.Name))
            {
                throw Error(path, $"the field '{property.Name}' appears twice");
            }
        }

        foreach (var field in fields)
        {
            if (!seen.Contains(field))
            {
                throw Error(path, $"the field '{field}' is missing");
            }
        }

        return element;
    }

    public long Long(JsonElement element, string path, long min = long.MinValue, long max = long.MaxValue)
    {
        if (element.ValueKind != JsonValueKind.Number || !element.TryGetInt64(out var value))
        {
            throw Error(path, "an integer is expected");
        }

        if (value < min || value > max)
        {
            throw Error(path, FormattableString.Invariant($"{value} is outside {min} … {max}"));
        }

        return value;
    }

    public long Hundredths(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Number || !element.TryGetDecimal(out var value))
        {
            throw Error(path, "a number is expected");
        }

        var hundredths = value * 100m;
        if (hundredths != decimal.Truncate(hundredths) || hundredths > long.MaxValue || hundredths < long.MinValue)
        {
            throw Error(path, "a number exact to the hundredth (the cent) is expected");
        }

        return decimal.ToInt64(hundredths);
    }

    public string Text(JsonElement element, string path) =>
        element.ValueKind == JsonValueKind.String ? element.GetString()! : throw Error(path, "a string is expected");

    public PartialYear Year(JsonElement element, string path, int year)
    {
        var o = Object(element, path, "year", "cells", "units", "structures", "totals", "typology", "support_budget");
        if (Long(o.GetProperty("year"), path + ".year") != year)
        {
            throw Error(path + ".year", FormattableString.Invariant($"the year {year} is expected"));
        }

        var cells = new SortedDictionary<CellKey, long[]>();
        var i = 0;
        foreach (var cell in Array(o.GetProperty("cells"), path + ".cells"))
        {
            var at = FormattableString.Invariant($"{path}.cells[{i++}]");
            var fields = Object(cell, at, Concat(new[] { "structure", "establishment" }, PartialYear.CellFields));
            var key = new CellKey(Text(cell.GetProperty("structure"), at + ".structure"), Text(cell.GetProperty("establishment"), at + ".establishment"));
            if (cells.ContainsKey(key))
            {
                throw Error(at, $"the cell {key.Structure} × {key.Establishment} appears twice");
            }

            cells.Add(key, Values(fields, at, PartialYear.CellFields, PartialFieldKinds.Cell));
        }

        var units = PartialYear.Names<long[]>();
        var fte = PartialYear.Names<SortedDictionary<decimal, long>>();
        i = 0;
        foreach (var unit in Array(o.GetProperty("units"), path + ".units"))
        {
            var at = FormattableString.Invariant($"{path}.units[{i++}]");
            var fields = Object(unit, at, Concat(new[] { "label", "hours_by_fte_base" }, PartialYear.UnitFields));
            var label = Text(unit.GetProperty("label"), at + ".label");
            if (units.ContainsKey(label))
            {
                throw Error(at, $"the unit '{label}' appears twice");
            }

            units.Add(label, Values(fields, at, PartialYear.UnitFields, PartialFieldKinds.Unit));
            var bases = new SortedDictionary<decimal, long>();
            var j = 0;
            foreach (var entry in Array(unit.GetProperty("hours_by_fte_base"), at + ".hours_by_fte_base"))
            {
                var entryAt = FormattableString.Invariant($"{at}.hours_by_fte_base[{j++}]");
                Object(entry, entryAt, "fte_annual_hours", "hours");
                var fteBase = entry.GetProperty("fte_annual_hours");
                if (fteBase.ValueKind != JsonValueKind.Number || !fteBase.TryGetDecimal(out var b) || b <= 0m || bases.ContainsKey(b))
                {
                    throw Error(entryAt + ".fte_annual_hours", "a positive number, once per unit, is expected");
                }

                bases.Add(b, Hundredths(entry.GetProperty("hours"), entryAt + ".hours"));
            }

            if (bases.Count > 0)
            {
                fte.Add(label, bases);
            }
        }

        var structures = PartialYear.Names<long[]>();
        i = 0;
        foreach (var structure in Array(o.GetProperty("structures"), path + ".structures"))
        {
            var at = FormattableString.Invariant($"{path}.structures[{i++}]");
            var fields = Object(structure, at, Concat(new[] { "structure" }, PartialYear.StructureFields));
            var name = Text(structure.GetProperty("structure"), at + ".structure");
            if (structures.ContainsKey(name))
            {
                throw Error(at, $"the structure '{name}' appears twice");
            }

            structures.Add(name, Values(fields, at, PartialYear.StructureFields, _ => PartialFieldKind.Count));
        }

        var totals = Values(Object(o.GetProperty("totals"), path + ".totals", PartialYear.TotalFields), path + ".totals", PartialYear.TotalFields, _ => PartialFieldKind.Count);
        var typologyObject = Object(o.GetProperty("typology"), path + ".typology", PartialYear.TypologyFields);
        var typology = PartialYear.NewTypology();
        for (var f = 0; f < typology.Length; f++)
        {
            var at = path + ".typology." + PartialYear.TypologyFields[f];
            var values = typologyObject.GetProperty(PartialYear.TypologyFields[f]);
            if (values.ValueKind != JsonValueKind.Object)
            {
                throw Error(at, "an object is expected");
            }

            foreach (var value in values.EnumerateObject())
            {
                if (typology[f].ContainsKey(value.Name))
                {
                    throw Error(at, $"the value '{value.Name}' appears twice");
                }

                typology[f].Add(value.Name, Long(value.Value, at + "." + value.Name, 0));
            }
        }

        var budgetElement = o.GetProperty("support_budget");
        var budget = budgetElement.ValueKind == JsonValueKind.Null ? (Money?)null : Money.FromCents(Hundredths(budgetElement, path + ".support_budget"));
        return new PartialYear(year, cells, units, structures, totals, typology, fte, budget);
    }

    private JsonElement.ArrayEnumerator Array(JsonElement element, string path) =>
        element.ValueKind == JsonValueKind.Array ? element.EnumerateArray() : throw Error(path, "an array is expected");

    private long[] Values(JsonElement o, string path, string[] names, Func<int, PartialFieldKind> kind)
    {
        var values = new long[names.Length];
        for (var f = 0; f < names.Length; f++)
        {
            var element = o.GetProperty(names[f]);
            values[f] = kind(f) == PartialFieldKind.Count ? Long(element, path + "." + names[f], 0) : Hundredths(element, path + "." + names[f]);
        }

        return values;
    }

    private static string[] Concat(string[] a, string[] b)
    {
        var all = new string[a.Length + b.Length];
        a.CopyTo(all, 0);
        b.CopyTo(all, a.Length);
        return all;
    }
}
