namespace Cae.Rules.Indicators;

/// <summary>The <c>exits</c> section: exits of year Y by category, in total and by the path's establishment and structure, with the outcome rates.</summary>
/// <param name="Total">All exits.</param>
/// <param name="ByEstablishment">By establishment.</param>
/// <param name="ByStructure">By structure.</param>
/// <param name="Positive">Exits in the policy's positive categories.</param>
/// <param name="Perennial">Exits in the policy's perennial categories.</param>
/// <param name="PositiveRate">Positive / all exits, rounded to 4 decimals; <c>null</c> without exits.</param>
/// <param name="PerennialRate">Perennial / all exits, rounded to 4 decimals; <c>null</c> without exits.</param>
public sealed record ExitSection(
    ExitCounts Total,
    GroupTable<ExitCounts> ByEstablishment,
    GroupTable<ExitCounts> ByStructure,
    long Positive,
    long Perennial,
    decimal? PositiveRate,
    decimal? PerennialRate)
{
    /// <summary>The section from its counts, with the rates computed (and rounded) from them: one rule for a report and a merged network report.</summary>
    internal static ExitSection FromCounts(ExitCounts total, GroupTable<ExitCounts> byEstablishment, GroupTable<ExitCounts> byStructure, long positive, long perennial) =>
        new(total, byEstablishment, byStructure, positive, perennial, ReportRounding.Rate(positive, total.Total), ReportRounding.Rate(perennial, total.Total));
}
