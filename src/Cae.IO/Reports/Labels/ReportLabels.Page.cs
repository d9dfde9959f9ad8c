using System.Collections.Generic;

namespace Cae.IO.Reports.Labels;

/// <summary>The words of the HTML pages (the annual report and the what-if page), beside the tables' words.</summary>
public abstract partial class ReportLabels
{
    /// <summary>The line under the report's title.</summary>
    public abstract string Subtitle { get; }

    /// <summary>The heading of the table of contents.</summary>
    public abstract string Contents { get; }

    /// <summary>The key figures' heading.</summary>
    public abstract string KeyFigures { get; }

    /// <summary>The flows section's heading.</summary>
    public abstract string SectionFlows { get; }

    /// <summary>The exits section's heading.</summary>
    public abstract string SectionExits { get; }

    /// <summary>The path durations section's heading.</summary>
    public abstract string SectionDurations { get; }

    /// <summary>The turnover section's heading.</summary>
    public abstract string SectionTurnover { get; }

    /// <summary>The salary hours section's heading.</summary>
    public abstract string SectionSalary { get; }

    /// <summary>The contributions section's heading.</summary>
    public abstract string SectionContributions { get; }

    /// <summary>The typology section's heading.</summary>
    public abstract string SectionTypology { get; }

    /// <summary>The change over one year section's heading.</summary>
    public abstract string SectionGrowth { get; }

    /// <summary>The heading of tables no section claims.</summary>
    public abstract string SectionOther { get; }

    /// <summary>"Contributions" (a key figure).</summary>
    public abstract string Contributions { get; }

    /// <summary>The axis of amounts: euros excluding VAT.</summary>
    public abstract string Euros { get; }

    /// <summary>The axis of growth rates.</summary>
    public abstract string GrowthAxis { get; }

    /// <summary>The chart of exits by category.</summary>
    public abstract string ExitsByCategory { get; }

    /// <summary>The chart of turnover by unit, associates and accompanied stacked.</summary>
    public abstract string TurnoverByUnitChart { get; }

    /// <summary>The chart of salary hours by unit.</summary>
    public abstract string SalaryHoursByUnitChart { get; }

    /// <summary>The chart of contributions by structure, establishments stacked.</summary>
    public abstract string ContributionsChart { get; }

    /// <summary>The chart of the main figures' growth.</summary>
    public abstract string GrowthChart { get; }

    /// <summary>How the positive and perennial exits are defined.</summary>
    public abstract string PositiveNote { get; }

    /// <summary>No rejected row.</summary>
    public abstract string NoRejectedRows { get; }

    /// <summary>No exit in the year.</summary>
    public abstract string NoExits { get; }

    /// <summary>The data does not cover the year before.</summary>
    public abstract string NoPreviousYear { get; }

    /// <summary>The page's footer.</summary>
    public abstract string Footer { get; }

    /// <summary>"Baseline" (the what-if page).</summary>
    public abstract string Baseline { get; }

    /// <summary>"Scenario" (the what-if page).</summary>
    public abstract string Scenario { get; }

    /// <summary>"Delta" (the what-if page).</summary>
    public abstract string Delta { get; }

    /// <summary>The line before the titles of the tables a what-if leaves unchanged.</summary>
    public abstract string UnchangedTables { get; }

    /// <summary>The line under the what-if page's title.</summary>
    public abstract string WhatIfSubtitle { get; }

    /// <summary>The codes of typology values with their labels, keyed <c>dimension/code</c> (<c>qualification/none</c>) or <c>*/code</c>.</summary>
    protected abstract IReadOnlyDictionary<string, string> TypologyCodes { get; }

    /// <summary>How many rows were rejected.</summary>
    /// <param name="count">The number of rejected rows.</param>
    public abstract string RejectedRowCount(int count);

    /// <summary>A key figure's value the year before, e.g. "2014 : 56,8 %".</summary>
    /// <param name="year">The year before.</param>
    /// <param name="value">Its value, formatted.</param>
    public abstract string PreviousYearValue(int year, string value);

    /// <summary>The what-if page's title.</summary>
    /// <param name="scenario">The scenario's name.</param>
    /// <param name="year">The year.</param>
    public abstract string WhatIfTitle(string scenario, int year);

    /// <summary>The label of a typology value: the language's word for a known code (<c>higher_education</c>), the value itself for free text.</summary>
    /// <param name="dimension">The typology column: <c>qualification</c>, <c>status_at_entry</c>, <c>income_at_entry</c>, <c>prescriber</c> or <c>residence_area</c>.</param>
    /// <param name="value">The value (<see cref="Rules.Indicators.TypologySection.Unknown"/> for empty ones).</param>
    public string TypologyValue(string dimension, string value) =>
        value == Rules.Indicators.TypologySection.Unknown ? UnknownValue
        : TypologyCodes.TryGetValue(dimension + "/" + value, out var label) || TypologyCodes.TryGetValue("*/" + value, out label) ? label
        : value;
}
