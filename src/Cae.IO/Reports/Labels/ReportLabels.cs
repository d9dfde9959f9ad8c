using System.Globalization;
using System.Text;
using Cae.Domain.Paths;
using Cae.Rules.Indicators;

namespace Cae.IO.Reports.Labels;

/// <summary>
/// The words and number style of the report for people (Markdown, CSV headings): one subclass per
/// language, holding every label, so that no label is written anywhere else.
/// </summary>
/// <remarks>
/// Numbers are formatted from their invariant form, never with the current culture: amounts to the euro,
/// counts whole, averages with two decimals, hours with up to two, rates as percentages with one decimal.
/// </remarks>
public abstract partial class ReportLabels
{
    /// <summary>The language code (<c>fr</c>, <c>en</c>).</summary>
    public abstract string Language { get; }

    /// <summary>The report's title for a year.</summary>
    /// <param name="year">The year.</param>
    public abstract string Title(int year);

    /// <summary>"Total".</summary>
    public abstract string Total { get; }

    /// <summary>The column of row labels of a table by establishment.</summary>
    public abstract string Establishment { get; }

    /// <summary>The column of row labels of a table by structure.</summary>
    public abstract string Structure { get; }

    /// <summary>The column of row labels of a table by reporting unit.</summary>
    public abstract string Unit { get; }

    /// <summary>The column of row labels of a table of indicators.</summary>
    public abstract string Indicator { get; }

    /// <summary>The column of a figure.</summary>
    public abstract string Value { get; }

    /// <summary>The year before, as a column or row label.</summary>
    /// <param name="year">The year before.</param>
    public abstract string PreviousYear(int year);

    /// <summary>"Growth".</summary>
    public abstract string Growth { get; }

    /// <summary>The flows table by establishment.</summary>
    public abstract string FlowsByEstablishment { get; }

    /// <summary>The flows table by structure.</summary>
    public abstract string FlowsByStructure { get; }

    /// <summary>The crosstab of accompanied people.</summary>
    public abstract string AccompaniedByEstablishmentAndStructure { get; }

    /// <summary>present_start.</summary>
    public abstract string PresentStart { get; }

    /// <summary>entries.</summary>
    public abstract string Entries { get; }

    /// <summary>accompanied.</summary>
    public abstract string Accompanied { get; }

    /// <summary>exits.</summary>
    public abstract string Exits { get; }

    /// <summary>present_end.</summary>
    public abstract string PresentEnd { get; }

    /// <summary>The exits table by establishment.</summary>
    public abstract string ExitsByEstablishment { get; }

    /// <summary>The exits table by structure.</summary>
    public abstract string ExitsByStructure { get; }

    /// <summary>The outcomes table.</summary>
    public abstract string Outcomes { get; }

    /// <summary>Positive exits.</summary>
    public abstract string PositiveExits { get; }

    /// <summary>Perennial exits.</summary>
    public abstract string PerennialExits { get; }

    /// <summary>Positive rate.</summary>
    public abstract string PositiveRate { get; }

    /// <summary>Perennial rate.</summary>
    public abstract string PerennialRate { get; }

    /// <summary>The durations table.</summary>
    public abstract string Durations { get; }

    /// <summary>All exits (the average duration's row).</summary>
    public abstract string AllExits { get; }

    /// <summary>Average months.</summary>
    public abstract string AverageMonths { get; }

    /// <summary>The turnover table.</summary>
    public abstract string TurnoverByUnit { get; }

    /// <summary>The average per associate by structure table.</summary>
    public abstract string TurnoverByStructure { get; }

    /// <summary>The turnover comparison table.</summary>
    public abstract string TurnoverComparison { get; }

    /// <summary>Associates' turnover.</summary>
    public abstract string TurnoverAssociates { get; }

    /// <summary>Accompanied turnover.</summary>
    public abstract string TurnoverAccompanied { get; }

    /// <summary>Total turnover.</summary>
    public abstract string TurnoverTotal { get; }

    /// <summary>Salaried accompanied people.</summary>
    public abstract string SalariedAccompanied { get; }

    /// <summary>Average turnover per salaried accompanied person.</summary>
    public abstract string AveragePerSalariedAccompanied { get; }

    /// <summary>Associates.</summary>
    public abstract string AssociatesCount { get; }

    /// <summary>Average turnover per associate.</summary>
    public abstract string AveragePerAssociate { get; }

