using Cae.Domain.Errors;
using Cae.Domain.Policy;
using Cae.Rules.SupportLimit;
using Xunit;
using static Cae.Rules.Tests.Rules.SupportLimit.SupportLimitRuleTest;

namespace Cae.Rules.Tests.Rules.SupportLimit;

public class ContractLimitsRuleTest
{
    private static readonly ContractLimitsRule Rule = new(CaePolicy.Default);

    [Fact]
    public void A_cape_lasts_12_months_renewable_twice() =>
        Assert.Equal(36, Rule.CapeMaximumTotalMonths(Day("2015-01-01")));

    [Theory]
    [InlineData("2015-01-15", 0, "2018-01-15")]
    [InlineData("2015-01-15", 6, "2017-07-15")]
    [InlineData("2015-01-15", 12, "2017-01-15")]
    [InlineData("2015-01-15", 36, "2015-01-15")]
    [InlineData("2015-01-15", 40, "2015-01-15")]
    [InlineData("2016-02-29", 0, "2019-02-28")]
    public void The_associate_deadline_is_three_years_from_the_cesa_less_the_cape(string cesa, int cape, string deadline) =>
        Assert.Equal(Day(deadline), Rule.AssociateDeadline(Day(cesa), cape));

    [Theory]
    [InlineData(0, 8)]
    [InlineData(3, 5)]
    [InlineData(8, 0)]
    [InlineData(12, 0)]
    public void The_trial_period_is_8_months_less_the_cape(int cape, int trial) =>
        Assert.Equal(trial, Rule.TrialPeriodMaximumMonths(Day("2015-01-15"), cape));

    [Fact]
    public void Checks_report_violations_with_their_article()
    {
        Assert.Null(Rule.CheckCape(36, Day("2015-01-15")));
        var cape = Rule.CheckCape(37, Day("2015-01-15"));
        Assert.NotNull(cape);
        Assert.Equal("cape_length", cape!.Rule);
        Assert.Contains("L127-2", cape.Reference.Title);

        Assert.Null(Rule.CheckTrialPeriod(Day("2015-01-15"), 3, 5));
        var trial = Rule.CheckTrialPeriod(Day("2015-01-15"), 3, 6);
        Assert.NotNull(trial);
        Assert.Contains("L7332-1", trial!.Reference.Title);
        Assert.Contains("6 months", trial.Message);
    }

    [Fact]
    public void Negative_cape_months_are_refused_naming_the_field()
    {
        var e = Assert.Throws<DomainRuleException>(() => Rule.AssociateDeadline(Day("2015-01-15"), -1));
        Assert.Equal("cape_months", e.Field);
    }

    [Fact]
    public void Explain_cites_L7331_3_and_L7332_1()
    {
        var result = Rule.Explain(Day("2015-01-15"), 6);

        Assert.Equal(Day("2017-07-15"), result.AssociateDeadline);
        Assert.Equal(2, result.TrialPeriodMaximumMonths);
        Assert.Contains(result.Trace.Parameters, p => p.Name == "associate_deadline_months" && p.Reference!.Title.Contains("L7331-3"));
        Assert.Contains(result.Trace.Parameters, p => p.Name == "trial_period_maximum_months" && p.Reference!.Title.Contains("L7332-1"));
    }
}
