using System.Collections.Generic;
using System.Linq;
using Cae.Domain.Activity;
using Cae.Domain.Organisation;
using Cae.Domain.Paths;
using Cae.Domain.Policy;
using Cae.Domain.Values;
using Cae.Rules.Data;
using Cae.Rules.Indicators;
using Cae.Rules.WhatIf;
using NodaTime;
using Xunit;
using static Cae.Rules.Tests.Indicators.TestData;

namespace Cae.Rules.Tests.WhatIf;

public class ModelledValuesTest
{
    /// <summary>June assemblies, 10 % of gross margin with a 5 % tier above 3 000 € for Baticoop, flat 45 % employer charges.</summary>
    private static readonly CaePolicy Policy = TestPolicies.WithAssemblies(new LocalDate(2014, 6, 14), new LocalDate(2015, 6, 13), new LocalDate(2016, 6, 18)) with
    {
        SupportLimitMonths = DatedParameter<int>.Always("support_limit_months", "test", 24, TestPolicies.TestReference),
        Contribution = new ContributionPolicy(
            ContributionBase.GrossMargin,
            new[]
            {
                new ContributionRate(new LocalDate(2014, 1, 1), Rate.FromFraction(0.10m), TestPolicies.TestReference),
                new ContributionRate(new LocalDate(2014, 1, 1), Rate.FromFraction(0.10m), TestPolicies.TestReference, new Structure("Baticoop"), tiers: new[] { new RateTier(Money.FromEuros(3_000m), Rate.FromFraction(0.05m)) }),
            },
            Money.Zero),
        EmployerCharges = DatedParameter<EmployerChargeSchedule>.Always("employer_charges", "test", EmployerChargeSchedule.Flat(Rate.FromFraction(0.45m)), TestPolicies.TestReference),
    };

    private static readonly CaeDataset Data = Dataset(
        new[]
        {
            // A applied and was admitted at the June 2015 AG, as the rule says.
            Person("A", "2013-01-10", cesa: "2013-03-01", application: "2015-02-01", associate: "2015-06-13"),
            // B never applied: the support end (2015-03-05) stands for it, and B was admitted at the next AG.
            Person("B", "2013-03-05", cesa: "2013-04-01", associate: "2015-06-13"),
            // C applied after the 2015 AG and waits for the 2016 one.
            Person("C", "2014-01-01", application: "2015-07-01"),
            // D left for a job; D's CESA started in September 2014.
            Person("D", "2014-05-01", cesa: "2014-09-01", exit: "2015-03-31", category: ExitCategory.Employment),
            // E works under Baticoop's tiered rate.
            Person("E", "2014-02-01", cesa: "2014-02-01", structure: "Baticoop"),
        },
        Months("A", "Coopilote", 2015, 1500m, 500m, 12.34m)
            .Concat(Months("B", "Coopilote", 2015, 1000m, 0m, null))
            .Concat(Months("C", "Coopilote", 2015, 800m, 0m, null))
            .Concat(new[] { Row("D", "2014-08", "Coopilote", 1000m, null), Row("D", "2014-09", "Coopilote", 1000m, null), Row("D", "2015-02", "Coopilote", -300m, null) })
            .Concat(new[] { Row("E", "2015-01", "Baticoop", 2000m, null), Row("E", "2015-02", "Baticoop", 2000m, null), Row("E", "2015-03", "Baticoop", 2000m, null), Row("E", "2014-12", "Baticoop", 9000m, null) }));

    private static readonly EffectiveValues Modelled = ModelledValues.Compute(Data, Policy);

    [Fact]
    public void Contributions_come_from_the_margins_not_from_the_recorded_figures()
    {
        // A: 10 % of 1 500 − 500; the recorded 12.34 is not read.
        Assert.Equal(10_000, Modelled.Contribution[RowOf("A", "2015-03")]);
        Assert.Equal(-3_000, Modelled.Contribution[RowOf("D", "2015-02")]); // a credit note gives a negative contribution
        Assert.Equal(1_234, EffectiveValues.Baseline(Data, Policy).Contribution[RowOf("A", "2015-03")]);
    }

    [Fact]
    public void Tiers_use_the_base_of_the_same_person_and_structure_earlier_in_the_year()
    {
        Assert.Equal(20_000, Modelled.Contribution[RowOf("E", "2015-01")]); // 2 000 at 10 %
        Assert.Equal(15_000, Modelled.Contribution[RowOf("E", "2015-02")]); // 1 000 at 10 % + 1 000 at 5 % (above 3 000)
        Assert.Equal(10_000, Modelled.Contribution[RowOf("E", "2015-03")]); // 2 000 at 5 %
        Assert.Equal(60_000, Modelled.Contribution[RowOf("E", "2014-12")]); // December 2014 is another year: 3 000 at 10 % + 6 000 at 5 %
    }

    [Fact]
    public void Hours_are_the_pay_cascade_of_each_salaried_row()
    {
        // A: available 1 000 − 100 = 900; gross 900 / 1.45 = 620.69; 620.69 / 9.61 = 64.59 h.
        Assert.Equal(6_459, Modelled.SalaryHours[RowOf("A", "2015-01")]);

        // E in 2014-12: available 9 000 − 600 = 8 400, gross 5 793.10 > monthly SMIC: 151.67 h.
        Assert.Equal(15_167, Modelled.SalaryHours[RowOf("E", "2014-12")]);
    }

