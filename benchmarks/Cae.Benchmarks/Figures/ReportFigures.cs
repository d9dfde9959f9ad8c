using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Cae.Domain.Values;

namespace Cae.Benchmarks.Figures;

/// <summary>
/// The figures of an annual report, named by their JSON path in the data contract §3
/// (<c>flows/total/entries</c>, <c>turnover/by_unit/Coopilote B/average_per_associate</c>), so that contenders
/// computing them in different ways can be compared figure by figure.
/// </summary>
/// <remarks>
/// Values follow the library's report rounding: counts are whole, amounts exact to the cent, hours exact to
/// the hundredth; rates and shares are the exact quotient rounded to 4 decimals, averages and full-time
/// equivalents to 2 decimals, half away from zero; <c>null</c> where the denominator is zero.
/// </remarks>
public sealed class ReportFigures
{
    /// <summary>Decimals of rates and shares.</summary>
    public const int RateDecimals = 4;

    /// <summary>Decimals of averages and full-time equivalents.</summary>
    public const int AverageDecimals = 2;

    private readonly SortedDictionary<string, decimal?> values = new(StringComparer.Ordinal);

    /// <summary>The figures, by path.</summary>
    public IReadOnlyDictionary<string, decimal?> Values => values;

    /// <summary>The number of figures.</summary>
    public int Count => values.Count;

    /// <summary>Joins names into a figure path.</summary>
    /// <param name="names">The names, from the report's top down.</param>
    public static string PathOf(params string[] names) => string.Join("/", names);

    /// <summary>Sets a figure as it is (a count, an amount in euros, hours).</summary>
    /// <param name="path">The figure's path.</param>
    /// <param name="value">The value.</param>
    public void Set(string path, decimal? value) => values[path] = value;

    /// <summary>Sets an amount given in cents.</summary>
    /// <param name="path">The figure's path.</param>
    /// <param name="cents">The amount in cents.</param>
    public void Cents(string path, long cents) => values[path] = cents / 100m;

    /// <summary>Sets a rate: the quotient rounded to 4 decimals, <c>null</c> when the denominator is zero.</summary>
    /// <param name="path">The figure's path.</param>
    /// <param name="part">The numerator.</param>
    /// <param name="whole">The denominator.</param>
    public void Rate(string path, decimal part, decimal whole) => values[path] = whole == 0m ? null : Rounding.ToDecimals(part / whole, RateDecimals);

    /// <summary>Sets an average: the quotient rounded to 2 decimals, <c>null</c> when the denominator is zero.</summary>
    /// <param name="path">The figure's path.</param>
    /// <param name="total">The numerator.</param>
    /// <param name="count">The denominator.</param>
    public void Average(string path, decimal total, decimal count) => values[path] = count == 0m ? null : Rounding.ToDecimals(total / count, AverageDecimals);

    /// <summary>Sets the five flow figures of a group from its three counts.</summary>
    /// <param name="path">The group's path, e.g. <c>flows/by_establishment/Besançon</c>.</param>
    /// <param name="presentStart">People present on 1 January.</param>
    /// <param name="entries">People who entered during the year.</param>
    /// <param name="exits">People who left during the year.</param>
    public void Flow(string path, long presentStart, long entries, long exits)
    {
        values[path + "/present_start"] = presentStart;
        values[path + "/entries"] = entries;
        values[path + "/accompanied"] = presentStart + entries;
        values[path + "/exits"] = exits;
        values[path + "/present_end"] = presentStart + entries - exits;
    }

    /// <summary>Sets the exit counts of a group: one per category (all six) and their total.</summary>
    /// <param name="path">The group's path, e.g. <c>exits/total</c>.</param>
    /// <param name="byCategory">The counts, indexed by exit category value.</param>
    public void ExitCounts(string path, IReadOnlyList<long> byCategory)
    {
        ArgumentNullException.ThrowIfNull(byCategory);
        long total = 0;
        for (var c = 0; c < Domain.Paths.ExitCategory.Count; c++)
        {
            values[path + "/" + Domain.Paths.ExitCategory.FromValue(c).Code] = byCategory[c];
            total += byCategory[c];
        }

        values[path + "/total"] = total;
    }

