namespace Cae.Domain.Policy;

/// <summary>What the contribution rate applies to.</summary>
/// <remarks>
/// Coopilote levies its contribution on gross margin (turnover − purchases), the library's default; the
/// network's management software (enDI) levies it on invoiced turnover excluding VAT
/// (cae-rules-facts §D.14, §D.17).
/// </remarks>
public enum ContributionBase
{
    /// <summary>Gross margin: turnover − purchases (the default).</summary>
    GrossMargin = 0,

    /// <summary>Turnover excluding VAT.</summary>
    Turnover = 1,
}
