using System;
using Cae.Domain.Tests.TestHelpers;
using Cae.Domain.Values;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace Cae.Domain.Tests.Values;

public partial class MoneyTest
{
    [Fact]
    public void Equality_contract() =>
        ContractAssert.Equality(Money.FromEuros(12.30m), Money.FromCents(1230), Money.FromCents(1231), Money.FromCents(-1230), Money.Zero);

    [Fact]
    public void Comparison_contract()
    {
        ContractAssert.Comparison(Money.FromCents(-1), Money.FromEuros(-0.01m), Money.Zero);
        ContractAssert.Comparison(Money.FromCents(long.MinValue), Money.FromCents(long.MinValue), Money.FromCents(long.MaxValue));
    }

    [Property(Arbitrary = new[] { typeof(MoneyArbitraries) })]
    public Property Ordering_follows_the_cents(Money x, Money y) =>
        (Math.Sign(x.CompareTo(y)) == Math.Sign(x.Cents.CompareTo(y.Cents))
            && (x < y) == (x.Cents < y.Cents)
            && (x == y) == (x.Cents == y.Cents)
            && (!x.Equals(y) || x.GetHashCode() == y.GetHashCode()))
        .ToProperty();
}
