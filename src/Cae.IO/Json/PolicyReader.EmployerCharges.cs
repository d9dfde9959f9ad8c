using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Cae.Domain.Policy;
using Cae.Domain.Values;
using NodaTime;

namespace Cae.IO.Json;

// The employer charges: dated flat rates, schedules by SMIC multiple, and the general reduction.
internal sealed partial class PolicyReader
{
    private DatedValue<EmployerChargeSchedule> EmployerCharge(JsonElement e, string at)
    {
        RequireKind(e, JsonValueKind.Object, at, "an object");
        LocalDate? from = null;
        EmployerChargeSchedule? schedule = null;
        JsonElement? generalReduction = null;
        Reference? own = null;
        foreach (var property in e.EnumerateObject())
        {
            var here = at + "." + property.Name;
            switch (property.Name)
            {
                case "from": from = Date(property.Value, here); break;
                case "reference": own = ReferenceOf(property.Value, here); break;
                case "rate":
                    schedule = schedule is null ? EmployerChargeSchedule.Flat(RateOf(property.Value, here)) : throw Error(at, "give either 'rate' or 'by_smic_multiple'");
                    break;
                case "by_smic_multiple":
                    if (schedule is not null)
                    {
                        throw Error(at, "give either 'rate' or 'by_smic_multiple'");
                    }

                    var points = Array(property.Value, here).Select((pair, i) =>
                    {
                        var pairAt = $"{here}[{i}]";
                        var items = Array(pair, pairAt).ToArray();
                        if (items.Length != 2)
                        {
                            throw Error(pairAt, "a point is [smic_multiple, rate]");
                        }

                        return new KeyValuePair<decimal, Rate>(Decimal(items[0], pairAt + "[0]"), RateOf(items[1], pairAt + "[1]"));
                    }).ToArray();
                    schedule = Guard(here, () => EmployerChargeSchedule.BySmicMultiple(points));
                    break;
                case "general_reduction":
                    if (schedule is not null)
                    {
                        throw Error(at, "give one of 'rate', 'by_smic_multiple' or 'general_reduction'");
                    }

                    generalReduction = property.Value;
                    break;
                default: throw Error(here, $"unknown field '{property.Name}'");
            }
        }

        if (generalReduction is { } reduction)
        {
            if (schedule is not null)
            {
                throw Error(at, "give one of 'rate', 'by_smic_multiple' or 'general_reduction'");
            }

            schedule = GeneralReduction(reduction, at + ".general_reduction", from ?? throw Error(at, "an employer-charge entry needs 'from'"));
        }

        return new DatedValue<EmployerChargeSchedule>(
            from ?? throw Error(at, "an employer-charge entry needs 'from'"),
            schedule ?? throw Error(at, "an employer-charge entry needs 'rate' or 'by_smic_multiple'"),
            own ?? reference);
    }

    /// <summary>
    /// <c>{ "full_rate": r, "max_coefficient": T, "threshold": 1.6 }</c>: the CAE's full employer rate less the general
    /// reduction; T and the threshold default to the library's tables on the entry's <c>from</c> date.
    /// </summary>
    private EmployerChargeSchedule GeneralReduction(JsonElement e, string at, LocalDate from)
    {
        RequireKind(e, JsonValueKind.Object, at, "an object");
        Rate? fullRate = null;
        decimal? max = null, threshold = null;
        foreach (var property in e.EnumerateObject())
        {
            var here = at + "." + property.Name;
            switch (property.Name)
            {
                case "full_rate": fullRate = RateOf(property.Value, here); break;
                case "max_coefficient": max = Decimal(property.Value, here); break;
                case "threshold": threshold = Decimal(property.Value, here); break;
                default: throw Error(here, $"unknown field '{property.Name}' (general_reduction has full_rate, max_coefficient and threshold)");
            }
        }

        var rate = fullRate ?? throw Error(at, "general_reduction needs 'full_rate', the CAE's employer rate before the reduction");
        var t = max ?? Guard(at + ".max_coefficient", () => LegalParameters.GeneralReductionMaxCoefficient().ValueOn(from));
        var limit = threshold ?? Guard(at + ".threshold", () => LegalParameters.GeneralReductionThreshold().ValueOn(from));
        return Guard(at, () => EmployerChargeSchedule.GeneralReduction(rate, t, limit));
    }
}
