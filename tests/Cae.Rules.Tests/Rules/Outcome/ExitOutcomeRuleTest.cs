using System.Linq;
using Cae.Domain.Paths;
using Cae.Domain.Policy;
using Cae.Domain.Values;
using Cae.Rules.Outcome;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace Cae.Rules.Tests.Rules.Outcome;

public class ExitOutcomeRuleTest
{
    private static readonly ExitOutcomeRule Default = new(CaePolicy.Default);

    [Fact]
    public void Coopilote_2015_34_positive_and_21_perennial_exits_of_61()
    {
        var exits = Enumerable.Repeat(ExitCategory.Creation, 11)
            .Concat(Enumerable.Repeat(ExitCategory.Associate, 10))
            .Concat(Enumerable.Repeat(ExitCategory.Employment, 13))
            .Concat(Enumerable.Repeat(ExitCategory.Other, 27));

        var result = Default.ExplainRates(exits);

        Assert.Equal(61, result.Exits);
        Assert.Equal(34, result.Positive);
        Assert.Equal(21, result.Perennial);
        Assert.Equal(0.557m, Rounding.ToDecimals(result.PositiveRate!.Value.Value, 3)); // printed 56 %
        Assert.Equal(0.344m, Rounding.ToDecimals(result.PerennialRate!.Value.Value, 3)); // printed 35 % in the report
        Assert.Equal(27, result.ByCategory["other"]);
        Assert.Equal(0, result.ByCategory["training"]);
        Assert.Equal("34 / 61", result.Trace.Find("positive_rate")!.Formula!.Split('=')[1].Trim());
    }

    [Fact]
    public void Default_sets_and_training_made_positive_by_policy()
    {
        Assert.True(Default.IsPositive(ExitCategory.Employment));
        Assert.False(Default.IsPositive(ExitCategory.Training));
        Assert.True(Default.IsPerennial(ExitCategory.Associate));
        Assert.False(Default.IsPerennial(ExitCategory.Employment));
        var insertion = new ExitOutcomeRule(CaePolicy.Default with { PositiveExits = CaePolicy.Default.PositiveExits.With(ExitCategory.Training) });
        Assert.True(insertion.IsPositive(ExitCategory.Training));
        Assert.Equal(Rate.FromFraction(0.5m), insertion.Rates(new[] { ExitCategory.Training, ExitCategory.Other }).PositiveRate);
    }

    [Fact]
    public void No_exit_gives_no_rate()
    {
        var result = Default.ExplainRates(Enumerable.Empty<ExitCategory>());
        Assert.Null(result.PositiveRate);
        Assert.Null(result.PerennialRate);
        Assert.Equal("none", result.Trace.Find("positive_rate")!.Value);
    }

    [Property]
    public Property The_positive_rate_is_the_count_ratio_and_lies_between_0_and_1() =>
        Prop.ForAll(
            Generators.Category.ListOf().ToArbitrary(),
            Gen.Elements(true, false).ArrayOf(ExitCategory.Count).ToArbitrary(),
            (exits, inSet) =>
            {
                var set = ExitCategorySet.Of(ExitCategory.List.Where(c => inSet[c.Value]));
                var rates = new ExitOutcomeRule(CaePolicy.Default with { PositiveExits = set }).Rates(exits);
                var count = exits.Count(c => inSet[c.Value]);
                if (exits.Count == 0)
                {
                    return (rates.PositiveRate is null).Label("null without exits");
                }

                var rate = rates.PositiveRate!.Value.Value;
                return (rate == (decimal)count / exits.Count).Label($"{rate} ≠ {count}/{exits.Count}")
                    .And(rate >= 0m && rate <= 1m)
                    .And(rates.Positive == count && rates.Exits == exits.Count);
            });
}
