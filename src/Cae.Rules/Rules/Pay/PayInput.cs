using System.Diagnostics.Contracts;
using Cae.Domain.Organisation;
using Cae.Domain.Values;
using NodaTime;

namespace Cae.Rules.Pay;

/// <summary>
/// What the pay cascade needs for one month of one activity: the month, the structure and the turnover, and, when
/// they are not zero, the purchases, the other direct costs, the contribution base earlier in the year and the person.
/// </summary>
/// <remarks>
/// Immutable, with value equality. Usable from every C# version: <c>new PayInput(month, structure, turnover)</c>, then
/// <see cref="WithPurchases"/>, <see cref="WithDirectCosts"/>, <see cref="WithYearToDateBase"/> and
/// <see cref="WithEntrepreneur"/> (or an object initializer in C# 9 and later).
/// </remarks>
public sealed record PayInput
{
    /// <summary>Creates the input of a month with only turnover: no purchases, no costs, no earlier base, no person.</summary>
    /// <param name="month">The month.</param>
    /// <param name="structure">The structure that carries the activity (for its contribution rate).</param>
    /// <param name="turnover">The month's turnover.</param>
    public PayInput(YearMonth month, Structure structure, Money turnover)
    {
        Month = month;
        Structure = structure;
        Turnover = turnover;
    }

    /// <summary>The month.</summary>
    public YearMonth Month { get; init; }

    /// <summary>The structure that carries the activity.</summary>
    public Structure Structure { get; init; }

    /// <summary>The month's turnover.</summary>
    public Money Turnover { get; init; }

    /// <summary>The month's purchases (zero by default).</summary>
    public Money Purchases { get; init; }

    /// <summary>Other costs directly and exclusively linked to the activity (zero by default).</summary>
    public Money DirectCosts { get; init; }

    /// <summary>The contribution base of the same person and structure earlier in the year, for tiered rates (zero by default).</summary>
    public Money YearToDateBase { get; init; }

    /// <summary>The person, for a per-person rate; <c>null</c> (the default) for none.</summary>
    public string? EntrepreneurId { get; init; }

    /// <summary>A copy with purchases.</summary>
    /// <param name="purchases">The month's purchases.</param>
    [Pure]
    public PayInput WithPurchases(Money purchases) => this with { Purchases = purchases };

    /// <summary>A copy with other direct costs.</summary>
    /// <param name="directCosts">The costs.</param>
    [Pure]
    public PayInput WithDirectCosts(Money directCosts) => this with { DirectCosts = directCosts };

    /// <summary>A copy with the contribution base earlier in the year.</summary>
    /// <param name="yearToDateBase">The base.</param>
    [Pure]
    public PayInput WithYearToDateBase(Money yearToDateBase) => this with { YearToDateBase = yearToDateBase };

    /// <summary>A copy for a person (for a per-person rate).</summary>
    /// <param name="entrepreneurId">The person; <c>null</c> for none.</param>
    [Pure]
    public PayInput WithEntrepreneur(string? entrepreneurId) => this with { EntrepreneurId = entrepreneurId };
}
