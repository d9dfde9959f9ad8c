using System;
using System.Linq;
using Cae.Rules.WhatIf;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace Cae.Rules.Tests.WhatIf;

public class SweepTest
{
    private static readonly WhatIfEngine Engine = new(Coopilote2015.Dataset, Coopilote2015.Policy);

    [Fact]
    public void Range_counts_in_exact_decimals()
    {
        Assert.Equal(new[] { 0.06m, 0.07m, 0.08m, 0.09m, 0.10m, 0.11m, 0.12m }, SweepAxis.Range(0.06m, 0.12m, 0.01m));
        Assert.Equal(new[] { 18m, 24m, 30m, 36m }, SweepAxis.Range(18m, 36m, 6m));
        Assert.Equal(new[] { 1m, 3m }, SweepAxis.Range(1m, 4m, 2m));
        Assert.Throws<ArgumentException>(() => SweepAxis.Range(1m, 2m, 0m));
        Assert.Throws<ArgumentException>(() => SweepAxis.Range(2m, 1m, 1m));
        Assert.Throws<ArgumentException>(() => SweepAxis.Range(0m, 1m, 0.000001m));
    }

    [Fact]
    public void Every_number_of_the_policy_registry_is_a_sweep_axis()
    {
        foreach (var parameter in Cae.Domain.Policy.Registry.PolicyParameters.All.Where(p => p.IsNumber))
        {
            Assert.Contains(parameter.Name, SweepAxis.KnownParameters);
        }

        var axis = SweepAxis.Parameter("associate_deadline_months", new[] { 30m, 36m });
        Assert.Equal(30, axis.ScenarioAt(0).ApplyTo(Cae.Domain.Policy.CaePolicy.Default).AssociateDeadlineMonths.ValueOn(new NodaTime.LocalDate(2016, 1, 1)));
        var e = Assert.Throws<Cae.Domain.Errors.DomainRuleException>(() => SweepAxis.Parameter("cape_maximum_months", new[] { 0m }));
        Assert.Equal("cape_maximum_months", e.Field);
    }

    [Fact]
    public void Unknown_parameters_and_impossible_values_are_refused()
    {
        Assert.Throws<ArgumentException>(() => SweepAxis.Parameter("contribution_rat", new[] { 0.1m }));
        Assert.Throws<Domain.Errors.DomainRuleException>(() => SweepAxis.Parameter("support_limit_months", new[] { 24.5m }));
        Assert.Throws<Domain.Errors.DomainRuleException>(() => SweepAxis.Parameter("contribution_rate", new[] { 2m }));
        Assert.Throws<ArgumentException>(() => SweepAxis.Parameter("contribution_rate", Array.Empty<decimal>()));
        Assert.Contains("assemblies_per_year", SweepAxis.KnownParameters);
    }

    [Fact]
    public void A_sweep_equals_the_scenarios_run_one_by_one()
    {
        var rates = SweepAxis.Parameter("contribution_rate", SweepAxis.Range(0.06m, 0.12m, 0.02m));
        var limits = SweepAxis.Parameter("support_limit_months", new[] { 18m, 30m });
        var perYear = SweepAxis.Parameter("assemblies_per_year", new[] { 1m, 2m });
        var indicators = IndicatorPath.Defaults.Concat(new[] { "exits.positive_rate", "turnover.by_unit.Coopilote B.associates" }).ToArray();
        var sweep = Engine.Sweep(Scenario.Identity, new[] { rates, limits, perYear }, indicators, 2015);

        Assert.Equal(new[] { "contribution_rate", "support_limit_months", "assemblies_per_year" }, sweep.Axes);
        Assert.Equal(4 * 2 * 2, sweep.Rows.Count);
        var i = 0;
        foreach (var rate in rates.Values)
        {
            foreach (var limit in limits.Values)
            {
                foreach (var count in perYear.Values)
                {
                    var row = sweep.Rows[i++];
                    Assert.Equal(new[] { rate, limit, count }, row.Parameters);
                    var scenario = Scenario.Named("one").WithContributionRate(rate).WithSupportLimit((int)limit).WithAssembliesPerYear((int)count);
                    var tree = Engine.Compare(scenario, 2015).Scenario.ToTree();
                    Assert.Equal(indicators.Select(p => IndicatorPath.Read(tree, p)), row.Values);
                }
            }
        }

        Assert.Equal("contribution_rate = 0.06, then support_limit_months = 18, then assemblies_per_year = 1", sweep.Rows[0].Scenario);
    }

