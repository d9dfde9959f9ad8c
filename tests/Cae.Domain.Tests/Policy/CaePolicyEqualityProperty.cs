using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Cae.Domain.Errors;
using Cae.Domain.Organisation;
using Cae.Domain.Paths;
using Cae.Domain.Policy;
using Cae.Domain.Policy.Registry;
using Cae.Domain.Tests.TestHelpers;
using Cae.Domain.Values;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Xunit;

namespace Cae.Domain.Tests.Policy;

/// <summary>Value equality of a policy and its parts, and what each <c>With…</c> method changes.</summary>
public class CaePolicyEqualityProperty
{
    private static readonly Reference Source = new("test", null);

    /// <summary>Each edit: the property it changes and how, from a small number.</summary>
    private static readonly (string Property, Func<CaePolicy, int, CaePolicy> Edit)[] Edits =
    {
        ("SupportLimitMonths", (p, i) => p.WithSupportLimitMonths(DatedParameter<int>.Always("support_limit_months", "d", 1 + (i % 200), Source))),
        ("CapeMaximumMonths", (p, i) => p.WithCapeMaximumMonths(DatedParameter<int>.Always("cape_maximum_months", "d", 1 + (i % 30), Source))),
        ("CapeMaximumRenewals", (p, i) => p.WithCapeMaximumRenewals(DatedParameter<int>.Always("cape_maximum_renewals", "d", i % 10, Source))),
        ("AssociateDeadlineMonths", (p, i) => p.WithAssociateDeadlineMonths(DatedParameter<int>.Always("associate_deadline_months", "d", 1 + (i % 100), Source))),
        ("TrialPeriodMaximumMonths", (p, i) => p.WithTrialPeriodMaximumMonths(DatedParameter<int>.Always("trial_period_maximum_months", "d", i % 30, Source))),
        ("MonthlyLegalHours", (p, i) => p.WithMonthlyLegalHours(DatedParameter<Hours>.Always("monthly_legal_hours", "d", Hours.FromHundredths(1 + (i * 7)), Source))),
        ("FteAnnualHours", (p, i) => p.WithFteAnnualHours(DatedParameter<Hours>.Always("fte_annual_hours", "d", Hours.FromHundredths(100 + (i * 13)), Source))),
        ("SmicHourly", (p, i) => p.WithSmicHourly(p.SmicHourly.From(new LocalDate(2030, 1, 1), Money.FromCents(1 + i), Source))),
        ("EmployerCharges", (p, i) => p.WithEmployerCharges(DatedParameter<EmployerChargeSchedule>.Always("employer_charges", "d", EmployerChargeSchedule.Flat(Rate.FromFraction((i % 100) / 100m)), Source))),
        ("Contribution", (p, i) => p.WithContribution(p.Contribution.WithMonthlyMinimum(Money.FromCents(i)))),
        ("Assemblies", (p, i) => p.WithAssemblies(new AssemblyCalendar(new[] { new LocalDate(2015, 6, 1).PlusDays(i) }, Source))),
        ("Admission", (p, i) => p.WithAdmission(i % 2 == 0 ? AdmissionMode.Automatic : AdmissionMode.NextAssembly)),
        ("ApplicationCutoffDays", (p, i) => p.WithApplicationCutoffDays(i % 700)),
        ("PositiveExits", (p, i) => p.WithPositiveExits(ExitCategorySet.Of(ExitCategory.List.Where((c, k) => ((i + 1) & (1 << k)) != 0).ToArray()))),
        ("PerennialExits", (p, i) => p.WithPerennialExits(ExitCategorySet.Of(ExitCategory.List.Where((c, k) => ((i + 1) & (1 << k)) != 0).ToArray()))),
        ("ReportingUnits", (p, i) => p.WithReportingUnits(new ReportingUnitMap(new[] { new ReportingUnit(new Structure("S" + i), null, "U" + i) }))),
        ("SupportBudget", (p, i) => p.WithSupportBudget(2000 + (i % 100), Money.FromCents(1 + i))),
    };

    private static Arbitrary<(int Edit, int Value)[]> EditLists() =>
        Gen.ListOf(from e in Gen.Choose(0, Edits.Length - 1) from v in Gen.Choose(0, 500) select (e, v)).Select(l => l.ToArray()).ToArbitrary();

    private static CaePolicy Apply(CaePolicy policy, IEnumerable<(int Edit, int Value)> edits) =>
        edits.Aggregate(policy, (p, e) => Edits[e.Edit].Edit(p, e.Value));

    private static readonly PropertyInfo[] Properties =
        typeof(CaePolicy).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract").ToArray();

