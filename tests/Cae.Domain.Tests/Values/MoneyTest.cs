using Cae.Domain.Errors;
using Cae.Domain.Values;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace Cae.Domain.Tests.Values;

public class MoneyTest
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
    [InlineData(0.005, 1)]
    [InlineData(-0.005, -1)]
    [InlineData(0.0049, 0)]
    [InlineData(2.675, 268)]
    public void RoundFromEuros_rounds_half_away_from_zero(double euros, long cents) =>
        Assert.Equal(cents, Money.RoundFromEuros((decimal)euros).Cents);

    [Property]
    public Property Addition_is_exact_and_associative(int a, int b, int c)
    {
        var (x, y, z) = (Money.FromCents(a), Money.FromCents(b), Money.FromCents(c));
        return ((x + y) + z == x + (y + z) && (x + y).Cents == (long)a + b).ToProperty();
    }

    [Property]
    public Property Rounding_is_idempotent(decimal euros)
    {
        var once = Rounding.ToCent(euros);
        return (Rounding.ToCent(once) == once).ToProperty();
    }
}
