using System;
using System.Linq;
using System.Text.Json;
using Cae.Domain.Organisation;
using Cae.Domain.Policy;
using Cae.Domain.Values;
using NodaTime;

namespace Cae.IO.Json;

// The contribution object: its base, its dated rates with their tiers, and its monthly minimum.
internal sealed partial class PolicyReader
{
    private Func<CaePolicy, CaePolicy> Contribution(JsonElement v, string at)
    {
        RequireKind(v, JsonValueKind.Object, at, "an object");
        ContributionBase? @base = null;
        ContributionRate[]? rates = null;
        Money? minimum = null;
        foreach (var property in v.EnumerateObject())
        {
            var here = at + "." + property.Name;
            switch (property.Name)
            {
                case "base":
                    @base = String(property.Value, here) switch
                    {
                        "gross_margin" => ContributionBase.GrossMargin,
                        "turnover" => ContributionBase.Turnover,
                        var other => throw Error(here, $"'{other}' is not a contribution base (gross_margin or turnover)"),
                    };
                    break;
                case "rates":
                    rates = Array(property.Value, here).Select((e, i) => ContributionRate(e, $"{here}[{i}]")).ToArray();
                    break;
                case "monthly_minimum":
                    var amount = Amount(property.Value, here);
                    minimum = Guard(here, () => CaePolicy.Default.Contribution.WithMonthlyMinimum(amount)).MonthlyMinimum;
                    break;
                default:
                    throw Error(here, $"unknown field '{property.Name}'");
            }
        }

        if (rates is not null)
        {
            Guard(at + ".rates", () => new ContributionPolicy(ContributionBase.GrossMargin, rates, Money.Zero));
        }

        return p =>
        {
            var c = p.Contribution;
            return p with { Contribution = new ContributionPolicy(@base ?? c.Base, rates ?? c.Rates, minimum ?? c.MonthlyMinimum) };
        };
    }

    private ContributionRate ContributionRate(JsonElement e, string at)
    {
        RequireKind(e, JsonValueKind.Object, at, "an object");
        LocalDate? from = null;
        Rate? rate = null;
        Structure? structure = null;
        string? person = null;
        Reference? own = null;
        RateTier[] tiers = System.Array.Empty<RateTier>();
        foreach (var property in e.EnumerateObject())
        {
            var here = at + "." + property.Name;
            switch (property.Name)
            {
                case "from": from = Date(property.Value, here); break;
                case "rate": rate = RateOf(property.Value, here); break;
                case "structure": structure = Guard(here, () => new Structure(String(property.Value, here))); break;
                case "entrepreneur_id": person = String(property.Value, here); break;
                case "reference": own = ReferenceOf(property.Value, here); break;
                case "tiers":
                    tiers = Array(property.Value, here).Select((t, i) => Tier(t, $"{here}[{i}]")).ToArray();
                    break;
                default: throw Error(here, $"unknown field '{property.Name}'");
            }
        }

        return Guard(at, () => new ContributionRate(
            from ?? throw Error(at, "a rate needs 'from'"),
            rate ?? throw Error(at, "a rate needs 'rate'"),
            own ?? reference,
            structure,
            person,
            tiers));
    }

    private RateTier Tier(JsonElement e, string at)
    {
        RequireKind(e, JsonValueKind.Object, at, "an object");
        Money? above = null;
        Rate? rate = null;
        foreach (var property in e.EnumerateObject())
        {
            var here = at + "." + property.Name;
            switch (property.Name)
            {
                case "above": above = Amount(property.Value, here); break;
                case "rate": rate = RateOf(property.Value, here); break;
                default: throw Error(here, $"unknown field '{property.Name}'");
            }
        }

        return new RateTier(above ?? throw Error(at, "a tier needs 'above'"), rate ?? throw Error(at, "a tier needs 'rate'"));
    }
}
