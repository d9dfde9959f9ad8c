using System;
using System.Collections.Generic;
using System.Linq;
using Cae.Domain.Values;

namespace Cae.Domain.Policy.Data;

/// <summary>Turns the JSON values of the parameter files into the library's values.</summary>
internal static class DataValues
{
    public static decimal Number(object? value) =>
        value is decimal d ? d : throw new FormatException($"a number is expected, not {Describe(value)}");

    public static int Whole(object? value)
    {
        var d = Number(value);
        return d == decimal.Truncate(d) && d >= int.MinValue && d <= int.MaxValue
            ? (int)d
            : throw new FormatException($"a whole number is expected, not {d}");
    }

    public static Money Amount(object? value) => Money.FromEuros(Number(value));

    public static Hours Hours(object? value) => Values.Hours.FromDecimal(Number(value));

    public static Rate Rate(object? value) => Values.Rate.FromFraction(Number(value));

    /// <summary>A schedule: <c>{ "rate": r }</c> or <c>{ "by_smic_multiple": [[m, r], ...] }</c>.</summary>
    public static EmployerChargeSchedule Schedule(object? value)
    {
        var obj = value as List<KeyValuePair<string, object?>> ?? throw new FormatException("an employer-charge schedule is an object");
        var member = obj.Count == 1 ? obj[0] : throw new FormatException("an employer-charge schedule has one member, 'rate' or 'by_smic_multiple'");
        switch (member.Key)
        {
            case "rate":
                return EmployerChargeSchedule.Flat(Rate(member.Value));
            case "by_smic_multiple":
                var points = (member.Value as List<object?> ?? throw new FormatException("by_smic_multiple is an array"))
                    .Select(p => p is List<object?> pair && pair.Count == 2
                        ? new KeyValuePair<decimal, Rate>(Number(pair[0]), Rate(pair[1]))
                        : throw new FormatException("a point is [smic_multiple, rate]"));
                return EmployerChargeSchedule.BySmicMultiple(points.ToArray());
            case "general_reduction":
                var fields = member.Value as List<KeyValuePair<string, object?>> ?? throw new FormatException("general_reduction is an object");
                decimal Field(string name) => Number(fields.Find(f => f.Key == name).Value);
                return EmployerChargeSchedule.GeneralReduction(Rate(fields.Find(f => f.Key == "full_rate").Value), Field("max_coefficient"), Field("threshold"));
            default:
                throw new FormatException($"'{member.Key}' is not a schedule ('rate', 'by_smic_multiple' or 'general_reduction')");
        }
    }

    private static string Describe(object? value) => value switch
    {
        null => "null",
        string s => "'" + s + "'",
        _ => value.GetType().Name,
    };
}
