using System;
using System.Globalization;
using Cae.Domain.Tests.TestHelpers;
using Cae.Domain.Values;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace Cae.Domain.Tests.Values;

public class HoursTest
{
    private static decimal D(string text) => decimal.Parse(text, CultureInfo.InvariantCulture);

    [Fact]
    public void Default_is_zero()
    {
        Assert.Equal(Hours.Zero, default(Hours));
        Assert.Equal(0L, default(Hours).Hundredths);
        Assert.Equal("0.00", default(Hours).ToString());
    }

    [Theory]
    [InlineData("151.67", 15167)]
    [InlineData("151.670", 15167)]
    [InlineData("0", 0)]
    [InlineData("0.01", 1)]
    [InlineData("1820", 182000)]
    public void FromDecimal_keeps_hundredths_exactly(string hours, long hundredths)
    {
        var h = Hours.FromDecimal(D(hours));
        Assert.Equal(hundredths, h.Hundredths);
        Assert.Equal(D(hours), h.Value);
        Assert.Equal(h, Hours.FromHundredths(hundredths));
    }

    [Theory]
    [InlineData("151.666")]
    [InlineData("0.001")]
    [InlineData("7.12345")]
    public void FromDecimal_rejects_more_than_two_decimals(string hours) =>
        DomainAssert.Throws("hours", hours, () => Hours.FromDecimal(D(hours)));

    [Theory]
    [InlineData("-1")]
    [InlineData("-1.50")]
    [InlineData("-0.01")]
    [InlineData("-0.001")]
    public void FromDecimal_rejects_negative_hours_naming_the_value_given(string hours)
    {
        var e = DomainAssert.Throws("hours", hours, () => Hours.FromDecimal(D(hours)));
        Assert.Contains("negative", e.Rule, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1L, "-0.01")]
    [InlineData(-15000L, "-150")]
    [InlineData(long.MinValue, "-92233720368547758.08")]
    public void FromHundredths_rejects_negative_hours(long hundredths, string value) =>
        DomainAssert.Throws("hours", value, () => Hours.FromHundredths(hundredths));

    [Theory]
    [InlineData("151.666666", "151.67")]
    [InlineData("1.005", "1.01")]
    [InlineData("1.015", "1.02")]
    [InlineData("1.025", "1.03")] // half away from zero, not to even
    [InlineData("1.0049999", "1.00")]
    [InlineData("0.004", "0.00")]
    [InlineData("0", "0.00")]
    [InlineData("12.5", "12.50")]
    public void Round_rounds_to_the_hundredth_half_away_from_zero(string hours, string expected) =>
        Assert.Equal(expected, Hours.Round(D(hours)).ToString());

    [Theory]
    [InlineData("-1.234")]
    [InlineData("-0.004")] // rounds to zero, but a negative computation is still a broken rule
    [InlineData("-0.005")]
    public void Round_rejects_negative_hours_naming_the_value_before_rounding(string hours) =>
        DomainAssert.Throws("hours", hours, () => Hours.Round(D(hours)));

    [Fact]
    public void Addition_is_exact_and_checked()
    {
        Assert.Equal(Hours.FromDecimal(303.34m), Hours.FromDecimal(151.67m) + Hours.FromDecimal(151.67m));
        Assert.Throws<OverflowException>(() => Hours.FromHundredths(long.MaxValue) + Hours.FromHundredths(1));
    }

    [Fact]
    public void Min_is_the_smaller()
    {
        var a = Hours.FromDecimal(151.67m);
        var b = Hours.FromDecimal(35m);
        Assert.Equal(b, Hours.Min(a, b));
        Assert.Equal(b, Hours.Min(b, a));
    }

    [Fact]
    public void Equality_contract() =>
        ContractAssert.Equality(Hours.FromDecimal(151.67m), Hours.FromHundredths(15167), Hours.FromHundredths(15168), Hours.Zero);

    [Fact]
    public void Comparison_contract() =>
        ContractAssert.Comparison(Hours.FromDecimal(35m), Hours.FromHundredths(3500), Hours.FromDecimal(35.01m));

    [Theory]
    [InlineData("fr-FR")]
    [InlineData("tr-TR")]
    public void ToString_is_invariant(string culture)
    {
        using var scope = new CultureScope(culture);
        Assert.Equal("151.67", Hours.FromHundredths(15167).ToString());
        Assert.Equal("1820.00", Hours.FromDecimal(1820m).ToString());
        Assert.Equal("0.05", Hours.FromHundredths(5).ToString());
    }

    [Property(Arbitrary = new[] { typeof(MoneyArbitraries) })]
    public Property Rounding_is_idempotent(FineDecimal hours)
    {
        var value = Math.Abs(hours.Value);
        var once = Hours.Round(value);
        return (Hours.Round(once.Value) == once
                && Hours.FromDecimal(once.Value) == once
                && Rounding.ToHundredthOfHour(Rounding.ToHundredthOfHour(hours.Value)) == Rounding.ToHundredthOfHour(hours.Value)
                && Math.Abs(once.Value - value) <= 0.005m)
            .Label($"{value} → {once}");
    }
}
