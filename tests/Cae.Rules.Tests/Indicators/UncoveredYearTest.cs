using System;
using Cae.Domain.Errors;
using Cae.Domain.Policy;
using Cae.Rules.Indicators;
using Cae.Rules.Tests.WhatIf;
using Cae.Rules.WhatIf;
using Xunit;

namespace Cae.Rules.Tests.Indicators;

public class UncoveredYearTest
{
    [Theory]
    [InlineData(2007)]
    [InlineData(2016)]
    [InlineData(2030)]
    public void Computing_a_year_the_data_does_not_cover_throws_naming_the_covered_years(int year)
    {
        var engine = new AnnualReportEngine(Coopilote2015.Dataset, Coopilote2015.Policy);

        Assert.Equal(2008, engine.Coverage.FirstYear);
        Assert.Equal(2015, engine.Coverage.LastYear);
        var e = Assert.Throws<DomainRuleException>(() => engine.Compute(year));
        Assert.Equal("year", e.Field);
        Assert.Equal(year.ToString(System.Globalization.CultureInfo.InvariantCulture), e.Value);
        Assert.Contains("2008–2015", e.Message, StringComparison.Ordinal);
        Assert.Throws<DomainRuleException>(() => engine.ComputeParallel(year, 2));
    }

    [Fact]
    public void Every_covered_year_computes()
    {
        var engine = new AnnualReportEngine(Coopilote2015.Dataset, Coopilote2015.Policy);

        for (var year = 2008; year <= 2015; year++)
        {
            Assert.Equal(year, engine.Compute(year).Year);
        }
    }

    [Fact]
    public void Under_the_default_policy_the_what_if_warns_that_no_admission_can_be_modelled()
    {
        var result = WhatIfEngine.Compare(Coopilote2015.Dataset, TestPolicies.Default, Scenario.Named("8 %").WithContributionRate(0.08m), 2015);

        Assert.Equal(2, result.Warnings.Count);
        Assert.StartsWith("baseline policy: the general-assembly calendar (assemblies;", result.Warnings[0], StringComparison.Ordinal);
        Assert.Contains("no admission as associate can be modelled", result.Warnings[0], StringComparison.Ordinal);
        Assert.Empty(WhatIfEngine.Compare(Coopilote2015.Dataset, Coopilote2015.Policy, Scenario.Named("8 %").WithContributionRate(0.08m), 2015).Warnings);
        Assert.Empty(WhatIfEngine.Warnings(CaePolicy.Default.WithAdmission(AdmissionMode.Automatic), "baseline"));
    }
}

public class ReportComputationEqualityTest
{
    [Fact]
    public void Two_computations_of_one_report_are_equal_and_another_year_is_not()
    {
        var engine = new AnnualReportEngine(Cae.Rules.Tests.WhatIf.Coopilote2015.Dataset, Cae.Rules.Tests.WhatIf.Coopilote2015.Policy);
        var a = engine.Compute(2015);
        var b = engine.ComputeParallel(2015, 3);

        Assert.NotSame(a, b);
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, engine.Compute(2014));
        Assert.NotEqual(a, a.WithInput(new InputSummary(1, 1, 1, 1)));
    }
}
