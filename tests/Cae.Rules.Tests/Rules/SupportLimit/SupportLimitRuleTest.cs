using System.Linq;
using Cae.Domain.Organisation;
using Cae.Domain.Paths;
using Cae.Domain.Policy;
using Cae.Rules.Explanation;
using Cae.Rules.SupportLimit;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Xunit;

namespace Cae.Rules.Tests.Rules.SupportLimit;

public class SupportLimitRuleTest
{
    private static readonly SupportLimitRule Rule = new(CaePolicy.Default);

    [Theory]
    [InlineData("2014-01-31", "2016-01-31")]
    [InlineData("2016-02-29", "2018-02-28")]
    [InlineData("2013-03-01", "2015-03-01")]
    [InlineData("2015-08-31", "2017-08-31")]
    public void Support_ends_24_months_after_entry(string entry, string end) =>
        Assert.Equal(Day(end), Rule.SupportEnd(Day(entry)));

    [Theory]
    [InlineData("2014-01-31", "2014-02-27", 0)]
    [InlineData("2014-01-31", "2014-02-28", 1)] // 01-31 + 1 month is clipped to 02-28, as for the support end
    [InlineData("2014-01-31", "2014-03-31", 2)]
    [InlineData("2014-01-31", "2014-03-30", 1)]
    [InlineData("2013-03-01", "2015-03-01", 24)]
    [InlineData("2013-03-01", "2015-02-28", 23)]
    [InlineData("2013-03-01", "2013-03-01", 0)]
    [InlineData("2013-03-01", "2012-01-01", 0)]
    public void Months_elapsed_are_completed_months(string entry, string on, int months) =>
        Assert.Equal(months, SupportLimitRule.MonthsElapsed(Day(entry), Day(on)));

    [Fact]
    public void The_limit_is_reached_on_the_support_end_itself()
    {
        Assert.False(Rule.HasReachedLimit(Day("2013-03-01"), Day("2015-02-28")));
        Assert.True(Rule.HasReachedLimit(Day("2013-03-01"), Day("2015-03-01")));
    }

    [Fact]
    public void The_limit_is_read_on_the_entry_date()
    {
        var policy = CaePolicy.Default with
        {
            SupportLimitMonths = CaePolicy.Default.SupportLimitMonths.From(new LocalDate(2016, 1, 1), 36, TestPolicies.TestReference),
        };
        var rule = new SupportLimitRule(policy);
        Assert.Equal(Day("2017-12-31"), rule.SupportEnd(Day("2015-12-31")));
        Assert.Equal(Day("2019-01-01"), rule.SupportEnd(Day("2016-01-01")));
    }

    [Fact]
    public void Who_reaches_the_limit_before_the_next_assembly()
    {
        var paths = new[]
        {
            Row("a", "2013-03-01"),                              // reaches 2015-03-01: inside
            Row("b", "2013-06-01"),                              // reaches 2015-06-01: inside
            Row("c", "2013-07-01"),                              // reaches 2015-07-01: after the AG
            Row("d", "2012-12-31"),                              // reaches 2014-12-31: before the window
            Row("e", "2013-04-01", exit: "2014-09-30"),          // left before reaching it
            Row("f", "2013-05-02", exit: "2015-05-02"),          // left on the day it was reached: reached
        };
        var today = Day("2015-01-01");
        var nextAssembly = TestPolicies.WithJuneAssemblies().Assemblies.FirstOnOrAfter(today)!.Value;

        var found = Rule.ReachingLimitWithin(paths, new DateInterval(today, nextAssembly));

        Assert.Equal(new[] { "a", "f", "b" }, found.Select(r => r.Path.EntrepreneurId));
        Assert.Equal(Day("2015-03-01"), found[0].SupportEnd);
    }

    [Fact]
    public void Explain_names_the_parameter_with_its_date_and_reference()
    {
        var result = Rule.Explain(Day("2013-03-01"), Day("2015-04-15"));

        Assert.Equal(Day("2015-03-01"), result.SupportEnd);
        Assert.Equal(25, result.MonthsElapsed);
        Assert.True(result.Reached);
        var parameter = Assert.Single(result.Trace.Parameters);
        Assert.Equal("support_limit_months", parameter.Name);
        Assert.Equal("24", parameter.Value);
        Assert.Equal(LegalParameters.TableStart, parameter.EffectiveFrom);
        Assert.Equal(LegalParameters.SupportLimit, parameter.Reference);
        Assert.Equal("2015-03-01", result.Trace.Find("support_end")!.Value);
        Assert.Equal(TraceStepKind.Result, result.Trace.Find("months_elapsed")!.Kind);
    }

    [Property]
    public Property Support_end_is_N_months_after_entry_for_any_entry() =>
        Prop.ForAll(
            Generators.Date.ToArbitrary(),
            Gen.Choose(1, 60).ToArbitrary(),
            (entry, months) =>
            {
                var end = new SupportLimitRule(TestPolicies.WithSupportLimit(months)).SupportEnd(entry);
                var monthIndex = (end.Year * 12) + end.Month - ((entry.Year * 12) + entry.Month);
                var expectedDay = System.Math.Min(entry.Day, end.Calendar.GetDaysInMonth(end.Year, end.Month));
                return (monthIndex == months)
                    .And(end.Day == expectedDay)
                    .And(SupportLimitRule.MonthsElapsed(entry, end) == months)
                    .And(SupportLimitRule.MonthsElapsed(entry, end.PlusDays(-1)) == months - 1)
                    .Label($"entry {entry:yyyy-MM-dd} + {months} = {end:yyyy-MM-dd}");
            });

    internal static LocalDate Day(string text) => NodaTime.Text.LocalDatePattern.Iso.Parse(text).Value;

    private static PathRecord Row(string id, string entry, string? exit = null) => new(
        id,
        new Establishment("Besançon"),
        new Structure("Coopilote"),
        Day(entry),
        exitDate: exit is null ? null : Day(exit),
        exitCategory: exit is null ? null : ExitCategory.Other);
}