    [Fact]
    public void Every_field_of_the_policy_has_a_With_method_and_an_edit_here()
    {
        var withs = typeof(CaePolicy).GetMethods().Where(m => m.Name.StartsWith("With", StringComparison.Ordinal)).Select(m => m.Name.Substring(4)).ToHashSet();
        Assert.All(Properties, p => Assert.Contains(p.Name, withs));
        Assert.Equal(Properties.Select(p => p.Name).OrderBy(n => n), Edits.Select(e => e.Property).OrderBy(n => n));
    }

    [Property(MaxTest = 300)]
    public Property Policies_built_by_the_same_edits_are_equal_with_the_same_hash_code() =>
        Prop.ForAll(EditLists(), edits =>
        {
            var a = Apply(CaePolicy.Default, edits);
            var b = Apply(CaePolicy.Default, edits);
            return !ReferenceEquals(a, b) || edits.Length == 0
                ? a.Equals(b) && b.Equals(a) && a == b && a.GetHashCode() == b.GetHashCode() && a.Equals((object)b)
                : a.Equals(b);
        });

    [Property(MaxTest = 300)]
    public Property Equality_and_hash_code_agree() =>
        Prop.ForAll(EditLists(), EditLists(), (x, y) =>
        {
            var a = Apply(CaePolicy.Default, x);
            var b = Apply(CaePolicy.Default, y);
            var sameFields = Properties.All(p => Equals(p.GetValue(a), p.GetValue(b)) || Budgets(p, a, b));
            return a.Equals(b) == sameFields && (!a.Equals(b) || a.GetHashCode() == b.GetHashCode());
        });

    [Property(MaxTest = 300)]
    public Property A_With_call_changes_only_its_field() =>
        Prop.ForAll(Gen.Choose(0, Edits.Length - 1).ToArbitrary(), Gen.Choose(0, 500).ToArbitrary(), EditLists(), (edit, value, before) =>
        {
            var baseline = Apply(CaePolicy.Default, before);
            var changed = Edits[edit].Edit(baseline, value);
            return Properties.Where(p => p.Name != Edits[edit].Property)
                .All(p => Equals(p.GetValue(baseline), p.GetValue(changed)) || Budgets(p, baseline, changed));
        });

    [Property(MaxTest = 200)]
    public Property Value_keys_agree_on_equal_values_and_ignore_references() =>
        Prop.ForAll(EditLists(), edits =>
        {
            var a = Apply(CaePolicy.Default, edits);
            var b = Apply(CaePolicy.Default, edits);
            var other = new Reference("another source", "https://example.org");
            var reReferenced = a.WithSmicHourly(new DatedParameter<Money>(a.SmicHourly.Name, "other", a.SmicHourly.Values.Select(v => new DatedValue<Money>(v.From, v.Value, other))));
            return PolicyParameters.All.All(p => p.ValueKey(a) == p.ValueKey(b) && p.ValueKey(a) == p.ValueKey(reReferenced));
        });

    [Property(MaxTest = 200)]
    public Property A_number_set_through_the_registry_changes_the_key_of_that_parameter_only() =>
        Prop.ForAll(Gen.Elements(PolicyParameters.All.Where(p => p.IsNumber).ToArray()).ToArbitrary(), Gen.Choose(1, 9).ToArbitrary(), (parameter, value) =>
        {
            var before = CaePolicy.Default;
            var after = parameter.WithNumber(before, value, Source);
            var sameValueOtherSource = parameter.WithNumber(before, value, new Reference("another source", null));
            var otherValue = parameter.WithNumber(before, value + 1, Source);
            return parameter.ValueKey(after) == parameter.ValueKey(sameValueOtherSource)
                && parameter.ValueKey(after) != parameter.ValueKey(otherValue)
                && PolicyParameters.All.Where(p => p != parameter).All(p => p.ValueKey(before) == p.ValueKey(after));
        });

