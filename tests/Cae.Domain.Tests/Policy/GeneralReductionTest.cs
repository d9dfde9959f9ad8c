using System;
using Cae.Domain.Errors;
using Cae.Domain.Policy;
using Cae.Domain.Values;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Xunit;

namespace Cae.Domain.Tests.Policy;

/// <summary>The general reduction of employer contributions (Code de la sécurité sociale L241-13, D241-7) as an employer-charge schedule.</summary>
public class GeneralReductionTest
{
    [Fact]
    public void The_2021_worked_example_gives_a_coefficient_of_0_1302()
    {
        // A 2021 worked example of the reduction: 2 000 € gross for 151.67 h, monthly SMIC 10.25 × 151.67, T 0.3206:
        // ((1 554.61 / 2 000) × 1.6 − 1) / 0.6 × 0.3206 = 0.1302, a reduction of 260.40 €.
        var schedule = EmployerChargeSchedule.GeneralReduction(Rate.FromFraction(0.42m), 0.3206m, 1.6m);
        var multiple = 2_000m / (10.25m * 151.67m);
        Assert.Equal(0.1302m, schedule.ReductionAt(multiple));
        Assert.Equal(260.40m, 2_000m * schedule.ReductionAt(multiple));
        Assert.Equal(0.42m - 0.1302m, schedule.RateAt(multiple));
    }

    [Fact]
    public void At_the_SMIC_the_coefficient_is_T_and_from_the_threshold_it_is_zero()
    {
        var schedule = EmployerChargeSchedule.GeneralReduction(Rate.FromFraction(0.40m), 0.3234m, 1.6m);
        Assert.Equal(0.3234m, schedule.ReductionAt(1m));
        Assert.Equal(0.3234m, schedule.ReductionAt(0.5m)); // a part-time salary is at the SMIC's rate
        Assert.Equal(0m, schedule.ReductionAt(1.6m));
        Assert.Equal(0m, schedule.ReductionAt(3m));
        Assert.Equal(0.40m, schedule.RateAt(2m));
        Assert.True(schedule.IsGeneralReduction);
        Assert.False(schedule.IsFlat);
        Assert.Equal(schedule, EmployerChargeSchedule.GeneralReduction(Rate.FromFraction(0.40m), 0.3234m, 1.6m));
        Assert.NotEqual(schedule, EmployerChargeSchedule.GeneralReduction(Rate.FromFraction(0.40m), 0.3194m, 1.6m));
    }

    [Fact]
    public void The_library_s_table_of_T_gives_each_value_its_text()
    {
        var t = LegalParameters.GeneralReductionMaxCoefficient();
        Assert.Equal(0.26m, t.ValueOn(new LocalDate(2013, 6, 1)));
        Assert.Equal(0.2835m, t.ValueOn(new LocalDate(2015, 6, 1)));
        Assert.Equal(0.2845m, t.ValueOn(new LocalDate(2016, 6, 1)));
        Assert.Equal(0.3246m, t.ValueOn(new LocalDate(2021, 6, 1)));
        Assert.Equal(0.3234m, t.ValueOn(new LocalDate(2024, 6, 1)));
        Assert.All(t.Values, v => Assert.Contains("D241-7", v.Reference.Title, StringComparison.Ordinal));
        Assert.Equal(1.6m, LegalParameters.GeneralReductionThreshold().ValueOn(new LocalDate(2024, 6, 1)));
        Assert.Contains("L241-13", LegalParameters.GeneralReductionThreshold().Values[0].Reference.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Out_of_range_values_are_refused()
    {
        Assert.Throws<DomainRuleException>(() => EmployerChargeSchedule.GeneralReduction(Rate.FromFraction(0.40m), 1.2m, 1.6m));
        Assert.Throws<DomainRuleException>(() => EmployerChargeSchedule.GeneralReduction(Rate.FromFraction(0.40m), 0.32m, 1m));
        Assert.Throws<DomainRuleException>(() => EmployerChargeSchedule.GeneralReduction(Rate.FromFraction(0.20m), 0.32m, 1.6m));
    }

    [Property(MaxTest = 500)]
    public Property The_rate_stays_between_the_full_rate_less_T_and_the_full_rate_and_never_falls_as_pay_rises() =>
        Prop.ForAll(
            Gen.Choose(0, 4000).ToArbitrary(),
            Gen.Choose(0, 4000).ToArbitrary(),
            Gen.Elements(0.26m, 0.2835m, 0.3234m).ToArbitrary(),
            (a, b, t) =>
            {
                var schedule = EmployerChargeSchedule.GeneralReduction(Rate.FromFraction(0.42m), t, 1.6m);
                var (low, high) = (Math.Min(a, b) / 1000m, Math.Max(a, b) / 1000m); // 0 … 4 SMIC
                var rLow = schedule.RateAt(low);
                var rHigh = schedule.RateAt(high);
                return rLow >= 0.42m - t && rHigh <= 0.42m && rLow <= rHigh
                    && schedule.ReductionAt(high) == Math.Round(schedule.ReductionAt(high), 4);
            });
}
