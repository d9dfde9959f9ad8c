using System.Linq;
using Cae.Rules.Indicators;
using Cae.Rules.WhatIf;
using NodaTime;
using Xunit;

namespace Cae.Rules.Tests.WhatIf;

/// <summary>The what-if engine on the bundled Coopilote 2015 sample.</summary>
public class WhatIfEngineTest
{
    private static readonly WhatIfEngine Engine = new(Coopilote2015.Dataset, Coopilote2015.Policy);
    private static readonly WhatIfResult Identity = Engine.Compare(Scenario.Identity, 2015);

    [Fact]
    public void Identity_reproduces_the_baseline_and_every_delta_is_zero()
    {
        Assert.Equal(Identity.Baseline.ToTree(), Identity.Scenario.ToTree());
        Assert.Empty(ReportNumbers.NonZero(Identity.Delta, Identity.Baseline.ToTree()));
        Assert.True(ReportNumbers.Of(Identity.Delta).Count() > 300);
        Assert.Empty(Identity.AdmissionChanges);
        Assert.Equal("identity", Identity.Name);
    }

    [Fact]
    public void Actual_is_the_report_of_the_data_as_recorded()
    {
        Assert.Equal(new AnnualReportEngine(Coopilote2015.Dataset, Coopilote2015.Policy).Compute(2015).ToTree(), Identity.Actual.ToTree());
        Assert.Equal(53_880m, Identity.Actual.Salary.Total.Hours.Value);
        Assert.Equal(265_473.65m, Identity.Actual.Contributions.Total.Euros);
    }

    [Fact]
    public void The_modelled_baseline_keeps_the_sample_s_admissions()
    {
        // Every associate of the sample applied and was admitted at the next June AG, as the rule says.
        var actual = Identity.Actual.ToTree();
        var baseline = Identity.Baseline.ToTree();
        foreach (var path in new[] { "path_duration_months.by_category.associate", "path_duration_months.average", "exits.total.total", "flows.total.present_end", "turnover.associates", "turnover.by_unit.Coopilote M.associates_count" })
        {
            Assert.Equal(IndicatorPath.Read(actual, path), IndicatorPath.Read(baseline, path));
        }

        Assert.Equal(35m, IndicatorPath.Read(baseline, "path_duration_months.by_category.associate"));
    }

    [Fact]
    public void A_lower_contribution_rate_gives_more_hours_and_less_self_financing()
    {
        var result = Engine.Compare(Scenario.Named("8 %").WithContributionRate(0.08m), 2015);
        Assert.True(result.Delta.Number("salary", "total", "hours") > 0);
        Assert.True(result.Delta.Number("salary", "total", "fte") > 0);
        Assert.True(result.Delta.Number("contributions", "total") < 0);
        Assert.True(result.Delta.Number("self_financing") < 0);
        Assert.Equal(0m, result.Delta.Number("path_duration_months", "by_category", "associate"));
        Assert.Equal(result.Scenario.Contributions.Total.Euros - result.Baseline.Contributions.Total.Euros, result.Delta.Number("contributions", "total"));
        Assert.Equal(result.Actual.ToTree(), Identity.Actual.ToTree());
    }

    [Fact]
    public void December_assemblies_admit_the_waiting_applicants_six_months_earlier()
    {
        var december = Scenario.Named("two AGs a year").WithMoreAssemblies(new[] { new LocalDate(2014, 12, 13), new LocalDate(2015, 12, 12) });
        var result = Engine.Compare(december, 2015);
        Assert.Equal(12, result.AdmissionChanges.Count);
        Assert.All(result.AdmissionChanges, c =>
        {
            Assert.Equal(new LocalDate(2016, 6, 18), c.Baseline);
            Assert.Equal(new LocalDate(2015, 12, 12), c.Scenario);
            Assert.Equal(6, c.MonthsEarlier);
            Assert.Null(c.Recorded);
        });
        Assert.Equal(12m, result.Delta.Number("exits", "total", "associate"));
        Assert.True(result.Delta.Number("path_duration_months", "by_category", "associate") < 0);
        Assert.Equal(-12m, result.Delta.Number("flows", "total", "present_end"));
        Assert.Equal(0m, result.Delta.Number("contributions", "total"));
    }

    [Fact]
    public void A_30_month_support_limit_moves_nothing_when_every_associate_applied()
    {
        var result = Engine.Compare(Scenario.Named("30 months").WithSupportLimit(30), 2015);
        Assert.Empty(result.AdmissionChanges);
        Assert.Empty(ReportNumbers.NonZero(result.Delta, result.Baseline.ToTree()));

        // The 12 applicants waiting for the 2016 AG entered from September to December 2013: past 24 months on
        // 31 December 2015, not past 30.
        Assert.Equal(12, result.BaselinePastSupportLimit);
        Assert.Equal(0, result.ScenarioPastSupportLimit);
        Assert.Equal(12, Identity.ScenarioPastSupportLimit);
        Assert.Equal(0, Engine.Compare(Scenario.Named("2 AG").WithAssembliesPerYear(2), 2015).ScenarioPastSupportLimit);
    }
}
