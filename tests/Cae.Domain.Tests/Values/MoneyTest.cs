using Cae.Domain.Errors;
using Cae.Domain.Tests.TestHelpers;
using Cae.Domain.Values;
using Xunit;

namespace Cae.Domain.Tests.Values;

public partial class MoneyTest
{
    [Fact]
    public void FromEuros_keeps_cents_exactly()
    {
        Assert.Equal(123456L, Money.FromEuros(1234.56m).Cents);
        Assert.Equal("1234.56", Money.FromEuros(1234.56m).ToString());
        Assert.Equal("-0.10", Money.FromCents(-10).ToString());
    }

    [Fact]
    public void FromEuros_rejects_fractions_of_a_cent_naming_the_field()
    {
        var e = Assert.Throws<DomainRuleException>(() => Money.FromEuros(0.005m));
        Assert.Equal("euros", e.Field);
        Assert.Equal("0.005", e.Value);
    }

    [Theory]
    [InlineData("0.001")]
    [InlineData("-12.345")]
    [InlineData("1234.5678")]
    [InlineData("0.0000000001")]
    public void FromEuros_rejects_more_than_two_decimals_with_the_value_in_the_message(string euros)
    {
        var e = DomainAssert.Throws("euros", euros, () => Money.FromEuros(decimal.Parse(euros, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Contains("cent", e.Rule, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1.2", 120)]
    [InlineData("1.20", 120)]
    [InlineData("1.200000", 120)]
    [InlineData("-0.01", -1)]
    [InlineData("0", 0)]
    [InlineData("92233720368547758.07", long.MaxValue)]
    [InlineData("-92233720368547758.08", long.MinValue)]
    public void FromEuros_accepts_trailing_zeros_and_the_whole_range(string euros, long cents) =>
        Assert.Equal(cents, Money.FromEuros(decimal.Parse(euros, System.Globalization.CultureInfo.InvariantCulture)).Cents);

    [Fact]
    public void FromEuros_rejects_amounts_beyond_the_range_naming_the_field() =>
        DomainAssert.Throws("euros", "792281625142643375935439504", () => Money.FromEuros(792281625142643375935439504m));

    [Fact]
    public void Default_is_zero()
    {
        Assert.Equal(Money.Zero, default(Money));
        Assert.Equal(0L, Money.Zero.Cents);
        Assert.Equal(0m, Money.Zero.Euros);
        Assert.False(Money.Zero.IsNegative);
        Assert.Equal("0.00", Money.Zero.ToString());
    }

    [Theory]
    [InlineData(-1, true)]
    [InlineData(0, false)]
    [InlineData(1, false)]
    public void IsNegative_is_below_zero_only(long cents, bool negative) =>
        Assert.Equal(negative, Money.FromCents(cents).IsNegative);

    [Fact]
    public void Euros_is_exact() =>
        Assert.Equal(-1234.05m, Money.FromCents(-123405).Euros);

    [Theory]
    [InlineData(0.005, 1)]
    [InlineData(-0.005, -1)]
    [InlineData(0.0049, 0)]
    [InlineData(2.675, 268)]
    public void RoundFromEuros_rounds_half_away_from_zero(double euros, long cents) =>
        Assert.Equal(cents, Money.RoundFromEuros((decimal)euros).Cents);

    [Theory]
    [InlineData("0.015", 2)]
    [InlineData("0.025", 3)]
    [InlineData("-0.015", -2)]
    [InlineData("-0.025", -3)]
    [InlineData("-0.0149999", -1)]
    [InlineData("1.00", 100)]
    public void RoundFromEuros_never_rounds_half_to_even(string euros, long cents) =>
        Assert.Equal(cents, Money.RoundFromEuros(decimal.Parse(euros, System.Globalization.CultureInfo.InvariantCulture)).Cents);
}
