using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using Cae.Domain.Errors;
using Cae.Domain.Organisation;
using Cae.Domain.Paths;
using Cae.Domain.Policy;
using Cae.Domain.Values;
using NodaTime;

namespace Cae.IO.Json;

/// <summary>The values of a policy document: units, budgets, categories, and the JSON primitives with their checks.</summary>
internal sealed partial class PolicyReader
{
    private ReportingUnit Unit(JsonElement e, string at)
    {
        RequireKind(e, JsonValueKind.Object, at, "an object");
        Structure? structure = null;
        Establishment? establishment = null;
        string? label = null;
        foreach (var property in e.EnumerateObject())
        {
            var here = at + "." + property.Name;
            switch (property.Name)
            {
                case "structure": structure = Guard(here, () => new Structure(String(property.Value, here))); break;
                case "establishment": establishment = Guard(here, () => new Establishment(String(property.Value, here))); break;
                case "label": label = String(property.Value, here); break;
                default: throw Error(here, $"unknown field '{property.Name}'");
            }
        }

        if (string.IsNullOrWhiteSpace(label))
        {
            throw Error(at, "a reporting unit needs a non-empty 'label'");
        }

        return new ReportingUnit(structure ?? throw Error(at, "a reporting unit needs 'structure'"), establishment, label!);
    }

    private IReadOnlyDictionary<int, Money> Budget(JsonElement v, string at)
    {
        RequireKind(v, JsonValueKind.Object, at, "an object of year → amount");
        var budget = new Dictionary<int, Money>();
        foreach (var property in v.EnumerateObject())
        {
            var here = at + "." + property.Name;
            if (!int.TryParse(property.Name, NumberStyles.None, CultureInfo.InvariantCulture, out var year) )
            {
                throw Error(here, $"'{property.Name}' is not a year");
            }

            var amount = Amount(property.Value, here);
            Guard(here, () => CaePolicy.Default.WithSupportBudget(year, amount));
            budget[year] = amount;
        }

        return budget;
    }

    private ExitCategorySet Categories(JsonElement v, string at) =>
        ExitCategorySet.Of(Array(v, at).Select((e, i) =>
        {
            var here = $"{at}[{i}]";
            var text = String(e, here);
            return ExitCategory.TryParse(text, out var c) ? c : throw Error(here, $"'{text}' is not an exit category (creation, associate, employment, training, reorientation, other)");
        }).ToArray());

    private IEnumerable<JsonElement> Array(JsonElement v, string at)
    {
        RequireKind(v, JsonValueKind.Array, at, "an array");
        return v.EnumerateArray().ToArray();
    }

    private string String(JsonElement v, string at)
    {
        RequireKind(v, JsonValueKind.String, at, "a string");
        return v.GetString()!;
    }

    private decimal Decimal(JsonElement v, string at)
    {
        RequireKind(v, JsonValueKind.Number, at, "a number");
        return v.TryGetDecimal(out var d) ? d : throw Error(at, $"{v.GetRawText()} is out of range");
    }

    private Money Amount(JsonElement v, string at)
    {
        var d = Decimal(v, at);
        return Guard(at, () => Money.FromEuros(d));
    }

    private Rate RateOf(JsonElement v, string at)
    {
        var d = Decimal(v, at);
        return Guard(at, () => Rate.FromFraction(d));
    }

    private LocalDate Date(JsonElement v, string at)
    {
        var text = String(v, at);
        var result = IsoDate.Parse(text);
        return result.Success ? result.Value : throw Error(at, $"'{text}' is not a date (yyyy-MM-dd)");
    }

    private void RequireKind(JsonElement v, JsonValueKind kind, string at, string what)
    {
        if (v.ValueKind != kind)
        {
            throw Error(at, $"{what} is expected, not {v.ValueKind.ToString().ToLowerInvariant()}");
        }
    }

    private T Guard<T>(string at, Func<T> build)
    {
        try
        {
            return build();
        }
        catch (DomainRuleException e)
        {
            // "$.support_limit_months: a whole number …", not "$.support_limit_months: support_limit_months: …": the
            // domain's field is named again only when the JSON path does not end with it.
            throw Error(at, NamesField(at, e.Field) ? FormattableString.Invariant($"{e.Rule} (got {e.Value ?? "null"})") : e.Message);
        }
    }

    private static bool NamesField(string at, string field)
    {
        var end = at.EndsWith("]", StringComparison.Ordinal) ? at.LastIndexOf('[') : at.Length;
        var start = at.LastIndexOf('.', end - 1) + 1;
        return end - start == field.Length && string.CompareOrdinal(at, start, field, 0, field.Length) == 0;
    }

    private InputException Error(string at, string message) =>
        new(FormattableString.Invariant($"{source}:{positions.LineOf(at)}: {at}: {message}"));
}
