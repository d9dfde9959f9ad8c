namespace Cae.Rules.Indicators;

/// <summary>The <c>typology</c> section: who the people accompanied in year Y are, from their path rows.</summary>
/// <param name="Women">Accompanied people recorded F.</param>
/// <param name="Men">Accompanied people recorded M.</param>
/// <param name="ByQualification">Counts by qualification (empty values under <c>unknown</c>).</param>
/// <param name="ByStatusAtEntry">Counts by status at entry.</param>
/// <param name="ByIncomeAtEntry">Counts by income at entry.</param>
/// <param name="ByPrescriber">Counts by prescriber.</param>
/// <param name="ByResidenceArea">Counts by residence area.</param>
public sealed record TypologySection(
    long Women,
    long Men,
    GroupTable<long> ByQualification,
    GroupTable<long> ByStatusAtEntry,
    GroupTable<long> ByIncomeAtEntry,
    GroupTable<long> ByPrescriber,
    GroupTable<long> ByResidenceArea)
{
    /// <summary>The name under which empty values are counted.</summary>
    public const string Unknown = "unknown";

    /// <summary>F / (F + M), gender unknown excluded, rounded to 4 decimals; <c>null</c> when no gender is known.</summary>
    public decimal? WomenShare => ReportRounding.Rate(Women, Women + Men);
}