    [Fact]
    public void Out_of_range_values_are_rejected_by_the_domain_naming_the_field()
    {
        DomainAssert.Throws("support_limit_months", "0", () => CaePolicy.Default.WithSupportLimitMonths(DatedParameter<int>.Always("support_limit_months", "d", 0, Source)));
        DomainAssert.Throws("support_limit_months", "241", () => CaePolicy.Default.WithSupportLimitMonths(DatedParameter<int>.Always("support_limit_months", "d", 241, Source)));
        DomainAssert.Throws("application_cutoff_days", "731", () => CaePolicy.Default.WithApplicationCutoffDays(731));
        DomainAssert.Throws("application_cutoff_days", "-1", () => CaePolicy.Default with { ApplicationCutoffDays = -1 });
        DomainAssert.Throws("cape_maximum_months", "37", () => CaePolicy.Default.WithCapeMaximumMonths(DatedParameter<int>.Always("cape_maximum_months", "d", 37, Source)));
        DomainAssert.Throws("smic_hourly", "0.00", () => CaePolicy.Default.WithSmicHourly(DatedParameter<Money>.Always("smic_hourly", "d", Money.Zero, Source)));
        DomainAssert.Throws("fte_annual_hours", "0.00", () => CaePolicy.Default.WithFteAnnualHours(DatedParameter<Hours>.Always("fte_annual_hours", "d", Hours.Zero, Source)));
        DomainAssert.Throws("monthly_legal_hours", "745.00", () => CaePolicy.Default.WithMonthlyLegalHours(DatedParameter<Hours>.Always("monthly_legal_hours", "d", Hours.FromDecimal(745m), Source)));
        DomainAssert.Throws("support_budget", "0.00", () => CaePolicy.Default.WithSupportBudget(2015, Money.Zero));
        DomainAssert.Throws("support_budget", "2500", () => CaePolicy.Default.WithSupportBudget(2500, Money.FromEuros(1)));
        DomainAssert.Throws("assemblies", "2200-06-01", () => CaePolicy.Default.WithAssemblies(new AssemblyCalendar(new[] { new LocalDate(2200, 6, 1) }, Source)));
        DomainAssert.Throws("contribution.monthly_minimum", "-1.00", () => CaePolicy.Default.Contribution.WithMonthlyMinimum(Money.FromEuros(-1)));
        DomainAssert.Throws("smic_hourly", "1890-01-01", () => CaePolicy.Default.WithSmicHourly(CaePolicy.Default.SmicHourly.From(new LocalDate(1890, 1, 1), Money.FromEuros(1), Source)));
    }

    [Fact]
    public void Every_number_of_the_registry_is_checked_by_the_domain()
    {
        foreach (var parameter in PolicyParameters.All.Where(p => p.IsNumber))
        {
            var e = Assert.Throws<DomainRuleException>(() => parameter.WithNumber(CaePolicy.Default, -1m, Source));
            Assert.Equal(parameter.Name, e.Field);
        }
    }

    [Fact]
    public void The_parts_have_value_equality()
    {
        var a = new ContributionRate(new LocalDate(2015, 1, 1), Rate.FromFraction(0.1m), Source, new Structure("B"), null, new[] { new RateTier(Money.FromEuros(100), Rate.FromFraction(0.05m)) });
        var b = new ContributionRate(new LocalDate(2015, 1, 1), Rate.FromFraction(0.1m), new Reference("test", null), new Structure("B"), null, new[] { new RateTier(Money.FromEuros(100), Rate.FromFraction(0.05m)) });
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Equal(new ContributionPolicy(ContributionBase.Turnover, new[] { a, Default() }, Money.Zero), new ContributionPolicy(ContributionBase.Turnover, new[] { b, Default() }, Money.Zero));
        Assert.NotEqual(new ContributionPolicy(ContributionBase.Turnover, new[] { Default() }, Money.Zero), new ContributionPolicy(ContributionBase.GrossMargin, new[] { Default() }, Money.Zero));
        Assert.Equal(new AssemblyCalendar(new[] { new LocalDate(2015, 6, 13) }, Source), new AssemblyCalendar(new[] { new LocalDate(2015, 6, 13), new LocalDate(2015, 6, 13) }, Source));
        Assert.NotEqual(new AssemblyCalendar(new[] { new LocalDate(2015, 6, 13) }, Source), new AssemblyCalendar(new[] { new LocalDate(2015, 6, 13) }, new Reference("other", null)));
        Assert.Equal(new ReportingUnitMap(new[] { new ReportingUnit(new Structure("C"), null, "U") }), new ReportingUnitMap(new[] { new ReportingUnit(new Structure("C"), null, "U") }));
        Assert.Equal(EmployerChargeSchedule.Flat(Rate.FromFraction(0.4m)), EmployerChargeSchedule.Flat(Rate.FromFraction(0.4m)));
        Assert.Equal(DatedParameter<int>.Always("n", "d", 3, Source), DatedParameter<int>.Always("n", "d", 3, new Reference("test", null)));
        Assert.NotEqual(DatedParameter<int>.Always("n", "d", 3, Source), DatedParameter<int>.Always("n", "d", 4, Source));
    }

    private static ContributionRate Default() => new(new LocalDate(2015, 1, 1), Rate.FromFraction(0.1m), Source);

    private static bool Budgets(PropertyInfo property, CaePolicy a, CaePolicy b) =>
        property.Name == nameof(CaePolicy.SupportBudget)
        && a.SupportBudget.Count == b.SupportBudget.Count
        && a.SupportBudget.All(kv => b.SupportBudget.TryGetValue(kv.Key, out var v) && v == kv.Value);
}
