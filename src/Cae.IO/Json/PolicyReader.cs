using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Cae.Domain.Policy;
using Cae.Domain.Policy.Registry;
using NodaTime;
using NodaTime.Text;

namespace Cae.IO.Json;

/// <summary>
/// Reads the root of a policy or scenario document: each field is a parameter of the registry
/// (<see cref="PolicyParameters"/>), by its contract name, read by its kind.
/// </summary>
/// <remarks>Every change is tried over <see cref="CaePolicy.Default"/> when it is read, so a value the domain rejects
/// is reported with the file, line and JSON path, not later when the policy is built.</remarks>
internal sealed partial class PolicyReader
{
    private static readonly LocalDatePattern IsoDate = LocalDatePattern.Iso;

    private readonly string source;
    private readonly JsonPositions positions;
    private readonly Reference reference;

    public PolicyReader(string source, JsonPositions positions)
    {
        this.source = source;
        this.positions = positions;
        reference = Reference.UserPolicy(Path.GetFileName(source));
    }

    public PolicyOverrides ReadRoot(JsonElement root, bool allowName)
    {
        RequireKind(root, JsonValueKind.Object, "$", "an object");
        var changes = new List<KeyValuePair<string, Func<CaePolicy, CaePolicy>>>();
        string? name = null;
        foreach (var property in root.EnumerateObject())
        {
            var at = "$." + property.Name;
            var v = property.Value;
            if (property.Name == "name" && allowName)
            {
                name = String(v, at);
                continue;
            }

            Func<CaePolicy, CaePolicy> change;
            if (property.Name == "contribution")
            {
                change = Contribution(v, at);
            }
            else if (PolicyParameters.TryFind(property.Name, out var parameter) && property.Name.IndexOf('.') < 0)
            {
                change = Field(parameter, v, at);
            }
            else
            {
                throw Error(at, $"unknown field '{property.Name}'" + (allowName ? string.Empty : " (a typo must not fall back to a default)")
                    + "; the fields are " + string.Join(", ", TopLevelNames()) + (allowName ? ", name" : string.Empty));
            }

            Guard(at, () => change(CaePolicy.Default));
            changes.Add(new KeyValuePair<string, Func<CaePolicy, CaePolicy>>(property.Name, change));
        }

        return new PolicyOverrides(source, name, changes);
    }

    private static IEnumerable<string> TopLevelNames() =>
        PolicyParameters.Names.Select(n => n.IndexOf('.') < 0 ? n : n.Substring(0, n.IndexOf('.'))).Distinct();

    private Func<CaePolicy, CaePolicy> Field(PolicyParameter parameter, JsonElement v, string at)
    {
        switch (parameter.Kind)
        {
            case ParameterKind.Number:
                return Numbers(parameter, v, at);
            case ParameterKind.Dates:
                var dates = Array(v, at).Select((e, i) => Date(e, $"{at}[{i}]")).ToArray();
                return p => p.WithAssemblies(new AssemblyCalendar(dates, reference));
            case ParameterKind.Choice:
                var mode = String(v, at) switch
                {
                    "next_assembly" => AdmissionMode.NextAssembly,
                    "automatic" => AdmissionMode.Automatic,
                    var other => throw Error(at, $"'{other}' is not an admission mode (next_assembly or automatic)"),
                };
                return p => p.WithAdmission(mode);
            case ParameterKind.ExitCategories:
                var set = Categories(v, at);
                return parameter.Name == "positive_exits" ? p => p.WithPositiveExits(set) : p => p.WithPerennialExits(set);
            case ParameterKind.ReportingUnits:
                var units = Array(v, at).Select((e, i) => Unit(e, $"{at}[{i}]")).ToArray();
                return p => p.WithReportingUnits(new ReportingUnitMap(units));
            case ParameterKind.Budget:
                var budget = Budget(v, at);
                return p => p.WithSupportBudget(budget);
            case ParameterKind.EmployerCharges:
                var charges = Array(v, at).Select((e, i) => EmployerCharge(e, $"{at}[{i}]")).ToArray();
                Guard(at, () => new DatedParameter<EmployerChargeSchedule>(parameter.Name, string.Empty, charges));
                return p => p.WithEmployerCharges(new DatedParameter<EmployerChargeSchedule>(p.EmployerCharges.Name, p.EmployerCharges.Description, charges));
            default:
                throw Error(at, $"the field '{parameter.Name}' cannot be read here");
        }
    }

    /// <summary>A number on every date, or (for a dated parameter) a list of <c>{ "from", "value", "reference" }</c>.</summary>
    private Func<CaePolicy, CaePolicy> Numbers(PolicyParameter parameter, JsonElement v, string at)
    {
        if (v.ValueKind == JsonValueKind.Number)
        {
            var value = Decimal(v, at);
            return p => parameter.WithNumber(p, value, reference);
        }

        if (!parameter.IsDated || v.ValueKind != JsonValueKind.Array)
        {
            var expected = parameter.IsDated ? "a number, or an array of { \"from\", \"value\", \"reference\" }," : "a number";
            throw Error(at, $"{expected} is expected, not {v.ValueKind.ToString().ToLowerInvariant()}");
        }

        var values = v.EnumerateArray().Select((e, i) => DatedNumber(e, $"{at}[{i}]")).ToArray();
        Guard(at, () => new DatedParameter<decimal>(parameter.Name, string.Empty, values));
        return p => parameter.WithNumbers(p, values);
    }

    private DatedValue<decimal> DatedNumber(JsonElement e, string at)
    {
        RequireKind(e, JsonValueKind.Object, at, "an object");
        LocalDate? from = null;
        decimal? value = null;
        Reference? own = null;
        foreach (var property in e.EnumerateObject())
        {
            var here = at + "." + property.Name;
            switch (property.Name)
            {
                case "from": from = Date(property.Value, here); break;
                case "value": value = Decimal(property.Value, here); break;
                case "reference": own = ReferenceOf(property.Value, here); break;
                default: throw Error(here, $"unknown field '{property.Name}' (a dated value has from, value and reference)");
            }
        }

        return new DatedValue<decimal>(
            from ?? throw Error(at, "a dated value needs 'from'"),
            value ?? throw Error(at, "a dated value needs 'value'"),
            own ?? reference);
    }

    /// <summary>A value's own reference: <c>{ "title": "...", "href": "..." }</c>, <c>href</c> optional.</summary>
    private Reference ReferenceOf(JsonElement e, string at)
    {
        RequireKind(e, JsonValueKind.Object, at, "an object { \"title\", \"href\" }");
        string? title = null;
        string? href = null;
        foreach (var property in e.EnumerateObject())
        {
            var here = at + "." + property.Name;
            switch (property.Name)
            {
                case "title": title = String(property.Value, here); break;
                case "href": href = String(property.Value, here); break;
                default: throw Error(here, $"unknown field '{property.Name}' (a reference has title and href)");
            }
        }

        var text = title ?? throw Error(at, "a reference needs 'title'");
        return Guard(at, () => new Reference(text, string.IsNullOrWhiteSpace(href) ? null : href));
    }
}