    /// <summary>The salary table.</summary>
    public abstract string SalaryByUnit { get; }

    /// <summary>Salaried people.</summary>
    public abstract string Salaried { get; }

    /// <summary>Salary hours.</summary>
    public abstract string Hours { get; }

    /// <summary>Full-time equivalents.</summary>
    public abstract string Fte { get; }

    /// <summary>Average hours per salaried person per month.</summary>
    public abstract string AverageHoursPerSalariedPerMonth { get; }

    /// <summary>The contributions table.</summary>
    public abstract string ContributionsByStructureAndEstablishment { get; }

    /// <summary>The associates' share of contributions.</summary>
    public abstract string AssociatesShare { get; }

    /// <summary>The contributions comparison table.</summary>
    public abstract string ContributionsComparison { get; }

    /// <summary>Self-financing of the support structure.</summary>
    public abstract string SelfFinancing { get; }

    /// <summary>The typology table of women.</summary>
    public abstract string Typology { get; }

    /// <summary>Share of women.</summary>
    public abstract string WomenShare { get; }

    /// <summary>Qualification.</summary>
    public abstract string Qualification { get; }

    /// <summary>Status at entry.</summary>
    public abstract string StatusAtEntry { get; }

    /// <summary>Income at entry.</summary>
    public abstract string IncomeAtEntry { get; }

    /// <summary>Prescriber.</summary>
    public abstract string Prescriber { get; }

    /// <summary>Residence area.</summary>
    public abstract string ResidenceArea { get; }

    /// <summary>People (the column of typology counts).</summary>
    public abstract string People { get; }

    /// <summary>An empty typology value.</summary>
    public abstract string UnknownValue { get; }

    /// <summary>The input table.</summary>
    public abstract string Input { get; }

    /// <summary>Path rows read.</summary>
    public abstract string PathsRead { get; }

    /// <summary>Path rows accepted.</summary>
    public abstract string PathsAccepted { get; }

    /// <summary>Activity rows read.</summary>
    public abstract string ActivityRead { get; }

    /// <summary>Activity rows accepted.</summary>
    public abstract string ActivityAccepted { get; }

    /// <summary>The rejected rows heading.</summary>
    public abstract string RejectedRows { get; }

    /// <summary>The name of an exit category.</summary>
    /// <param name="category">The category.</param>
    public abstract string Category(ExitCategory category);

    /// <summary>The thousands separator.</summary>
    protected abstract string GroupSeparator { get; }

    /// <summary>The decimal separator.</summary>
    protected abstract string DecimalSeparator { get; }

    /// <summary>The text after a percentage (e.g. <c>" %"</c> in French).</summary>
    protected abstract string PercentSuffix { get; }

    /// <summary>The labels of a language code.</summary>
    /// <param name="language"><c>fr</c> or <c>en</c>.</param>
    /// <returns>The labels, or <c>null</c> for an unknown language.</returns>
    public static ReportLabels? For(string language) => language switch
    {
        "fr" => FrenchReportLabels.Instance,
        "en" => EnglishReportLabels.Instance,
        _ => null,
    };

    /// <summary>A number for people: amounts to the euro, counts whole, averages with 2 decimals, hours with up to 2, rates as a percentage with 1 decimal; "–" when undefined.</summary>
    /// <param name="number">The number.</param>
    public string Format(ReportNumber number)
    {
        if (number.Value is not { } value)
        {
            return "–";
        }

        return number.Kind switch
        {
            ReportValueKind.Rate => Localize((value * 100m).ToString("#,0.0", CultureInfo.InvariantCulture)) + PercentSuffix,
            ReportValueKind.Amount => Localize(Cae.Domain.Values.Rounding.ToDecimals(value, 0).ToString("#,0", CultureInfo.InvariantCulture)),
            ReportValueKind.Year => value.ToString("0", CultureInfo.InvariantCulture),
            ReportValueKind.Average => Localize(value.ToString("#,0.00", CultureInfo.InvariantCulture)),
            _ => Localize(value.ToString("#,0.##", CultureInfo.InvariantCulture)),
        };
    }

    private string Localize(string invariant)
    {
        var text = new StringBuilder(invariant.Length + 4);
        foreach (var c in invariant)
        {
            text.Append(c switch
            {
                ',' => GroupSeparator,
                '.' => DecimalSeparator,
                _ => c.ToString(),
            });
        }

        return text.ToString();
    }
}
