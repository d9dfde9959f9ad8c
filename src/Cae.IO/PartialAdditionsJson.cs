using System;
using System.Collections.Generic;
using System.Text.Json;
using Cae.Domain.Values;
using Cae.Rules.Indicators.Additions;

namespace Cae.IO;

/// <summary>
/// The <c>additions</c> object of a partial report's JSON (<see cref="PartialJson"/>): the counters of the report
/// additions of data contract §3', read strictly (a missing or unknown field, a negative or non-integer count, an
/// amount not exact to the cent is an <see cref="InputException"/>).
/// </summary>
internal static class PartialAdditionsJson
{
    private const string Crosstab = "typology_by_establishment_and_structure";
    private const string People = "people_with_activity_by_structure";
    private const string SupportYears = "turnover_by_support_year";
    private static readonly string[] SupportYearFields = { "support_year", "people", "person_months", "total" };

    public static void Write(Utf8JsonWriter w, ReportAdditions additions)
    {
        w.WriteStartObject();
        w.WriteStartObject(Crosstab);
        foreach (var field in ReportAdditions.Fields)
        {
            w.WriteStartObject(field);
            foreach (var establishment in Sorted(additions.TypologyByEstablishmentAndStructure[field]))
            {
                w.WriteStartObject(establishment.Key);
                foreach (var structure in Sorted(establishment.Value))
                {
                    w.WriteStartObject(structure.Key);
                    foreach (var value in Sorted(structure.Value))
                    {
                        w.WriteNumber(value.Key, value.Value);
                    }

                    w.WriteEndObject();
                }

                w.WriteEndObject();
            }

            w.WriteEndObject();
        }

        w.WriteEndObject();
        w.WriteStartObject(People);
        foreach (var structure in Sorted(additions.PeopleWithActivityByStructure))
        {
            w.WriteNumber(structure.Key, structure.Value);
        }

        w.WriteEndObject();
        w.WriteStartArray(SupportYears);
        foreach (var k in additions.TurnoverBySupportYear)
        {
            w.WriteStartObject();
            w.WriteNumber("support_year", k.Key);
            w.WriteNumber("people", k.Value.People);
            w.WriteNumber("person_months", k.Value.PersonMonths);
            w.WriteNumber("total", k.Value.Total.Euros);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    public static ReportAdditions Read(JsonElement element, string path, int year, Func<string, string, InputException> error)
    {
        var o = Object(element, path, error, Crosstab, People, SupportYears);
        var crosstab = new Dictionary<string, IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyDictionary<string, long>>>>(StringComparer.Ordinal);
        var fields = Object(o.GetProperty(Crosstab), path + "." + Crosstab, error, ReportAdditions.Fields.ToArrayCompat());
        foreach (var field in ReportAdditions.Fields)
        {
            var at = path + "." + Crosstab + "." + field;
            crosstab[field] = Map(fields.GetProperty(field), at, error, (e, a1) => Map(e, a1, error, (s, a2) => Map(s, a2, error, (v, a3) => Count(v, a3, error))));
        }

        var people = Map(o.GetProperty(People), path + "." + People, error, (v, at) => Count(v, at, error));
        var years = new SortedDictionary<int, SupportYearTurnover>();
        var list = o.GetProperty(SupportYears);
        if (list.ValueKind != JsonValueKind.Array)
        {
            throw error(path + "." + SupportYears, "an array is expected");
        }

        var i = 0;
        foreach (var entry in list.EnumerateArray())
        {
            var at = FormattableString.Invariant($"{path}.{SupportYears}[{i++}]");
            Object(entry, at, error, SupportYearFields);
            var k = Count(entry.GetProperty("support_year"), at + ".support_year", error);
            if (k < 1 || k > 1200 || years.ContainsKey((int)k))
            {
                throw error(at + ".support_year", "a support year from 1, once, is expected");
            }

            years.Add((int)k, new SupportYearTurnover(Count(entry.GetProperty("people"), at + ".people", error), Count(entry.GetProperty("person_months"), at + ".person_months", error), Money.FromCents(Cents(entry.GetProperty("total"), at + ".total", error))));
        }

        return ReportAdditions.Create(year, crosstab, people, years);
    }

    private static string[] ToArrayCompat(this IReadOnlyList<string> list)
    {
        var array = new string[list.Count];
        for (var i = 0; i < array.Length; i++)
        {
            array[i] = list[i];
        }

        return array;
    }

    private static SortedDictionary<string, T> Sorted<T>(IReadOnlyDictionary<string, T> map)
    {
        var sorted = new SortedDictionary<string, T>(StringComparer.Ordinal);
        foreach (var entry in map)
        {
            sorted.Add(entry.Key, entry.Value);
        }

        return sorted;
    }

    private static IReadOnlyDictionary<string, T> Map<T>(JsonElement element, string path, Func<string, string, InputException> error, Func<JsonElement, string, T> value)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw error(path, "an object is expected");
        }

        var map = new SortedDictionary<string, T>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            if (map.ContainsKey(property.Name))
            {
                throw error(path, $"the field '{property.Name}' appears twice");
            }

            map.Add(property.Name, value(property.Value, path + "." + property.Name));
        }

        return map;
    }

    private static JsonElement Object(JsonElement element, string path, Func<string, string, InputException> error, params string[] fields)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw error(path, "an object is expected");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            if (Array.IndexOf(fields, property.Name) < 0)
            {
                throw error(path, $"unknown field '{property.Name}'");
            }

            if (!seen.Add(property.Name))
            {
                throw error(path, $"the field '{property.Name}' appears twice");
            }
        }

        foreach (var field in fields)
        {
            if (!seen.Contains(field))
            {
                throw error(path, $"the field '{field}' is missing");
            }
        }

        return element;
    }

    private static long Count(JsonElement element, string path, Func<string, string, InputException> error) =>
        element.ValueKind == JsonValueKind.Number && element.TryGetInt64(out var value) && value >= 0
            ? value
            : throw error(path, "a count (an integer from 0) is expected");

    private static long Cents(JsonElement element, string path, Func<string, string, InputException> error)
    {
        if (element.ValueKind != JsonValueKind.Number || !element.TryGetDecimal(out var value))
        {
            throw error(path, "a number is expected");
        }

        var cents = value * 100m;
        if (cents != decimal.Truncate(cents) || cents > long.MaxValue || cents < long.MinValue)
        {
            throw error(path, "a number exact to the cent is expected");
        }

        return decimal.ToInt64(cents);
    }
}
