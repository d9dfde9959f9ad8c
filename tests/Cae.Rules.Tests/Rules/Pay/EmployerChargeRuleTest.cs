using System.Collections.Generic;
using Cae.Domain.Policy;
using Cae.Domain.Values;
using Cae.Rules.Pay;
using NodaTime;
using Xunit;

namespace Cae.Rules.Tests.Rules.Pay;

public class EmployerChargeRuleTest
{
    private static readonly Money Smic2016 = Money.FromEuros(9.67m);
    private static readonly Hours Legal = Hours.FromDecimal(151.67m);

    [Fact]
    public void A_flat_rate_divides_the_budget()
    {
        // 2 050 / 1.45 = 1 413.7931… → 1 413.79 gross; charges 2 050 − 1 413.79 = 636.21.
        var split = EmployerChargeRule.Split(Money.FromEuros(2_050), EmployerChargeSchedule.Flat(Rate.FromFraction(0.45m)), Smic2016, Legal);
        Assert.Equal(Money.FromEuros(1_413.79m), split.Gross);
        Assert.Equal(Money.FromEuros(636.21m), split.Charges);
        Assert.Equal(0.45m, split.ChargeRate);
    }

    [Fact]
    public void Below_a_monthly_smic_the_rate_of_the_smic_applies()
    {
        // Default schedule: 5 % at 1 SMIC. 1 000 / 1.05 = 952.38; the multiple stays 1 (hours shrink instead).
        var split = EmployerChargeRule.Split(Money.FromEuros(1_000), TestPolicies.Default.EmployerCharges.ValueOn(new LocalDate(2016, 1, 1)), Smic2016, Legal);
        Assert.Equal(Money.FromEuros(952.38m), split.Gross);
        Assert.Equal(Money.FromEuros(47.62m), split.Charges);
        Assert.Equal(1m, split.SmicMultiple);
        Assert.Equal(0.05m, split.ChargeRate);
    }

    [Fact]
    public void On_a_schedule_the_gross_and_its_charges_fund_the_budget_to_the_cent()
    {
        var schedule = TestPolicies.Default.EmployerCharges.ValueOn(new LocalDate(2016, 1, 1));
        var split = EmployerChargeRule.Split(Money.FromEuros(2_050), schedule, Smic2016, Legal);

        // Checked by hand: the monthly SMIC is 9.67 × 151.67 = 1 466.6489 €. At 1.163 SMIC (16 %) the budget
        // would be 1 705.71 × 1.16 = 1 978.63 < 2 050, so the gross lies between 1.163 and 1.449 SMIC, where
        // rate = 0.16 + 0.14 × (multiple − 1.163) / 0.286. Solving g × (1 + rate(g)) = 2 050 gives
        // g = 1 746.6620 → 1 746.66 € gross (multiple 1.19092, rate 0.17367), charges 303.34 €.
        Assert.Equal(Money.FromEuros(1_746.66m), split.Gross);
        Assert.Equal(Money.FromEuros(303.34m), split.Charges);
        Assert.Equal(0.17367m, Rounding.ToDecimals(split.ChargeRate, 5));
        Assert.Equal(Money.FromEuros(2_050), split.Gross + split.Charges);
        var rebuilt = split.Gross.Euros * (1m + split.ChargeRate);
        Assert.InRange(rebuilt, 2_049.98m, 2_050.02m);
        Assert.InRange(split.SmicMultiple, 1.163m, 1.449m);
        Assert.Equal(schedule.RateAt(split.SmicMultiple), split.ChargeRate);
    }

    [Fact]
    public void Nothing_available_funds_nothing()
    {
        var split = EmployerChargeRule.Split(Money.FromEuros(-300), EmployerChargeSchedule.Flat(Rate.FromFraction(0.45m)), Smic2016, Legal);
        Assert.Equal(Money.Zero, split.Gross);
        Assert.Equal(Money.Zero, split.Charges);
    }

    [Fact]
    public void The_rate_follows_the_schedule_by_smic_multiple()
    {
        var rule = new EmployerChargeRule(TestPolicies.Default with
        {
            EmployerCharges = DatedParameter<EmployerChargeSchedule>.Always("employer_charges", "test", EmployerChargeSchedule.BySmicMultiple(new[]
            {
                new KeyValuePair<decimal, Rate>(1.0m, Rate.FromFraction(0.05m)),
                new KeyValuePair<decimal, Rate>(1.6m, Rate.FromFraction(0.30m)),
            }), TestPolicies.TestReference),
        });
        var january = new YearMonth(2016, 1);
        Assert.Equal(0.05m, rule.RateFor(Money.FromEuros(500), january));
        Assert.Equal(0.30m, rule.RateFor(Money.FromEuros(5_000), january));
        var atHalf = rule.RateFor(Money.FromEuros(1_906.64m), january); // 1.3 × 1 466.6489 = 1 906.64357
        Assert.InRange(atHalf, 0.1749m, 0.1751m);
    }

    [Fact]
    public void The_default_schedule_gives_the_2024_worked_example_and_starts_in_2024()
    {
        // cae-rules-facts §D.18: about 5 % at the SMIC, 16 % at 2 055 € gross, 30 % at 2 560 € gross (2024;
        // monthly SMIC 11.65 × 151.67 = 1 766.96 €; 1 766.95 € is below it, so 1.163 and 1.449 SMIC).
        var rule = new EmployerChargeRule(CaePolicy.Default);
        var january2024 = new YearMonth(2024, 1);
        Assert.Equal(0.05m, rule.RateFor(Money.FromEuros(1_766.95m), january2024));
        Assert.InRange(rule.RateFor(Money.FromEuros(2_055m), january2024), 0.1595m, 0.1605m);
        Assert.InRange(rule.RateFor(Money.FromEuros(2_560m), january2024), 0.2995m, 0.3005m);
        Assert.Equal(new LocalDate(2024, 1, 1), CaePolicy.Default.EmployerCharges.Values[0].From);

        var before = Assert.Throws<Cae.Domain.Errors.DomainRuleException>(() => rule.RateFor(Money.FromEuros(2_000m), new YearMonth(2023, 12)));
        Assert.Contains("employer_charges", before.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Under_the_general_reduction_2000_euros_gross_costs_the_full_rate_less_0_1302()
    {
        // The 2021 worked example (T 0.3206, monthly SMIC 10.25 × 151.67): C = 0.1302 at 2 000 € gross. With a full
        // employer rate of 42 %, the charges are 2 000 × (0.42 − 0.1302) = 579.60 €, so a budget of 2 579.60 € funds it.
        var schedule = EmployerChargeSchedule.GeneralReduction(Rate.FromFraction(0.42m), 0.3206m, 1.6m);
        var split = EmployerChargeRule.Split(Money.FromEuros(2_579.60m), schedule, Money.FromEuros(10.25m), Legal);
        Assert.Equal(Money.FromEuros(2_000m), split.Gross);
        Assert.Equal(Money.FromEuros(579.60m), split.Charges);
        Assert.Equal(0.2898m, split.ChargeRate);

        var rule = new PayCascadeRule(TestPolicies.Default.WithEmployerCharges(DatedParameter<EmployerChargeSchedule>.Always("employer_charges", "test", schedule, TestPolicies.TestReference)));
        var explained = rule.Explain(new YearMonth(2021, 3), new Cae.Domain.Organisation.Structure("Coopilote"), null, Money.FromEuros(2_866.22m), Money.Zero, Money.Zero, Money.Zero);
        Assert.Contains("general reduction", explained.Trace.Find("employer_charge_rate")!.Formula, System.StringComparison.Ordinal);
    }
}