    /// <summary>Sets the turnover figures of a unit (or structure) from its sums and distinct counts.</summary>
    /// <param name="path">The unit's path, e.g. <c>turnover/by_unit/Coopilote B</c>.</param>
    /// <param name="associatesCents">Turnover of associate rows, in cents.</param>
    /// <param name="accompaniedCents">Turnover of accompanied rows, in cents.</param>
    /// <param name="salariedAccompanied">Distinct people with hours on an accompanied row.</param>
    /// <param name="associatesCount">Distinct people with an associate row.</param>
    public void UnitTurnover(string path, long associatesCents, long accompaniedCents, long salariedAccompanied, long associatesCount)
    {
        Cents(path + "/associates", associatesCents);
        Cents(path + "/accompanied", accompaniedCents);
        Cents(path + "/total", associatesCents + accompaniedCents);
        values[path + "/salaried_accompanied"] = salariedAccompanied;
        Average(path + "/average_per_salaried_accompanied", accompaniedCents / 100m, salariedAccompanied);
        values[path + "/associates_count"] = associatesCount;
        Average(path + "/average_per_associate", associatesCents / 100m, associatesCount);
    }

    /// <summary>Sets the salary figures of a unit (or the total) from its salaried count and hours.</summary>
    /// <param name="path">The unit's path, e.g. <c>salary/by_unit/Coopilote B</c>.</param>
    /// <param name="salaried">Salaried people (distinct within a unit; summed over units for the total).</param>
    /// <param name="hoursHundredths">Hours of accompanied rows, in hundredths.</param>
    /// <param name="fteAnnualHours">Paid hours of one full-time equivalent a year.</param>
    public void UnitSalary(string path, long salaried, long hoursHundredths, decimal fteAnnualHours)
    {
        var hours = hoursHundredths / 100m;
        values[path + "/salaried"] = salaried;
        values[path + "/hours"] = hours;
        Average(path + "/fte", hours, fteAnnualHours);
        Average(path + "/average_hours_per_salaried_per_month", hours, salaried * 12m);
    }

    /// <summary>
    /// The differences with another contender's figures over the paths both should have: every path of
    /// <paramref name="only"/> when given (a contender that computes a few figures), otherwise every path of either.
    /// </summary>
    /// <param name="other">The other figures.</param>
    /// <param name="only">The paths to compare, or <c>null</c> for all.</param>
    /// <returns>One line per difference, empty when the figures agree.</returns>
    public IReadOnlyList<string> Differences(ReportFigures other, IEnumerable<string>? only = null)
    {
        ArgumentNullException.ThrowIfNull(other);
        var paths = new SortedSet<string>(StringComparer.Ordinal);
        if (only is null)
        {
            paths.UnionWith(values.Keys);
            paths.UnionWith(other.values.Keys);
        }
        else
        {
            paths.UnionWith(only);
        }

        var differences = new List<string>();
        foreach (var path in paths)
        {
            var here = values.TryGetValue(path, out var a);
            var there = other.values.TryGetValue(path, out var b);
            if (!here || !there || a != b)
            {
                differences.Add($"{path}: {Text(here, a)} vs {Text(there, b)}");
            }
        }

        return differences;
    }

    /// <summary>One line per figure, <c>path = value</c>.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var (path, value) in values)
        {
            text.Append(path).Append(" = ").Append(Text(true, value)).Append('\n');
        }

        return text.ToString();
    }

    private static string Text(bool present, decimal? value) =>
        !present ? "(missing)" : value?.ToString(CultureInfo.InvariantCulture) ?? "null";
}
