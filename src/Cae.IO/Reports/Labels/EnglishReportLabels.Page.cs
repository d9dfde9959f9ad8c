using System.Collections.Generic;
using System.Globalization;

namespace Cae.IO.Reports.Labels;

/// <summary>The English words of the HTML pages.</summary>
public sealed partial class EnglishReportLabels
{
    private static readonly Dictionary<string, string> EnglishTypologyCodes = new()
    {
        ["*/other"] = "Other",
        ["qualification/none"] = "No qualification",
        ["qualification/cap_bep"] = "Vocational certificate (CAP, BEP)",
        ["qualification/baccalaureate"] = "Baccalauréat",
        ["qualification/higher_education"] = "Higher education",
        ["status_at_entry/job_seeker"] = "Job seeker",
        ["status_at_entry/long_term_job_seeker"] = "Long-term job seeker",
        ["status_at_entry/employee"] = "Employee",
        ["status_at_entry/inactive"] = "Inactive",
        ["status_at_entry/student"] = "Student",
        ["income_at_entry/unemployment_benefit"] = "Unemployment benefit",
        ["income_at_entry/minimum_income"] = "Minimum income (RSA)",
        ["income_at_entry/salary"] = "Salary",
        ["income_at_entry/none"] = "No income",
        ["prescriber/pole_emploi"] = "Pôle emploi",
        ["prescriber/bge"] = "BGE",
        ["prescriber/mission_locale"] = "Mission locale",
        ["prescriber/word_of_mouth"] = "Word of mouth",
    };

    /// <inheritdoc />
    public override string Subtitle => "Activity report of the business and employment cooperative (coopérative d'activités et d'emploi)";

    /// <inheritdoc />
    public override string Contents => "Contents";

    /// <inheritdoc />
    public override string KeyFigures => "Key figures";

    /// <inheritdoc />
    public override string SectionFlows => "Flows of support paths";

    /// <inheritdoc />
    public override string SectionExits => "Exits of the year";

    /// <inheritdoc />
    public override string SectionDurations => "Path duration";

    /// <inheritdoc />
    public override string SectionTurnover => "Turnover";

    /// <inheritdoc />
    public override string SectionSalary => "Salary hours and full-time equivalents";

    /// <inheritdoc />
    public override string SectionContributions => "Cooperative contributions";

    /// <inheritdoc />
    public override string SectionTypology => "Who the accompanied entrepreneurs are";

    /// <inheritdoc />
    public override string SectionGrowth => "Change over one year";

    /// <inheritdoc />
    public override string SectionOther => "Other tables";

    /// <inheritdoc />
    public override string Contributions => "Contributions";

    /// <inheritdoc />
    public override string Euros => "Euros excluding VAT";

    /// <inheritdoc />
    public override string GrowthAxis => "Change over one year";

    /// <inheritdoc />
    public override string ExitsByCategory => "Exits by category";

    /// <inheritdoc />
    public override string TurnoverByUnitChart => "Turnover by unit: associates and accompanied";

    /// <inheritdoc />
    public override string SalaryHoursByUnitChart => "Salary hours of the accompanied entrepreneurs by unit";

    /// <inheritdoc />
    public override string ContributionsChart => "Cooperative contributions by structure and establishment";

    /// <inheritdoc />
    public override string GrowthChart => "Change of the main figures over one year";

    /// <inheritdoc />
    public override string PositiveNote => "Positive and perennial exits as the cooperative's policy defines them (by default: positive = creation, associate, employment; perennial = creation, associate).";

    /// <inheritdoc />
    public override string NoRejectedRows => "No rejected row: every row read is counted.";

    /// <inheritdoc />
    public override string NoExits => "No exit in the year.";

    /// <inheritdoc />
    public override string NoPreviousYear => "The data does not cover the year before: no comparison.";

    /// <inheritdoc />
    public override string Footer => "Made by the cae tool from the data given. Amounts in euros excluding VAT, rounded to the euro; rates rounded to a tenth of a point.";

    /// <inheritdoc />
    public override string Baseline => "Baseline";

    /// <inheritdoc />
    public override string Scenario => "Scenario";

    /// <inheritdoc />
    public override string Delta => "Delta";

    /// <inheritdoc />
    public override string UnchangedTables => "Tables identical under both policies:";

    /// <inheritdoc />
    public override string WhatIfSubtitle => "The policy in force and a scenario compared on the same data.";

    /// <inheritdoc />
    protected override IReadOnlyDictionary<string, string> TypologyCodes => EnglishTypologyCodes;

    /// <inheritdoc />
    public override string RejectedRowCount(int count) =>
        count.ToString(CultureInfo.InvariantCulture) + (count == 1 ? " rejected row" : " rejected rows") + ": the report is made from the accepted rows.";

    /// <inheritdoc />
    public override string PreviousYearValue(int year, string value) => year.ToString(CultureInfo.InvariantCulture) + ": " + value;

    /// <inheritdoc />
    public override string WhatIfTitle(string scenario, int year) => "What-if \u201C" + scenario + "\u201D for " + year.ToString(CultureInfo.InvariantCulture);
}
