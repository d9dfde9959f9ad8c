using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using Cae.Domain.Values;
using Cae.IO.Json;
using Cae.Rules.Indicators.Additions;
using Cae.Rules.Network;

namespace Cae.IO;

/// <summary>
/// Reads and writes a <see cref="ReportPartial"/> as the JSON document of the data contract §6':
/// <c>{ "format": "cae-partial", "version": 1, "year": Y, "caes", "input", "counters", "previous_year" }</c>.
/// </summary>
/// <remarks>
/// <para>A year's counters: <c>cells</c> (one object per structure × establishment: flows, exits by category, turnover,
/// contributions, accompanied hours, rows), <c>units</c> (per reporting unit: turnover, hours, rows, distinct salaried
/// and associates, and the hours by the annual FTE hours they count against), <c>structures</c> (distinct salaried and
/// associates), <c>totals</c> (months of path by exit category, positive and perennial exits, women, men),
/// <c>typology</c> (counts by value of each field) and <c>support_budget</c>. A partial that carries the report additions of
/// contract §3' has an <c>additions</c> object as well: <c>typology_by_establishment_and_structure</c> (counts by field,
/// establishment, structure and value), <c>people_with_activity_by_structure</c> (counts) and
/// <c>turnover_by_support_year</c> (per support year: people, person-months, turnover); a partial without it (as
/// written before) merges into a report without the additions. Counts are integers, amounts euros
/// exact to the cent, hours exact to the hundredth. Groups are written by name (ordinal), so equal partials give
/// the same bytes. <c>Read(Write(p))</c> equals <c>p</c>.</para>
/// <para>Reading is strict: another <c>format</c>, a <c>version</c> other than 1, a missing or unknown field, a
/// count that is not an integer or an amount not exact to the cent is an <see cref="InputException"/>.</para>
/// </remarks>
public static class PartialJson
{
    private static readonly string[] InputFields = { "paths_read", "paths_accepted", "activity_read", "activity_accepted" };

    /// <summary>Writes a partial as JSON, followed by a new line.</summary>
    /// <param name="partial">The partial.</param>
    /// <param name="output">Where to write.</param>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> or <paramref name="partial"/> is <c>null</c>.</exception>
    public static void Write(ReportPartial partial, TextWriter output)
    {
        if (partial is null)
        {
            throw new ArgumentNullException(nameof(partial));
        }

        if (output is null)
        {
            throw new ArgumentNullException(nameof(output));
        }

        JsonOut.Document(output, w =>
        {
            w.WriteStartObject();
            w.WriteString("format", ReportPartial.Format);
            w.WriteNumber("version", ReportPartial.Version);
            w.WriteNumber("year", partial.Year);
            w.WriteNumber("caes", partial.Caes);
            w.WriteStartObject("input");
            for (var i = 0; i < InputFields.Length; i++)
            {
                w.WriteNumber(InputFields[i], partial.Input[i]);
            }

            w.WriteEndObject();
            w.WritePropertyName("counters");
            WriteYear(w, partial.Current);
            w.WritePropertyName("previous_year");
            if (partial.Previous is null)
            {
                w.WriteNullValue();
            }
            else
            {
                WriteYear(w, partial.Previous);
            }

            if (partial.Additions is { } additions)
            {
                w.WritePropertyName("additions");
                PartialAdditionsJson.Write(w, additions);
            }

            w.WriteEndObject();
        });
    }

