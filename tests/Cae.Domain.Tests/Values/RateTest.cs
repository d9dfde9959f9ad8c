using System;
using System.Globalization;
using Cae.Domain.Tests.TestHelpers;
using Cae.Domain.Values;
using Xunit;

namespace Cae.Domain.Tests.Values;

public class RateTest
{
    private static decimal D(string text) => decimal.Parse(text, CultureInfo.InvariantCulture);

    [Fact]
    public void Zero_one_and_default()
    {
        Assert.Equal(0m, Rate.Zero.Value);
        Assert.Equal(Rate.Zero, default(Rate));
        Assert.Equal(1m, Rate.One.Value);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1")]
    [InlineData("0.1")]
    [InlineData("0.0000000000000000000000000001")]
    [InlineData("0.9999999999999999999999999999")]
    public void FromFraction_accepts_zero_to_one_inclusive(string fraction) =>
        Assert.Equal(D(fraction), Rate.FromFraction(D(fraction)).Value);

    [Theory]
    [InlineData("-0.0000000000000000000000000001")]
    [InlineData("-0.1")]
    [InlineData("1.0000000000000000000000000001")]
    [InlineData("10")]
    public void FromFraction_rejects_values_outside_zero_to_one(string fraction)
    {
        var e = DomainAssert.Throws("rate", fraction, () => Rate.FromFraction(D(fraction)));
        Assert.Contains("between 0 and 1", e.Rule, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("10", "0.1")]
    [InlineData("0", "0")]
    [InlineData("100", "1")]
    [InlineData("8.25", "0.0825")]
    public void FromPercent_divides_by_a_hundred(string percent, string fraction) =>
        Assert.Equal(Rate.FromFraction(D(fraction)), Rate.FromPercent(D(percent)));

    [Theory]
    [InlineData("150", "150 %")]
    [InlineData("-10", "-10 %")]
    [InlineData("100.01", "100.01 %")]
    public void FromPercent_rejects_values_outside_zero_to_a_hundred_naming_the_percentage(string percent, string value) =>
        DomainAssert.Throws("rate", value, () => Rate.FromPercent(D(percent)));

    [Theory]
    [InlineData(1, 4, "0.25")]
    [InlineData(0, 7, "0")]
    [InlineData(7, 7, "1")]
    [InlineData(-3, -4, "0.75")]
    public void Ratio_is_the_exact_fraction(long part, long whole, string expected) =>
        Assert.Equal(Rate.FromFraction(D(expected)), Rate.Ratio(part, whole));

    [Fact]
    public void Ratio_of_thirds_is_as_exact_as_a_decimal() =>
        Assert.Equal(1m / 3m, Rate.Ratio(1, 3)!.Value.Value);

    [Theory]
    [InlineData(0, 0)]
    [InlineData(5, 0)]
    [InlineData(-5, 0)]
    public void Ratio_is_null_on_a_zero_denominator(long part, long whole) =>
        Assert.Null(Rate.Ratio(part, whole));

    [Theory]
    [InlineData(3, 2, "1.5")]
    [InlineData(-1, 2, "-0.5")]
    public void Ratio_outside_zero_to_one_is_an_error(long part, long whole, string value) =>
        DomainAssert.Throws("rate", value, () => Rate.Ratio(part, whole));

    [Fact]
    public void Equality_ignores_trailing_zeros() =>
        ContractAssert.Equality(Rate.FromFraction(0.1m), Rate.FromFraction(0.10m), Rate.FromFraction(0.11m), Rate.Zero, Rate.One);

    [Fact]
    public void Comparison_contract() =>
        ContractAssert.Comparison(Rate.FromFraction(0.05m), Rate.FromPercent(5m), Rate.FromFraction(0.0501m));

    [Theory]
    [InlineData("fr-FR")]
    [InlineData("tr-TR")]
    public void ToString_is_the_invariant_fraction(string culture)
    {
        using var scope = new CultureScope(culture);
        Assert.Equal("0.1", Rate.FromFraction(0.1m).ToString());
        Assert.Equal("0.0825", Rate.FromPercent(8.25m).ToString());
        Assert.Equal("1", Rate.One.ToString());
    }
}