    [Fact]
    public void No_salary_before_the_CESA_nor_without_one_nor_on_a_negative_month()
    {
        Assert.Equal(0, Modelled.SalaryHours[RowOf("D", "2014-08")]);
        Assert.True(Modelled.SalaryHours[RowOf("D", "2014-09")] > 0);
        Assert.Equal(0, Modelled.SalaryHours[RowOf("D", "2015-02")]);
        Assert.Equal(0, Modelled.SalaryHours[RowOf("C", "2015-05")]);
    }

    [Fact]
    public void Admissions_follow_the_rule_from_the_application_or_the_support_end()
    {
        Assert.Equal(Key("2015-06-13"), Modelled.ExitKey[PersonOf("A")]);
        Assert.Equal(Key("2015-06-13"), Modelled.ExitKey[PersonOf("B")]);
        Assert.Equal(Key("2016-06-18"), Modelled.ExitKey[PersonOf("C")]);
        Assert.Equal((byte)ExitCategory.Associate.Value, Modelled.ExitCategory[PersonOf("C")]);
        Assert.Equal(CaeDataset.MonthIndex(2016, 6), Modelled.AssociateMonth[PersonOf("C")]);
        Assert.Equal(Key("2015-03-31"), Modelled.ExitKey[PersonOf("D")]); // not a candidate: the recorded exit stays
        Assert.Equal(DateKey.None, Modelled.ExitKey[PersonOf("E")]);
    }

    [Fact]
    public void A_longer_support_limit_delays_only_those_without_an_application()
    {
        var values = ModelledValues.Compute(Data, Policy with { SupportLimitMonths = DatedParameter<int>.Always("support_limit_months", "test", 30, TestPolicies.TestReference) });
        Assert.Equal(Key("2015-06-13"), values.ExitKey[PersonOf("A")]);
        Assert.Equal(Key("2016-06-18"), values.ExitKey[PersonOf("B")]); // support end 2015-09-05
        Assert.Equal(CaeDataset.MonthIndex(2016, 6), values.AssociateMonth[PersonOf("B")]);
    }

    [Fact]
    public void Without_an_assembly_after_eligibility_the_person_stays_supported()
    {
        var values = ModelledValues.Compute(Data, Policy with { Assemblies = new AssemblyCalendar(new[] { new LocalDate(2015, 6, 13) }, TestPolicies.TestReference) });
        Assert.Equal(DateKey.None, values.ExitKey[PersonOf("C")]);
        Assert.Equal(CaeDataset.NoCategory, values.ExitCategory[PersonOf("C")]);
        Assert.Equal(CaeDataset.NeverMonth, values.AssociateMonth[PersonOf("C")]);
    }

    [Fact]
    public void Automatic_admission_admits_on_the_day_of_eligibility()
    {
        var values = ModelledValues.Compute(Data, Policy with { Admission = AdmissionMode.Automatic });
        Assert.Equal(Key("2015-02-01"), values.ExitKey[PersonOf("A")]);
        Assert.Equal(Key("2015-03-05"), values.ExitKey[PersonOf("B")]);
        Assert.Equal(CaeDataset.MonthIndex(2015, 2), values.AssociateMonth[PersonOf("A")]);
    }

    [Fact]
    public void The_report_counts_the_modelled_values()
    {
        var report = new AnnualReportEngine(Modelled, Policy).Compute(2015);
        Assert.Equal(2, report.Exits.Total.Associate);
        Assert.Equal(Money.FromCents(Enumerable.Range(0, Data.ActivityCount).Where(r => Data.ActivityMonth[r] >= CaeDataset.MonthIndex(2015, 1)).Sum(r => Modelled.Contribution[r])), report.Contributions.Total);
    }

    private static PathRecord Person(string id, string entry, string? cesa = null, string? application = null, string? associate = null, string? exit = null, ExitCategory? category = null, string structure = "Coopilote") =>
        new(
            id,
            new Establishment("Besançon"),
            new Structure(structure),
            Date(entry),
            cesa is null ? null : Date(cesa),
            application is null ? null : Date(application),
            associate is null ? null : Date(associate),
            associate is not null ? Date(associate) : exit is null ? null : Date(exit),
            associate is not null ? ExitCategory.Associate : category);

    private static IEnumerable<MonthlyActivity> Months(string id, string structure, int year, decimal turnover, decimal purchases, decimal? contribution) =>
        Enumerable.Range(1, 12).Select(m => Row(id, Invariant($"{year}-{m:00}"), structure, turnover, contribution, purchases: purchases));

    private static int PersonOf(string id) => Enumerable.Range(0, Data.PersonCount).Single(p => Data.Paths[p].EntrepreneurId == id);

    private static int RowOf(string id, string month)
    {
        var person = PersonOf(id);
        var m = NodaTime.Text.YearMonthPattern.Iso.Parse(month).Value;
        return Enumerable.Range(0, Data.ActivityCount).Single(r => Data.ActivityPerson[r] == person && Data.ActivityMonth[r] == CaeDataset.MonthIndex(m.Year, m.Month));
    }

    private static int Key(string date) => DateKey.Of(Date(date));
}