    [Fact]
    public void A_sweep_varies_over_a_scenario()
    {
        var over = Scenario.Named("December").WithAssembliesPerYear(2);
        var sweep = Engine.Sweep(over, new[] { SweepAxis.Parameter("contribution_rate", new[] { 0.08m }) }, new[] { "path_duration_months.by_category.associate", "contributions.total" }, 2015, parallel: false);
        var direct = Engine.Compare(over.Then(Scenario.Named("8 %").WithContributionRate(0.08m)), 2015).Scenario.ToTree();
        Assert.Equal(IndicatorPath.Read(direct, "path_duration_months.by_category.associate"), sweep.Rows[0].Values[0]);
        Assert.Equal(IndicatorPath.Read(direct, "contributions.total"), sweep.Rows[0].Values[1]);
        Assert.Equal("December", sweep.Scenario);
    }

    [Fact]
    public void Indicators_must_be_numbers_of_the_report()
    {
        var axes = new[] { SweepAxis.Parameter("contribution_rate", new[] { 0.08m }) };
        var e = Assert.Throws<ArgumentException>(() => Engine.Sweep(Scenario.Identity, axes, new[] { "salary.total.hour" }, 2015));
        Assert.Contains("salary.total.hour", e.Message);
        Assert.Throws<ArgumentException>(() => Engine.Sweep(Scenario.Identity, axes, new[] { "salary.total" }, 2015));
        Assert.Throws<ArgumentException>(() => Engine.Sweep(Scenario.Identity, Array.Empty<SweepAxis>(), null, 2015));
        Assert.Equal(IndicatorPath.Defaults, Engine.Sweep(Scenario.Identity, axes, null, 2015).Indicators);
    }

    [Fact]
    public void A_parallel_sweep_throws_the_error_a_sequential_one_throws()
    {
        var late = Coopilote2015.Policy with
        {
            Contribution = new Domain.Policy.ContributionPolicy(Domain.Policy.ContributionBase.GrossMargin, new[] { new Domain.Policy.ContributionRate(new NodaTime.LocalDate(2015, 1, 1), Domain.Values.Rate.FromFraction(0.1m), TestPolicies.TestReference) }, Domain.Values.Money.Zero),
        };
        var engine = new WhatIfEngine(Coopilote2015.Dataset, late);
        var axes = new[] { SweepAxis.Parameter("support_limit_months", new[] { 18m, 24m, 30m, 36m }) };
        var parallel = Assert.Throws<Domain.Errors.DomainRuleException>(() => engine.Sweep(Scenario.Identity, axes, null, 2015, parallel: true));
        var sequential = Assert.Throws<Domain.Errors.DomainRuleException>(() => engine.Sweep(Scenario.Identity, axes, null, 2015, parallel: false));
        Assert.Equal(sequential.Message, parallel.Message);
    }

    [Property(MaxTest = 15)]
    public Property Parallel_sweeps_equal_sequential_ones(int seed, byte size)
    {
        var data = WhatIfPopulation.Create(seed, 1 + (size % 50));
        var engine = new WhatIfEngine(data, WhatIfPopulation.Policy);
        var axes = new[]
        {
            SweepAxis.Parameter("contribution_rate", SweepAxis.Range(0.05m, 0.15m, 0.025m)),
            SweepAxis.Parameter("support_limit_months", new[] { 12m, 24m, 36m }),
            SweepAxis.Parameter("assemblies_per_year", new[] { 1m, 2m }),
        };
        var indicators = IndicatorPath.Defaults.Concat(new[] { "flows.total.present_end", "turnover.associates" }).ToArray();
        var parallel = engine.Sweep(Scenario.Identity, axes, indicators, 2015, parallel: true);
        var sequential = engine.Sweep(Scenario.Identity, axes, indicators, 2015, parallel: false);
        var same = parallel.Rows.Zip(sequential.Rows, (p, s) => p.Values.SequenceEqual(s.Values) && p.Parameters.SequenceEqual(s.Parameters) && p.Scenario == s.Scenario).All(x => x);
        return (same && parallel.Rows.Count == 30).ToProperty();
    }
}
