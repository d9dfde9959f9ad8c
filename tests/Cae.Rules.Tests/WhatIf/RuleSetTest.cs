using System;
using System.Linq;
using Cae.Domain.Organisation;
using Cae.Domain.Values;
using Cae.Rules.Admission;
using Cae.Rules.Contribution;
using Cae.Rules.WhatIf;
using NodaTime;
using Xunit;

namespace Cae.Rules.Tests.WhatIf;

public class RuleSetTest
{
    [Fact]
    public void The_default_rules_are_the_library_s()
    {
        var policy = Coopilote2015.Policy;
        Assert.IsType<ContributionRule>(RuleSet.Default.Contribution(policy));
        Assert.IsType<Pay.PayCascadeRule>(RuleSet.Default.Pay(policy));
        Assert.IsType<AdmissionRule>(RuleSet.Default.Admission(policy));
        Assert.IsType<SupportLimit.SupportLimitRule>(RuleSet.Default.SupportLimit(policy));
        Assert.Throws<ArgumentNullException>(() => RuleSet.Default with { Pay = null! });
    }

    [Fact]
    public void A_replaced_contribution_rule_makes_the_scenario_s_contributions_only()
    {
        var engine = new WhatIfEngine(Coopilote2015.Dataset, Coopilote2015.Policy);
        var scenario = Scenario.Named("fixed fee").WithRules("contribution = 100 € a month", rules => rules with { Contribution = _ => new FixedFee(Money.FromEuros(100m)) });
        var result = engine.Compare(scenario, 2015);
        var rows2015 = Enumerable.Range(0, Coopilote2015.Dataset.ActivityCount).Count(r => Coopilote2015.Dataset.ActivityMonth[r] >= Data.CaeDataset.MonthIndex(2015, 1));
        Assert.Equal(Money.FromEuros(100m * rows2015), result.Scenario.Contributions.Total);
        Assert.Equal(Engine().Compare(Scenario.Identity, 2015).Baseline.ToTree(), result.Baseline.ToTree());
        Assert.NotEqual(0m, result.Delta.Number("salary", "total", "hours"));
    }

    [Fact]
    public void A_replaced_admission_rule_moves_the_admissions()
    {
        var engine = Engine();
        var scenario = Scenario.Named("a year later").WithRules("admission = a year after eligibility", rules => rules with { Admission = _ => new AYearLater() });
        var result = engine.Compare(scenario, 2015);
        Assert.Equal(41 + 12, result.AdmissionChanges.Count); // every recorded associate, and the 12 applicants waiting
        Assert.All(result.AdmissionChanges, c => Assert.Equal(c.Application!.Value.PlusYears(1), c.Scenario));

        // The 10 admitted in June 2015 move to 2016; the 8 of June 2014 (applied January to May 2014) move into 2015.
        Assert.Equal(-2m, result.Delta.Number("exits", "total", "associate"));
    }

    private static WhatIfEngine Engine() => new(Coopilote2015.Dataset, Coopilote2015.Policy);

    private sealed class FixedFee : IContributionRule
    {
        private readonly Money fee;

        public FixedFee(Money fee) => this.fee = fee;

        public Money Base(Money turnover, Money purchases) => turnover;

        public Money Compute(YearMonth month, Structure structure, string? entrepreneurId, Money turnover, Money purchases, Money cumulativeBaseBefore) => fee;
    }

    private sealed class AYearLater : IAdmissionRule
    {
        public LocalDate? AdmissionDate(LocalDate eligibleOn) => eligibleOn.PlusYears(1);
    }
}
