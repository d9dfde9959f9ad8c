using Cae.Domain.Paths;

namespace Cae.IO.Reports.Labels;

/// <summary>The report in English (<c>--lang en</c>).</summary>
public sealed partial class EnglishReportLabels : ReportLabels
{
    private EnglishReportLabels()
    {
    }

    /// <summary>The one instance.</summary>
    public static EnglishReportLabels Instance { get; } = new();

    /// <inheritdoc />
    public override string Language => "en";

    /// <inheritdoc />
    public override string Title(int year) => "Activity report " + year.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public override string Total => "Total";

    /// <inheritdoc />
    public override string Establishment => "Establishment";

    /// <inheritdoc />
    public override string Structure => "Structure";

    /// <inheritdoc />
    public override string Unit => "Unit";

    /// <inheritdoc />
    public override string Indicator => "Indicator";

    /// <inheritdoc />
    public override string Value => "Value";

    /// <inheritdoc />
    public override string PreviousYear(int year) => year.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public override string Growth => "Growth";

    /// <inheritdoc />
    public override string FlowsByEstablishment => "Flows of accompanied entrepreneurs by establishment";

    /// <inheritdoc />
    public override string FlowsByStructure => "Flows of accompanied entrepreneurs by structure";

    /// <inheritdoc />
    public override string AccompaniedByEstablishmentAndStructure => "Accompanied entrepreneurs by establishment and structure";

    /// <inheritdoc />
    public override string PresentStart => "Present on 1 January";

    /// <inheritdoc />
    public override string Entries => "Entries";

    /// <inheritdoc />
    public override string Accompanied => "Accompanied";

    /// <inheritdoc />
    public override string Exits => "Exits";

    /// <inheritdoc />
    public override string PresentEnd => "Present on 31 December";

    /// <inheritdoc />
    public override string ExitsByEstablishment => "Exits by category and establishment";

    /// <inheritdoc />
    public override string ExitsByStructure => "Exits by category and structure";

    /// <inheritdoc />
    public override string Outcomes => "Positive and perennial exits";

    /// <inheritdoc />
    public override string PositiveExits => "Positive exits";

    /// <inheritdoc />
    public override string PerennialExits => "Perennial exits";

    /// <inheritdoc />
    public override string PositiveRate => "Positive exit rate";

    /// <inheritdoc />
    public override string PerennialRate => "Perennial exit rate";

    /// <inheritdoc />
    public override string Durations => "Average path duration by exit category";

    /// <inheritdoc />
    public override string AllExits => "All exits";

    /// <inheritdoc />
    public override string AverageMonths => "Months";

    /// <inheritdoc />
    public override string TurnoverByUnit => "Turnover excl. VAT (€) by unit";

    /// <inheritdoc />
    public override string TurnoverByStructure => "Associates' turnover excl. VAT (€) by structure";

    /// <inheritdoc />
    public override string TurnoverComparison => "Turnover excl. VAT (€) compared with the year before";

    /// <inheritdoc />
    public override string TurnoverAssociates => "Associates' turnover";

    /// <inheritdoc />
    public override string TurnoverAccompanied => "Accompanied turnover";

    /// <inheritdoc />
    public override string TurnoverTotal => "Total turnover";

    /// <inheritdoc />
    public override string SalariedAccompanied => "Salaried accompanied entrepreneurs";

    /// <inheritdoc />
    public override string AveragePerSalariedAccompanied => "Average turnover per salaried accompanied entrepreneur";

    /// <inheritdoc />
    public override string AssociatesCount => "Associate entrepreneurs";

    /// <inheritdoc />
    public override string AveragePerAssociate => "Average turnover per associate";

    /// <inheritdoc />
    public override string SalaryByUnit => "Salary hours of accompanied entrepreneurs and FTE";

    /// <inheritdoc />
    public override string Salaried => "Salaried entrepreneurs";

    /// <inheritdoc />
    public override string Hours => "Salary hours";

    /// <inheritdoc />
    public override string Fte => "FTE";

    /// <inheritdoc />
    public override string AverageHoursPerSalariedPerMonth => "Average hours per salaried person per month";

    /// <inheritdoc />
    public override string ContributionsByStructureAndEstablishment => "Cooperative contributions (€) by establishment and structure";

    /// <inheritdoc />
    public override string AssociatesShare => "Associates' share";

    /// <inheritdoc />
    public override string ContributionsComparison => "Cooperative contributions (€) compared with the year before";

    /// <inheritdoc />
    public override string SelfFinancing => "Self-financing of the support structure";

    /// <inheritdoc />
    public override string Typology => "Typology of the accompanied entrepreneurs";

    /// <inheritdoc />
    public override string WomenShare => "Share of women";

    /// <inheritdoc />
    public override string Qualification => "Qualification";

    /// <inheritdoc />
    public override string StatusAtEntry => "Status at entry";

    /// <inheritdoc />
    public override string IncomeAtEntry => "Income at entry";

    /// <inheritdoc />
    public override string Prescriber => "Prescriber";

    /// <inheritdoc />
    public override string ResidenceArea => "Residence area";

    /// <inheritdoc />
    public override string People => "People";

    /// <inheritdoc />
    public override string UnknownValue => "Not recorded";

    /// <inheritdoc />
    public override string Input => "Input";

    /// <inheritdoc />
    public override string PathsRead => "Path rows read";

    /// <inheritdoc />
    public override string PathsAccepted => "Path rows accepted";

    /// <inheritdoc />
    public override string ActivityRead => "Activity rows read";

    /// <inheritdoc />
    public override string ActivityAccepted => "Activity rows accepted";

    /// <inheritdoc />
    public override string RejectedRows => "Rejected rows";

    /// <inheritdoc />
    public override string Category(ExitCategory category) => category.Value switch
    {
        0 => "Creation",
        1 => "Associate",
        2 => "Employment",
        3 => "Training",
        4 => "Reorientation",
        _ => "Other",
    };

    /// <inheritdoc />
    protected override string GroupSeparator => ",";

    /// <inheritdoc />
    protected override string DecimalSeparator => ".";

    /// <inheritdoc />
    protected override string PercentSuffix => "%";
}