    /// <summary>A partial as a JSON string.</summary>
    /// <param name="partial">The partial.</param>
    public static string ToJson(ReportPartial partial)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        Write(partial, text);
        return text.ToString();
    }

    /// <summary>Reads a partial file.</summary>
    /// <param name="path">The file.</param>
    /// <exception cref="InputException">The file is unreadable, not a partial, of an unknown version, or invalid.</exception>
    public static ReportPartial Read(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new InputException($"{path}: cannot read the file: {e.Message}", e);
        }

        return Parse(bytes, path);
    }

    /// <summary>Reads a partial from a stream.</summary>
    /// <param name="input">The document, UTF-8.</param>
    /// <param name="source">The name of the source, for messages.</param>
    /// <exception cref="InputException">The document is not a partial, of an unknown version, or invalid.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is <c>null</c>.</exception>
    public static ReportPartial Read(Stream input, string source)
    {
        using var buffer = new MemoryStream();
        (input ?? throw new ArgumentNullException(nameof(input))).CopyTo(buffer);
        return Parse(buffer.ToArray(), source);
    }

    private static ReportPartial Parse(byte[] utf8, string source)
    {
        var start = utf8.Length >= 3 && utf8[0] == 0xEF && utf8[1] == 0xBB && utf8[2] == 0xBF ? 3 : 0;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(new ReadOnlyMemory<byte>(utf8, start, utf8.Length - start));
        }
        catch (JsonException e)
        {
            var line = (e.LineNumber ?? 0) + 1;
            throw new InputException(FormattableString.Invariant($"{source}:{line}: $: not valid JSON: {e.Message}"), e);
        }

        using (document)
        {
            var reader = new Reader(source);
            var withAdditions = document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("additions", out _);
            var root = withAdditions
                ? reader.Object(document.RootElement, "$", "format", "version", "year", "caes", "input", "counters", "previous_year", "additions")
                : reader.Object(document.RootElement, "$", "format", "version", "year", "caes", "input", "counters", "previous_year");
            var format = root.GetProperty("format");
            if (format.ValueKind != JsonValueKind.String || format.GetString() != ReportPartial.Format)
            {
                throw reader.Error("$.format", $"not a partial report (the format is '{ReportPartial.Format}')");
            }

            var version = reader.Long(root.GetProperty("version"), "$.version");
            if (version != ReportPartial.Version)
            {
                throw reader.Error("$.version", FormattableString.Invariant($"version {version} of the partial report is unknown (this tool reads version {ReportPartial.Version})"));
            }

            var year = (int)reader.Long(root.GetProperty("year"), "$.year", 2, 9998);
            var caes = (int)reader.Long(root.GetProperty("caes"), "$.caes", 0, int.MaxValue);
            var inputObject = reader.Object(root.GetProperty("input"), "$.input", InputFields);
            var input = new long[InputFields.Length];
            for (var i = 0; i < input.Length; i++)
            {
                input[i] = reader.Long(inputObject.GetProperty(InputFields[i]), "$.input." + InputFields[i], 0, int.MaxValue);
            }

            var current = reader.Year(root.GetProperty("counters"), "$.counters", year);
            var previousElement = root.GetProperty("previous_year");
            var previous = previousElement.ValueKind == JsonValueKind.Null ? null : reader.Year(previousElement, "$.previous_year", year - 1);
            var additions = withAdditions ? PartialAdditionsJson.Read(root.GetProperty("additions"), "$.additions", year, reader.Error) : null;
            return PartialDocument.Create(caes, current, previous, input, additions);
        }
    }

    private static void WriteYear(Utf8JsonWriter w, PartialYear year)
    {
        w.WriteStartObject();
        w.WriteNumber("year", year.Year);
        w.WriteStartArray("cells");
        foreach (var cell in year.Cells)
        {
            w.WriteStartObject();
            w.WriteString("structure", cell.Key.Structure);
            w.WriteString("establishment", cell.Key.Establishment);
            Fields(w, PartialYear.CellFields, cell.Value, CellKind);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("units");
        foreach (var unit in year.Units)
        {
            w.WriteStartObject();
            w.WriteString("label", unit.Key);
            Fields(w, PartialYear.UnitFields, unit.Value, UnitKind);
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
            Fields(w, PartialYear.StructureFields, structure.Value, _ => Kind.Count);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartObject("totals");
        Fields(w, PartialYear.TotalFields, year.Totals, _ => Kind.Count);
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

    private static void Fields(Utf8JsonWriter w, string[] names, long[] values, Func<int, Kind> kind)
    {
        for (var i = 0; i < names.Length; i++)
        {
            switch (kind(i))
            {
                case Kind.Amount:
                    w.WriteNumber(names[i], values[i] / 100m);
                    break;
                case Kind.Hours:
                    w.WriteNumber(names[i], values[i] / 100m);
                    break;
                default:
                    w.WriteNumber(names[i], values[i]);
                    break;
            }
        }
    }

    private static Kind CellKind(int field) => field switch
    {
        PartialYear.HoursAccompanied => Kind.Hours,
        >= PartialYear.TurnoverAccompanied and <= PartialYear.ContributionsAssociates => Kind.Amount,
        _ => Kind.Count,
    };

    private static Kind UnitKind(int field) => field switch
    {
        PartialYear.UnitTurnoverAccompanied or PartialYear.UnitTurnoverAssociates => Kind.Amount,
        PartialYear.UnitHours => Kind.Hours,
        _ => Kind.Count,
    };

    private enum Kind
    {
        Count,
        Amount,
        Hours,
    }

    private sealed class Reader
    {
        private readonly string source;

        public Reader(string source) => this.source = source;

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

                cells.Add(key, Values(fields, at, PartialYear.CellFields, CellKind));
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

                units.Add(label, Values(fields, at, PartialYear.UnitFields, UnitKind));
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

                structures.Add(name, Values(fields, at, PartialYear.StructureFields, _ => Kind.Count));
            }

            var totals = Values(Object(o.GetProperty("totals"), path + ".totals", PartialYear.TotalFields), path + ".totals", PartialYear.TotalFields, _ => Kind.Count);
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

        private long[] Values(JsonElement o, string path, string[] names, Func<int, Kind> kind)
        {
            var values = new long[names.Length];
            for (var f = 0; f < names.Length; f++)
            {
                var element = o.GetProperty(names[f]);
                values[f] = kind(f) == Kind.Count ? Long(element, path + "." + names[f], 0) : Hundredths(element, path + "." + names[f]);
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
}
