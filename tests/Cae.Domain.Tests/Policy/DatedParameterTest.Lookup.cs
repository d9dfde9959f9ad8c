using System.Linq;
using Cae.Domain.Errors;
using Cae.Domain.Policy;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Cae.Domain.Tests.Policy;

public partial class DatedParameterTest
{
    [Property(Arbitrary = new[] { typeof(DatedParameterArbitraries) })]
    public Property A_lookup_returns_the_value_in_force_on_any_date(GeneratedParameter generated)
    {
        var parameter = new DatedParameter<int>("p", "generated", generated.Values);

        // The naive answer: scan every value, keep the one with the latest date on or before the query.
        DatedValue<int>? expected = null;
        foreach (var v in generated.Values)
        {
            if (v.From <= generated.Query && (expected is null || v.From > expected.From))
            {
                expected = v;
            }
        }

        if (expected is null)
        {
            bool threw;
            try
            {
                parameter.ValueOn(generated.Query);
                threw = false;
            }
            catch (DomainRuleException e)
            {
                threw = e.Field == "p";
            }

            return (threw && !parameter.TryEntryOn(generated.Query, out _)).Label($"{generated}: no value expected");
        }

        var found = parameter.EntryOn(generated.Query);
        return (ReferenceEquals(found, expected)
                && parameter.ValueOn(generated.Query) == expected.Value
                && parameter.TryEntryOn(generated.Query, out var tried) && ReferenceEquals(tried, expected))
            .Label($"{generated}: expected {expected}, found {found}");
    }

    [Property(Arbitrary = new[] { typeof(DatedParameterArbitraries) })]
    public Property Values_come_out_sorted_whatever_the_input_order(GeneratedParameter generated)
    {
        var parameter = new DatedParameter<int>("p", "generated", generated.Values);
        return (parameter.Values.Select(v => v.From).SequenceEqual(generated.Values.Select(v => v.From).OrderBy(d => d))
                && parameter.Values.Count == generated.Values.Length)
            .Label(generated.ToString());
    }
}

/// <summary>Dated values on distinct days, given in any order, and a day to ask about.</summary>
/// <param name="Values">The values; dates distinct, order shuffled.</param>
/// <param name="Query">A day around and between the effective dates.</param>
public sealed record GeneratedParameter(DatedValue<int>[] Values, LocalDate Query)
{
    /// <inheritdoc />
    public override string ToString() => $"[{string.Join("; ", Values.Select(v => v.ToString()))}] on {Query:yyyy-MM-dd}";
}

/// <summary>Generators for dated parameters.</summary>
public static class DatedParameterArbitraries
{
    private static readonly LocalDate Origin = new(2010, 1, 1);
    private static readonly Reference Source = new("Generated", null);

    /// <summary>One to many values with distinct dates in a 20-year window (often close together), and a query day.</summary>
    public static Arbitrary<GeneratedParameter> Parameters() =>
        (from offsets in Gen.NonEmptyListOf(Gen.Frequency((1, Gen.Choose(0, 60)), (3, Gen.Choose(0, 7300))))
         let distinct = offsets.Distinct().ToArray()
         from values in Gen.ArrayOf(Gen.Choose(-1000, 1000), distinct.Length)
         from order in Gen.Shuffle(Enumerable.Range(0, distinct.Length))
         from query in Gen.OneOf(
             Gen.Choose(-30, 7330).Select(d => Origin.PlusDays(d)),
             Gen.Elements(distinct).SelectMany(d => Gen.Choose(-1, 1).Select(delta => Origin.PlusDays(d + delta))))
         select new GeneratedParameter(
             order.Select(i => new DatedValue<int>(Origin.PlusDays(distinct[i]), values[i], Source)).ToArray(),
             query))
        .ToArbitrary();
}
