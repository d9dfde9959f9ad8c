using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Cae.Domain.Errors;
using Cae.Domain.Paths;
using Cae.Domain.Policy;
using Cae.Domain.Tests.TestHelpers;
using Cae.Domain.Values;
using NodaTime;
using Xunit;

namespace Cae.Domain.Tests.Policy;

public class CaePolicyTest
{
    private static readonly LocalDate Mid2015 = new(2015, 6, 1);

    [Fact]
    public void Default_holds_the_law_and_the_network_defaults()
    {
        var p = CaePolicy.Default;
        Assert.Equal(24, p.SupportLimitMonths.ValueOn(Mid2015));
        Assert.Equal(12, p.CapeMaximumMonths.ValueOn(Mid2015));
        Assert.Equal(2, p.CapeMaximumRenewals.ValueOn(Mid2015));
        Assert.Equal(36, p.AssociateDeadlineMonths.ValueOn(Mid2015));
        Assert.Equal(8, p.TrialPeriodMaximumMonths.ValueOn(Mid2015));
        Assert.Equal(Hours.FromDecimal(151.67m), p.MonthlyLegalHours.ValueOn(Mid2015));
        Assert.Equal(Hours.FromDecimal(1820m), p.FteAnnualHours.ValueOn(Mid2015));
        Assert.Equal(Money.FromEuros(9.61m), p.SmicHourly.ValueOn(Mid2015));
        var from2024 = new LocalDate(2024, 1, 1);
        Assert.Equal(0.05m, p.EmployerCharges.ValueOn(from2024).RateAt(1.0m));
        Assert.Equal(0.30m, p.EmployerCharges.ValueOn(from2024).RateAt(2.0m));
        Assert.Throws<DomainRuleException>(() => p.EmployerCharges.ValueOn(from2024.PlusDays(-1)));
        Assert.Equal(ContributionBase.GrossMargin, p.Contribution.Base);
        Assert.Equal(Money.Zero, p.Contribution.MonthlyMinimum);
        Assert.Equal(0.10m, p.Contribution.RateFor(Mid2015, new Cae.Domain.Organisation.Structure("Coopilote")).Rate.Value);
        Assert.Empty(p.Assemblies.Dates);
        Assert.Equal(AdmissionMode.NextAssembly, p.Admission);
        Assert.Equal(0, p.ApplicationCutoffDays);
        Assert.Equal(ExitCategorySet.Of(ExitCategory.Creation, ExitCategory.Associate, ExitCategory.Employment), p.PositiveExits);
        Assert.Equal(ExitCategorySet.Of(ExitCategory.Creation, ExitCategory.Associate), p.PerennialExits);
        Assert.Same(ReportingUnitMap.None, p.ReportingUnits);
        Assert.Empty(p.SupportBudget);
        Assert.Same(p, CaePolicy.Default);
    }

    private static IEnumerable<(string Property, object Parameter)> DatedParameters(CaePolicy policy) =>
        typeof(CaePolicy).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(DatedParameter<>))
            .Select(p => (p.Name, p.GetValue(policy)!));

    [Fact]
    public void Every_default_parameter_is_an_error_before_the_table_and_carries_a_reference()
    {
        var parameters = DatedParameters(CaePolicy.Default).ToList();
        Assert.Equal(9, parameters.Count);
        foreach (var (property, parameter) in parameters)
        {
            var valueOn = parameter.GetType().GetMethod(nameof(DatedParameter<int>.ValueOn))!;
            var e = Assert.Throws<TargetInvocationException>(() => valueOn.Invoke(parameter, new object[] { new LocalDate(2011, 11, 30) }));
            var rule = Assert.IsType<DomainRuleException>(e.InnerException);
            Assert.Equal("2011-11-30", rule.Value);

            // The employer-charge schedule starts in 2024 (the worked example it comes from); the others with the SMIC table.
            var entryOn = parameter.GetType().GetMethod(nameof(DatedParameter<int>.EntryOn))!;
            var start = property == nameof(CaePolicy.EmployerCharges) ? new LocalDate(2024, 1, 1) : LegalParameters.TableStart;
            var entry = entryOn.Invoke(parameter, new object[] { start })!;
            var reference = (Reference)entry.GetType().GetProperty("Reference")!.GetValue(entry)!;
            Assert.False(string.IsNullOrWhiteSpace(reference.Title), property);
        }
    }

    [Fact]
    public void Default_parameters_have_distinct_snake_case_names()
    {
        var names = DatedParameters(CaePolicy.Default).Select(p => (string)p.Parameter.GetType().GetProperty("Name")!.GetValue(p.Parameter)!).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.All(names, n => Assert.Matches("^[a-z]+(_[a-z]+)*$", n));
    }

    [Fact]
    public void A_scenario_is_a_modified_copy_and_the_baseline_stays()
    {
        var baseline = CaePolicy.Default;
        var scenario = baseline with
        {
            SupportLimitMonths = baseline.SupportLimitMonths.From(new LocalDate(2015, 1, 1), 36, Reference.UserPolicy("scenario.json")),
            ApplicationCutoffDays = 15,
            PositiveExits = baseline.PositiveExits.With(ExitCategory.Training),
        };
        Assert.Equal(36, scenario.SupportLimitMonths.ValueOn(Mid2015));
        Assert.Equal(24, scenario.SupportLimitMonths.ValueOn(new LocalDate(2014, 12, 31)));
        Assert.Equal(15, scenario.ApplicationCutoffDays);
        Assert.True(scenario.PositiveExits.Contains(ExitCategory.Training));
        Assert.Same(baseline.SmicHourly, scenario.SmicHourly);

        Assert.Equal(24, baseline.SupportLimitMonths.ValueOn(Mid2015));
        Assert.Equal(0, baseline.ApplicationCutoffDays);
        Assert.False(baseline.PositiveExits.Contains(ExitCategory.Training));
        Assert.NotEqual(baseline, scenario);
    }

    [Fact]
    public void A_negative_cutoff_is_an_error() =>
        DomainAssert.Throws("application_cutoff_days", "-1", () => CaePolicy.Default with { ApplicationCutoffDays = -1 });

    [Fact]
    public void The_default_support_budget_cannot_be_changed_by_a_caller()
    {
        if (CaePolicy.Default.SupportBudget is IDictionary<int, Money> dictionary)
        {
            Assert.True(dictionary.IsReadOnly, "the default policy's budget is a writable dictionary");
        }

        Assert.Empty(CaePolicy.Default.SupportBudget);
    }

    [Fact]
    public void A_support_budget_is_copied_on_init()
    {
        var budget = new Dictionary<int, Money> { [2015] = Money.FromEuros(440_000m) };
        var policy = CaePolicy.Default with { SupportBudget = budget };
        budget[2016] = Money.FromEuros(1m);
        budget[2015] = Money.Zero;
        Assert.Equal(new[] { 2015 }, policy.SupportBudget.Keys);
        Assert.Equal(Money.FromEuros(440_000m), policy.SupportBudget[2015]);
        Assert.Throws<ArgumentNullException>(() => CaePolicy.Default with { SupportBudget = null! });
    }
}
