using System;
using System.Globalization;
using Cae.Domain.Values;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace Cae.Domain.Tests.Values;

public class RoundingTest
{
    private static decimal D(string text) => decimal.Parse(text, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("0.005", "0.01")]
    [InlineData("-0.005", "-0.01")]
    [InlineData("0.015", "0.02")]
    [InlineData("0.025", "0.03")]
    [InlineData("2.675", "2.68")]
    [InlineData("-2.675", "-2.68")]
    [InlineData("0.0049999999", "0.00")]
    [InlineData("-0.0049999999", "0.00")]
    [InlineData("1.1", "1.1")]
    [InlineData("123456789.994", "123456789.99")]
    public void ToCent_rounds_half_away_from_zero(string euros, string expected) =>
        Assert.Equal(D(expected), Rounding.ToCent(D(euros)));

    [Theory]
    [InlineData("151.666666", "151.67")]
    [InlineData("0.125", "0.13")]
    [InlineData("0.135", "0.14")]
    [InlineData("-0.125", "-0.13")]
    public void ToHundredthOfHour_rounds_half_away_from_zero(string hours, string expected) =>
        Assert.Equal(D(expected), Rounding.ToHundredthOfHour(D(hours)));

    [Theory]
    [InlineData("0.12345", 3, "0.123")]
    [InlineData("0.1235", 3, "0.124")]
    [InlineData("0.1245", 3, "0.125")]
    [InlineData("-0.1245", 3, "-0.125")]
    [InlineData("0.5", 0, "1")]
    [InlineData("-0.5", 0, "-1")]
    [InlineData("2.5", 0, "3")]
    public void ToDecimals_rounds_half_away_from_zero(string value, int decimals, string expected) =>
        Assert.Equal(D(expected), Rounding.ToDecimals(D(value), decimals));

    [Property(Arbitrary = new[] { typeof(MoneyArbitraries) })]
    public Property ToCent_is_idempotent_symmetric_and_close(FineDecimal value)
    {
        var x = value.Value;
        var once = Rounding.ToCent(x);
        return (Rounding.ToCent(once) == once
                && Rounding.ToCent(-x) == -once
                && Math.Abs(once - x) <= 0.005m
                && decimal.Round(once, 2) == once)
            .Label($"{x} → {once}");
    }

    [Property(Arbitrary = new[] { typeof(MoneyArbitraries) })]
    public Property ToHundredthOfHour_is_idempotent_symmetric_and_close(FineDecimal value)
    {
        var x = value.Value;
        var once = Rounding.ToHundredthOfHour(x);
        return (Rounding.ToHundredthOfHour(once) == once
                && Rounding.ToHundredthOfHour(-x) == -once
                && Math.Abs(once - x) <= 0.005m)
            .Label($"{x} → {once}");
    }

    [Property]
    public Property ToDecimals_is_idempotent(decimal value, byte decimals)
    {
        var d = decimals % 29;
        var once = Rounding.ToDecimals(value, d);
        return (Rounding.ToDecimals(once, d) == once).ToProperty();
    }
}
