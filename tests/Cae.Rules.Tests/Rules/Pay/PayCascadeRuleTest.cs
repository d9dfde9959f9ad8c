using System.Linq;
using Cae.Domain.Organisation;
using Cae.Domain.Policy;
using Cae.Domain.Values;
using Cae.Rules.Explanation;
using Cae.Rules.Pay;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Xunit;

namespace Cae.Rules.Tests.Rules.Pay;

public class PayCascadeRuleTest
{
    private static readonly Structure Coopilote = new("Coopilote");
    private static readonly PayCascadeRule Default = new(TestPolicies.Default);
    private static readonly PayCascadeRule Flat45 = new(TestPolicies.Default with
    {
        EmployerCharges = DatedParameter<EmployerChargeSchedule>.Always("employer_charges", "test", EmployerChargeSchedule.Flat(Rate.FromFraction(0.45m)), TestPolicies.TestReference),
    });

    [Fact]
    public void The_cascade_of_L7332_3_from_turnover_to_hours()
    {
        // 3 000 turnover − 500 purchases = 2 500 gross margin; 10 % contribution = 250;
        // available = 2 500 − 250 − 200 costs = 2 050; at a flat 45 %: 2 050 / 1.45 = 1 413.79 gross,
        // 636.21 charges; hours = 1 413.79 / 9.67 = 146.2037… → 146.20 h.
        var result = Flat45.Explain(new YearMonth(2016, 1), Coopilote, null, Money.FromEuros(3_000), Money.FromEuros(500), Money.FromEuros(200), Money.Zero);

        Assert.Equal(Money.FromEuros(2_500), result.GrossMargin);
        Assert.Equal(Money.FromEuros(250), result.Contribution);
        Assert.Equal(Money.FromEuros(2_050), result.Available);
        Assert.Equal(Money.FromEuros(1_413.79m), result.GrossSalary);
        Assert.Equal(Money.FromEuros(636.21m), result.EmployerCharges);
        Assert.Equal(Money.FromEuros(9.67m), result.SmicHourly);
        Assert.Equal(Hours.FromDecimal(146.20m), result.Hours);
    }

    [Fact]
    public void The_trace_names_every_parameter_with_its_date_and_reference()
    {
        var result = Default.Explain(new YearMonth(2016, 1), Coopilote, null, Money.FromEuros(3_000), Money.FromEuros(500), Money.FromEuros(200), Money.Zero);

        var parameters = result.Trace.Parameters.ToDictionary(p => p.Name);
        Assert.Equal("9.67", parameters["smic_hourly"].Value);
        Assert.Equal(new LocalDate(2016, 1, 1), parameters["smic_hourly"].EffectiveFrom);
        Assert.Equal(CaePolicy.Default.SmicHourly.EntryOn(new LocalDate(2016, 1, 1)).Reference, parameters["smic_hourly"].Reference);
        Assert.StartsWith("Décret n° 2015-1688", parameters["smic_hourly"].Reference!.Title, System.StringComparison.Ordinal);
        Assert.Equal("151.67", parameters["monthly_legal_hours"].Value);
        Assert.Equal(TestPolicies.TestReference, parameters["employer_charges"].Reference);
        Assert.Contains("0.1", parameters["contribution_rate"].Value);
        Assert.Contains(result.Trace.Steps, s => s.Kind == TraceStepKind.Note && s.Reference == PayCascadeRule.PaySource);
        Assert.Contains(result.Trace.Steps, s => s.Kind == TraceStepKind.Note && s.Reference == PayCascadeRule.HoursSource);
        Assert.Equal(result.GrossSalary.ToString(), result.Trace.Find("gross_salary")!.Value);
        Assert.Equal("151.67", result.Trace.Find("hours")!.Value);
    }

    [Fact]
    public void A_deficit_pays_no_salary()
    {
        var result = Default.Explain(new YearMonth(2016, 1), Coopilote, null, Money.FromEuros(100), Money.FromEuros(500), Money.Zero, Money.Zero);
        Assert.Equal(Money.FromEuros(-400), result.GrossMargin);
        Assert.Equal(Money.FromEuros(-40), result.Contribution);
        Assert.Equal(Money.FromEuros(-360), result.Available);
        Assert.Equal(Money.Zero, result.GrossSalary);
        Assert.Equal(Money.Zero, result.EmployerCharges);
        Assert.Equal(Hours.Zero, result.Hours);
    }

    [Property]
    public Property Hours_are_never_negative_never_above_151_67_and_monotone_in_turnover() =>
        Prop.ForAll(
            Generators.SmicMonth.ToArbitrary(),
            Generators.Amount.Two().ToArbitrary(),
            Generators.MonthlyAmount.ToArbitrary(),
            (month, pair, purchases) =>
            {
                var (a, b) = pair;
                var (low, high) = a <= b ? (a, b) : (b, a);
                var cap = Hours.FromDecimal(151.67m);
                var rLow = Default.Compute(month, Coopilote, null, low, purchases, Money.Zero, Money.Zero);
                var rHigh = Default.Compute(month, Coopilote, null, high, purchases, Money.Zero, Money.Zero);
                return (rLow.Hours <= rHigh.Hours).Label($"monotone: {rLow.Hours} > {rHigh.Hours}")
                    .And((rLow.GrossSalary <= rHigh.GrossSalary).Label("gross monotone"))
                    .And((rHigh.Hours <= cap && rLow.Hours >= Hours.Zero).Label("range"))
                    .And((rHigh.GrossSalary >= Money.Zero && rHigh.EmployerCharges >= Money.Zero).Label("never below zero"))
                    .And((rHigh.Available <= Money.Zero || rHigh.GrossSalary + rHigh.EmployerCharges == rHigh.Available).Label("the budget is spent to the cent"));
            });

    [Property]
    public Property Explain_gives_the_figures_of_Compute() =>
        Prop.ForAll(
            Generators.SmicMonth.ToArbitrary(),
            Generators.Amount.ToArbitrary(),
            Generators.MonthlyAmount.ToArbitrary(),
            (month, turnover, costs) =>
            {
                var fast = Default.Compute(month, Coopilote, "p", turnover, Money.Zero, costs, Money.Zero);
                var explained = Default.Explain(month, Coopilote, "p", turnover, Money.Zero, costs, Money.Zero);
                return (fast with { Trace = explained.Trace }) == explained && fast.Trace.Steps.Count == 0;
            });
}
