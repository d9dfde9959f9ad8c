using Cae.Domain.Values;
using FsCheck;
using FsCheck.Fluent;

namespace Cae.Domain.Tests.Values;

/// <summary>A decimal with up to 10 decimals and up to 15 integer digits, negative or not.</summary>
/// <param name="Value">The value.</param>
public sealed record FineDecimal(decimal Value);

/// <summary>Generators for the value types.</summary>
public static class MoneyArbitraries
{
    /// <summary>Amounts over a third of the range in either direction, biased to small ones too.</summary>
    public static Arbitrary<Money> Money() => Gen.Frequency(
            (1, Gen.Choose(-1000, 1000).Select(c => (long)c)),
            (1, ArbMap.Default.GeneratorFor<long>().Select(c => c / 3)))
        .Select(Cae.Domain.Values.Money.FromCents)
        .ToArbitrary();

    /// <summary>Rates between 0 and 1 with up to 6 decimals.</summary>
    public static Arbitrary<Rate> Rate() =>
        Gen.Choose(0, 1_000_000).Select(n => Cae.Domain.Values.Rate.FromFraction(n / 1_000_000m)).ToArbitrary();

    /// <summary>Fine decimals, often exactly on a half cent or half hundredth.</summary>
    public static Arbitrary<FineDecimal> FineDecimal() =>
        (from lo in ArbMap.Default.GeneratorFor<int>()
         from mid in Gen.Choose(0, 50_000)
         from negative in ArbMap.Default.GeneratorFor<bool>()
         from scale in Gen.Choose(0, 10)
         from halfway in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
         let raw = new decimal(lo, mid, 0, negative, (byte)scale)
         select new Cae.Domain.Tests.Values.FineDecimal(halfway ? decimal.Truncate(raw * 100m) / 100m + (negative ? -0.005m : 0.005m) : raw))
        .ToArbitrary();
}
