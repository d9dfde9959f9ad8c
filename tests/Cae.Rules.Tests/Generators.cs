using System.Linq;
using Cae.Domain.Paths;
using Cae.Domain.Values;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Cae.Rules.Tests;

/// <summary>FsCheck generators of the domain's values.</summary>
internal static class Generators
{
    private static readonly LocalDate Epoch = new(1990, 1, 1);

    /// <summary>Any day from 1990 to about 2050.</summary>
    public static Gen<LocalDate> Date { get; } = Gen.Choose(0, 22_000).Select(d => Epoch.PlusDays(d));

    /// <summary>Any month with a SMIC in the built-in table (December 2011 to 2027).</summary>
    public static Gen<YearMonth> SmicMonth { get; } = Gen.Choose(0, 12 * 16).Select(m => new YearMonth(2011, 12).PlusMonths(m));

    /// <summary>Amounts from −50 000 € to 200 000 €, to the cent.</summary>
    public static Gen<Money> Amount { get; } = Gen.Choose(-5_000_000, 20_000_000).Select(c => Money.FromCents(c));

    /// <summary>Amounts from 0 to 20 000 €, to the cent.</summary>
    public static Gen<Money> MonthlyAmount { get; } = Gen.Choose(0, 2_000_000).Select(c => Money.FromCents(c));

    /// <summary>Rates from 0 to 0.3, to 0.0001.</summary>
    public static Gen<Rate> ContributionRate { get; } = Gen.Choose(0, 3_000).Select(r => Rate.FromFraction(r / 10_000m));

    /// <summary>Exit categories.</summary>
    public static Gen<ExitCategory> Category { get; } = Gen.Elements(ExitCategory.List.ToArray());
}
