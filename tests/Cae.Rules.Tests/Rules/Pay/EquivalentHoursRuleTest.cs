using Cae.Domain.Policy;
using Cae.Domain.Values;
using Cae.Rules.Pay;
using NodaTime;
using Xunit;

namespace Cae.Rules.Tests.Rules.Pay;

public class EquivalentHoursRuleTest
{
    private static readonly Hours Legal = Hours.FromDecimal(151.67m);
    private static readonly EquivalentHoursRule Rule = new(CaePolicy.Default);

    [Fact]
    public void Worked_example_1000_euros_gross_at_9_67_an_hour_gives_103_4_hours()
    {
        // CSS D.241-27 example: 1 000 / 9.67 = 103.4126… h; the source prints 103.4 (one decimal),
        // the library keeps hundredths of an hour, half away from zero: 103.41.
        var hours = EquivalentHoursRule.EquivalentHours(Money.FromEuros(1_000), Money.FromEuros(9.67m), Legal);
        Assert.Equal(Hours.FromDecimal(103.41m), hours);
        Assert.Equal(103.4m, Rounding.ToDecimals(hours.Value, 1));
        Assert.Equal(Hours.FromDecimal(103.41m), Rule.HoursFor(Money.FromEuros(1_000), new YearMonth(2016, 1)));
    }

    [Theory]
    [InlineData(1466.65, 151.67)] // 9.67 × 151.67 = 1 466.6489 €: a monthly SMIC
    [InlineData(1466.63, 151.67)] // 151.6680… rounds to 151.67, the cap
    [InlineData(1466.50, 151.65)]
    [InlineData(5000, 151.67)]
    [InlineData(0, 0)]
    [InlineData(-10, 0)]
    public void Hours_are_capped_at_the_legal_monthly_duration(decimal gross, decimal hours) =>
        Assert.Equal(Hours.FromDecimal(hours), EquivalentHoursRule.EquivalentHours(Money.FromEuros(gross), Money.FromEuros(9.67m), Legal));

    [Fact]
    public void The_smic_of_the_month_applies()
    {
        Assert.Equal(Hours.FromDecimal(104.06m), Rule.HoursFor(Money.FromEuros(1_000), new YearMonth(2015, 12))); // 9.61 €/h
        Assert.Equal(Hours.FromDecimal(103.41m), Rule.HoursFor(Money.FromEuros(1_000), new YearMonth(2016, 1)));  // 9.67 €/h
    }

    [Theory]
    [InlineData(19006, 10.443)] // Coopilote B 2015: printed 10 FTE
    [InlineData(53880, 29.604)] // Coopilote total 2015: printed 30 FTE
    public void Fte_is_hours_over_1820(decimal hours, decimal fte) =>
        Assert.Equal(fte, Rounding.ToDecimals(Rule.FullTimeEquivalent(Hours.FromDecimal(hours), new LocalDate(2015, 1, 1)), 3));
}
