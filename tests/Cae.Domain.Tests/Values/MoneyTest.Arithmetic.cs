using System;
using System.Numerics;
using Cae.Domain.Values;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace Cae.Domain.Tests.Values;

public partial class MoneyTest
{
    [Property]
    public Property Addition_is_exact_and_associative(int a, int b, int c)
    {
        var (x, y, z) = (Money.FromCents(a), Money.FromCents(b), Money.FromCents(c));
        return ((x + y) + z == x + (y + z) && (x + y).Cents == (long)a + b).ToProperty();
    }

    [Property(Arbitrary = new[] { typeof(MoneyArbitraries) })]
    public Property Addition_is_exact_and_associative_over_the_whole_range(Money x, Money y, Money z)
    {
        // Amounts up to a third of the range, so no sum overflows.
        var exact = (BigInteger)x.Cents + y.Cents + z.Cents;
        var left = (x + y) + z;
        var right = x + (y + z);
        return (left == right && left.Cents == exact && x + y == y + x && (x + y) - y == x)
            .Label($"{x} + {y} + {z}: {left} vs {right}, exact {exact}");
    }

    [Property(Arbitrary = new[] { typeof(MoneyArbitraries) })]
    public Property Zero_is_neutral_and_negation_is_an_inverse(Money x) =>
        (x + Money.Zero == x && x - x == Money.Zero && -(-x) == x && x + (-x) == Money.Zero).ToProperty();

    [Fact]
    public void Subtraction_and_negation_are_exact()
    {
        Assert.Equal(Money.FromCents(-1), Money.FromEuros(0.10m) - Money.FromEuros(0.11m));
        Assert.Equal(Money.FromCents(-250), -Money.FromEuros(2.50m));
        Assert.Equal(Money.FromCents(250), -Money.FromEuros(-2.50m));
    }

    [Fact]
    public void Overflow_throws()
    {
        var max = Money.FromEuros(decimal.MaxValue / 100m);
        var min = -max;
        Assert.Throws<OverflowException>(() => max + Money.FromCents(1));
        Assert.Throws<OverflowException>(() => min - Money.FromCents(1));
        Assert.Throws<OverflowException>(() => min + Money.FromCents(-1));
        Assert.Equal(decimal.MaxValue / 100m, (max + Money.Zero).Euros);
    }

    [Fact]
    public void Sums_past_two_to_the_63_cents_are_exact()
    {
        var max = Money.FromCents(long.MaxValue);
        var sum = max + Money.FromCents(1);
        Assert.Equal(92233720368547758.08m, sum.Euros);
        Assert.Equal(max, sum - Money.FromCents(1));
        Assert.Throws<OverflowException>(() => sum.Cents); // beyond a long: Euros stays exact
        var total = Money.Zero;
        for (var i = 0; i < 100_000; i++)
        {
            total += Money.FromEuros(1_000_000_000_000m);
        }

        Assert.Equal(100_000_000_000_000_000m, total.Euros);
    }

    [Theory]
    [InlineData("100.00", "0.1", "10.00")]
    [InlineData("0.05", "0.1", "0.01")] // 0.005 → 0.01
    [InlineData("-0.05", "0.1", "-0.01")] // −0.005 → −0.01
    [InlineData("0.15", "0.1", "0.02")] // 0.015 → 0.02, not 0.01 (half to even would give 0.02 too)
    [InlineData("0.25", "0.1", "0.03")] // 0.025 → 0.03, where half to even gives 0.02
    [InlineData("-0.25", "0.1", "-0.03")]
    [InlineData("0.04", "0.1", "0.00")] // 0.004 → 0.00
    [InlineData("-0.04", "0.1", "0.00")]
    [InlineData("1234.56", "0.0825", "101.85")] // 101.8512
    [InlineData("1234.56", "1", "1234.56")]
    [InlineData("1234.56", "0", "0.00")]
    [InlineData("10.00", "0.3333333333333333333333333333", "3.33")]
    public void MultiplyBy_rounds_half_away_from_zero(string amount, string rate, string expected)
    {
        var money = Money.Parse(amount);
        var r = Rate.FromFraction(decimal.Parse(rate, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(Money.Parse(expected), money.MultiplyBy(r));
    }

    [Fact]
    public void ExactProduct_is_not_rounded()
    {
        Assert.Equal(0.025m, Money.FromEuros(0.25m).ExactProduct(Rate.FromFraction(0.1m)));
        Assert.Equal(-101.8512m, Money.FromEuros(-1234.56m).ExactProduct(Rate.FromFraction(0.0825m)));
    }

    [Property(Arbitrary = new[] { typeof(MoneyArbitraries) })]
    public Property MultiplyBy_is_the_rounded_exact_product(Money x, Rate rate) =>
        (x.MultiplyBy(rate) == Money.RoundFromEuros(x.ExactProduct(rate))
            && Math.Abs(x.MultiplyBy(rate).Euros - x.ExactProduct(rate)) <= 0.005m
            && x.MultiplyBy(rate) == -(-x).MultiplyBy(rate))
        .Label($"{x} × {rate} = {x.MultiplyBy(rate)}");

    [Fact]
    public void Max_and_Min()
    {
        var a = Money.FromCents(-5);
        var b = Money.FromCents(3);
        Assert.Equal(b, Money.Max(a, b));
        Assert.Equal(b, Money.Max(b, a));
        Assert.Equal(a, Money.Min(a, b));
        Assert.Equal(a, Money.Min(b, a));
        Assert.Equal(a, Money.Max(a, a));
    }

    [Property]
    public Property Rounding_is_idempotent(decimal euros)
    {
        var once = Rounding.ToCent(euros);
        return (Rounding.ToCent(once) == once).ToProperty();
    }

    [Property(Arbitrary = new[] { typeof(MoneyArbitraries) })]
    public Property RoundFromEuros_is_idempotent_and_keeps_exact_amounts(Money x, FineDecimal euros)
    {
        var once = Money.RoundFromEuros(euros.Value);
        return (Money.RoundFromEuros(once.Euros) == once
                && Money.RoundFromEuros(x.Euros) == x
                && Money.FromEuros(x.Euros) == x
                && Math.Abs(once.Euros - euros.Value) <= 0.005m)
            .Label($"{euros.Value} → {once}");
    }
}
