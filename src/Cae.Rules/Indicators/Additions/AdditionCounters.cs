using System;
using System.Collections.Generic;
using System.Linq;
using Cae.Domain.Values;

namespace Cae.Rules.Indicators.Additions;

/// <summary>
/// The arithmetic of <see cref="ReportAdditions"/> as counters: adding two (every count and sum added, checked) and
/// comparing two by value. Every figure of the additions is a count of people or person-months or a sum of cents,
/// so adding is associative and commutative and the averages follow from the added counters.
/// </summary>
internal static class AdditionCounters
{
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyDictionary<string, long>>>> Add(
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyDictionary<string, long>>>> a,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyDictionary<string, long>>>> b) =>
        Merge(a, b, (x, y) => Merge(x, y, (p, q) => Merge(p, q, Add)));

    public static IReadOnlyDictionary<string, long> Add(IReadOnlyDictionary<string, long> a, IReadOnlyDictionary<string, long> b) =>
        Merge(a, b, (x, y) => checked(x + y));

    public static IReadOnlyDictionary<int, SupportYearTurnover> Add(IReadOnlyDictionary<int, SupportYearTurnover> a, IReadOnlyDictionary<int, SupportYearTurnover> b)
    {
        var sum = new SortedDictionary<int, SupportYearTurnover>();
        foreach (var k in a.Keys.Union(b.Keys))
        {
            var x = a.TryGetValue(k, out var ax) ? ax : null;
            var y = b.TryGetValue(k, out var by) ? by : null;
            sum[k] = x is null ? y! : y is null ? x : new SupportYearTurnover(
                checked(x.People + y.People),
                checked(x.PersonMonths + y.PersonMonths),
                Money.FromCents(checked(x.Total.Cents + y.Total.Cents)));
        }

        return sum;
    }

    public static bool Same(ReportAdditions a, ReportAdditions b) =>
        a.Year == b.Year
        && Same(a.PeopleWithActivityByStructure, b.PeopleWithActivityByStructure, (x, y) => x == y)
        && Same(a.TurnoverBySupportYear, b.TurnoverBySupportYear, (x, y) => x == y)
        && Same(a.TypologyByEstablishmentAndStructure, b.TypologyByEstablishmentAndStructure, (f, g) =>
            Same(f, g, (e, h) => Same(e, h, (s, t) => Same(s, t, (x, y) => x == y))));

    private static bool Same<TKey, TValue>(IReadOnlyDictionary<TKey, TValue> x, IReadOnlyDictionary<TKey, TValue> y, Func<TValue, TValue, bool> same)
    {
        if (x.Count != y.Count)
        {
            return false;
        }

        foreach (var entry in x)
        {
            if (!y.TryGetValue(entry.Key, out var value) || !same(entry.Value, value))
            {
                return false;
            }
        }

        return true;
    }

    private static IReadOnlyDictionary<string, T> Merge<T>(IReadOnlyDictionary<string, T> a, IReadOnlyDictionary<string, T> b, Func<T, T, T> add)
    {
        var sum = new SortedDictionary<string, T>(StringComparer.Ordinal);
        foreach (var entry in a)
        {
            sum[entry.Key] = entry.Value;
        }

        foreach (var entry in b)
        {
            sum[entry.Key] = sum.TryGetValue(entry.Key, out var existing) ? add(existing, entry.Value) : entry.Value;
        }

        return sum;
    }
}
