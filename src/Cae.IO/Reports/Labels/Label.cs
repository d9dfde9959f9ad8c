namespace Cae.IO.Reports.Labels;

/// <summary>
/// The key of every text of the report for people. Each language's catalogue (<c>Catalogues/fr.json</c>,
/// <c>Catalogues/en.json</c>) holds one text per key; texts with <c>{name}</c> placeholders are filled by
/// <see cref="ReportLabels"/>.
/// </summary>
public enum Label
{
    /// <summary>accompanied.</summary>
    Accompanied,

    /// <summary>The crosstab of accompanied people.</summary>
    AccompaniedByEstablishmentAndStructure,

    /// <summary>Activity rows accepted.</summary>
    ActivityAccepted,

    /// <summary>Activity rows read.</summary>
    ActivityRead,

    /// <summary>All exits (the average duration's row).</summary>
    AllExits,

    /// <summary>Associates.</summary>
    AssociatesCount,

    /// <summary>The associates' share of contributions.</summary>
    AssociatesShare,

    /// <summary>Average hours per salaried person per month.</summary>
    AverageHoursPerSalariedPerMonth,

    /// <summary>Average months.</summary>
    AverageMonths,

    /// <summary>Average turnover per associate.</summary>
    AveragePerAssociate,

    /// <summary>Average turnover per salaried accompanied person.</summary>
    AveragePerSalariedAccompanied,

    /// <summary>"Baseline" (the what-if page).</summary>
    Baseline,

    /// <summary>The heading of the table of contents.</summary>
    Contents,

    /// <summary>"Contributions" (a key figure).</summary>
    Contributions,

    /// <summary>The contributions table.</summary>
    ContributionsByStructureAndEstablishment,

    /// <summary>The chart of contributions by structure, establishments stacked.</summary>
    ContributionsChart,

    /// <summary>The contributions comparison table.</summary>
    ContributionsComparison,

    /// <summary>"Delta" (the what-if page).</summary>
    Delta,

    /// <summary>The durations table.</summary>
    Durations,

    /// <summary>entries.</summary>
    Entries,

    /// <summary>The column of row labels of a table by establishment.</summary>
    Establishment,

    /// <summary>The axis of amounts: euros excluding VAT.</summary>
    Euros,

    /// <summary>exits.</summary>
    Exits,

    /// <summary>The chart of exits by category.</summary>
    ExitsByCategory,

    /// <summary>The exits table by establishment.</summary>
    ExitsByEstablishment,

    /// <summary>The exits table by structure.</summary>
    ExitsByStructure,

    /// <summary>The flows table by establishment.</summary>
    FlowsByEstablishment,

    /// <summary>The flows table by structure.</summary>
    FlowsByStructure,

    /// <summary>The page's footer.</summary>
    Footer,

    /// <summary>Full-time equivalents.</summary>
    Fte,

    /// <summary>"Growth".</summary>
    Growth,

    /// <summary>The axis of growth rates.</summary>
    GrowthAxis,

    /// <summary>The chart of the main figures' growth.</summary>
    GrowthChart,

    /// <summary>Salary hours.</summary>
    Hours,

    /// <summary>Income at entry.</summary>
    IncomeAtEntry,

    /// <summary>The column of row labels of a table of indicators.</summary>
    Indicator,

    /// <summary>The input table.</summary>
    Input,

    /// <summary>The key figures' heading.</summary>
    KeyFigures,

    /// <summary>No exit in the year.</summary>
    NoExits,

    /// <summary>The data does not cover the year before.</summary>
    NoPreviousYear,

    /// <summary>No rejected row.</summary>
    NoRejectedRows,

    /// <summary>The outcomes table.</summary>
    Outcomes,

    /// <summary>Path rows accepted.</summary>
    PathsAccepted,

    /// <summary>Path rows read.</summary>
    PathsRead,

    /// <summary>People (the column of typology counts).</summary>
    People,

    /// <summary>Perennial exits.</summary>
    PerennialExits,

    /// <summary>Perennial rate.</summary>
    PerennialRate,

    /// <summary>Positive exits.</summary>
    PositiveExits,

    /// <summary>How the positive and perennial exits are defined.</summary>
    PositiveNote,

    /// <summary>Positive rate.</summary>
    PositiveRate,

    /// <summary>Prescriber.</summary>
    Prescriber,

    /// <summary>present_end.</summary>
    PresentEnd,

    /// <summary>present_start.</summary>
    PresentStart,

    /// <summary>The year before, as a column or row label ({year}).</summary>
    PreviousYear,

    /// <summary>A key figure's value the year before, e.g. "2014 : 56,8 %" ({year}, {value}).</summary>
    PreviousYearValue,

    /// <summary>Qualification.</summary>
    Qualification,

    /// <summary>Several rejected rows ({count}).</summary>
    RejectedRowCountMany,

    /// <summary>One rejected row ({count}).</summary>
    RejectedRowCountOne,

    /// <summary>The rejected rows heading.</summary>
    RejectedRows,

    /// <summary>Residence area.</summary>
    ResidenceArea,

    /// <summary>Salaried people.</summary>
    Salaried,

    /// <summary>Salaried accompanied people.</summary>
    SalariedAccompanied,

    /// <summary>The salary table.</summary>
    SalaryByUnit,

    /// <summary>The chart of salary hours by unit.</summary>
    SalaryHoursByUnitChart,

    /// <summary>"Scenario" (the what-if page).</summary>
    Scenario,

    /// <summary>The contributions section's heading.</summary>
    SectionContributions,

    /// <summary>The path durations section's heading.</summary>
    SectionDurations,

    /// <summary>The exits section's heading.</summary>
    SectionExits,

    /// <summary>The flows section's heading.</summary>
    SectionFlows,

    /// <summary>The change over one year section's heading.</summary>
    SectionGrowth,

    /// <summary>The heading of tables no section claims.</summary>
    SectionOther,

    /// <summary>The salary hours section's heading.</summary>
    SectionSalary,

    /// <summary>The turnover section's heading.</summary>
    SectionTurnover,

    /// <summary>The typology section's heading.</summary>
    SectionTypology,

    /// <summary>Self-financing of the support structure.</summary>
    SelfFinancing,

    /// <summary>Status at entry.</summary>
    StatusAtEntry,

    /// <summary>The column of row labels of a table by structure.</summary>
    Structure,

    /// <summary>The line under the report's title.</summary>
    Subtitle,

    /// <summary>The report's title for a year ({year}).</summary>
    Title,

    /// <summary>"Total".</summary>
    Total,

    /// <summary>Accompanied turnover.</summary>
    TurnoverAccompanied,

    /// <summary>Associates' turnover.</summary>
    TurnoverAssociates,

    /// <summary>The average per associate by structure table.</summary>
    TurnoverByStructure,

    /// <summary>The turnover table.</summary>
    TurnoverByUnit,

    /// <summary>The chart of turnover by unit, associates and accompanied stacked.</summary>
    TurnoverByUnitChart,

    /// <summary>The turnover comparison table.</summary>
    TurnoverComparison,

    /// <summary>Total turnover.</summary>
    TurnoverTotal,

    /// <summary>The typology table of women.</summary>
    Typology,

    /// <summary>The line before the titles of the tables a what-if leaves unchanged.</summary>
    UnchangedTables,

    /// <summary>The column of row labels of a table by reporting unit.</summary>
    Unit,

    /// <summary>An empty typology value.</summary>
    UnknownValue,

    /// <summary>The column of a figure.</summary>
    Value,

    /// <summary>The line under the what-if page's title.</summary>
    WhatIfSubtitle,

    /// <summary>The what-if page's title ({scenario}, {year}).</summary>
    WhatIfTitle,

    /// <summary>Share of women.</summary>
    WomenShare,

    /// <summary>Key figure: accompanied people.</summary>
    KeyAccompanied,

    /// <summary>Key figure: present on 31 December.</summary>
    KeyPresentEnd,

    /// <summary>Key figure: exits.</summary>
    KeyExits,

    /// <summary>Key figure: exits as associate.</summary>
    KeyExitsAssociate,

    /// <summary>Key figure: the positive exit rate.</summary>
    KeyPositiveRate,

    /// <summary>Key figure: the perennial exit rate.</summary>
    KeyPerennialRate,

    /// <summary>Key figure: the average path duration.</summary>
    KeyAverageDuration,

    /// <summary>Key figure: the associates' average path duration.</summary>
    KeyAssociatesDuration,

    /// <summary>Key figure: the associates' turnover.</summary>
    KeyTurnoverAssociates,

    /// <summary>Key figure: the accompanied people's turnover.</summary>
    KeyTurnoverAccompanied,

    /// <summary>Key figure: salaried accompanied people.</summary>
    KeySalaried,

    /// <summary>Key figure: salary hours.</summary>
    KeyHours,

    /// <summary>Key figure: full-time equivalents.</summary>
    KeyFte,

    /// <summary>Key figure: contributions.</summary>
    KeyContributions,

    /// <summary>Key figure: the self-financing rate.</summary>
    KeySelfFinancing,

    /// <summary>People supported past the support limit on 31 December.</summary>
    PastSupportLimit,

    /// <summary>The what-if Markdown's title ({scenario}, {year}).</summary>
    WhatIfHeading,

    /// <summary>The scenario file's line ({file}).</summary>
    ScenarioFile,

    /// <summary>How baseline and scenario are modelled.</summary>
    WhatIfMethod,

    /// <summary>The heading of the admissions as associate that move.</summary>
    AdmissionsThatMove,

    /// <summary>The column of a person.</summary>
    Person,

    /// <summary>The column of an application date.</summary>
    Application,

    /// <summary>The column of months earlier.</summary>
    MonthsEarlier,

    /// <summary>The heading of every figure that changes.</summary>
    EveryFigureThatChanges,

    /// <summary>No figure changes.</summary>
    NoFigureChanges,

    /// <summary>The sweep Markdown's title ({year}).</summary>
    SweepHeading,

    /// <summary>A sweep over the baseline policy.</summary>
    OverBaseline,

    /// <summary>A sweep over a scenario ({scenario}).</summary>
    OverScenario,

    /// <summary>How many scenarios a sweep holds ({count}).</summary>
    SweepRuns,

    /// <summary>The text after a difference of rates, in percentage points.</summary>
    RatePointsSuffix,

    /// <summary>The sheet of admissions that move (a workbook's sheet name).</summary>
    AdmissionChanges,

    /// <summary>A trend's title ({from}, {to}).</summary>
    TrendTitle,

    /// <summary>The line under a trend page's title.</summary>
    TrendSubtitle,

    /// <summary>The axis of years.</summary>
    Year,

    /// <summary>The heading of the information sessions' section.</summary>
    InfoSessionsSection,

    /// <summary>The information sessions of the year (a row, a table's title).</summary>
    InfoSessions,

    /// <summary>Information sessions held in the cooperative's own premises.</summary>
    HeldInOwnPremises,

    /// <summary>Information sessions held at a partner's.</summary>
    HeldAtPartners,

    /// <summary>The table of information sessions by place.</summary>
    SessionsByPlace,

    /// <summary>The column of places.</summary>
    Place,

    /// <summary>The column of session counts.</summary>
    Sessions,

    /// <summary>People received at the information sessions.</summary>
    Attendees,

    /// <summary>The table and chart of attendees by prescriber and establishment.</summary>
    AttendeesByPrescriber,

    /// <summary>Attendees who joined.</summary>
    Joined,

    /// <summary>Joined / attendees.</summary>
    JoiningRate,

    /// <summary>The workshops table's title.</summary>
    Workshops,

    /// <summary>The column of workshop counts.</summary>
    WorkshopCount,

    /// <summary>Project-group sessions.</summary>
    ProjectGroups,

    /// <summary>The total turnover (a key figure).</summary>
    KeyTurnoverTotal,

    /// <summary>The section of the report additions' tables (origin, activities under other structures, turnover by year of support).</summary>
    SectionAdditions,

    /// <summary>The origin table of one establishment's accompanied people ({establishment}).</summary>
    OriginByEstablishment,

    /// <summary>The table of accompanied people with an activity under each structure.</summary>
    PeopleWithActivityByStructure,

    /// <summary>The column of a number of entrepreneurs.</summary>
    Entrepreneurs,

    /// <summary>The table of turnover by year of support.</summary>
    TurnoverBySupportYear,

    /// <summary>The column of the year of support.</summary>
    SupportYear,

    /// <summary>The column of months of activity.</summary>
    MonthsOfActivity,

    /// <summary>The column of a turnover in euros.</summary>
    TurnoverEuros,

    /// <summary>The column of an annualised average in euros.</summary>
    AnnualisedAverage,

    /// <summary>The first year of support.</summary>
    SupportYearFirst,

    /// <summary>The second year of support.</summary>
    SupportYearSecond,

    /// <summary>The third year of support.</summary>
    SupportYearThird,

    /// <summary>A later year of support ({k}).</summary>
    SupportYearNth,

    /// <summary>A forecast's title ({year}).</summary>
    ForecastTitle,

    /// <summary>The line under a forecast page's title.</summary>
    ForecastSubtitle,

    /// <summary>A backtest's title ({year}).</summary>
    BacktestTitle,

    /// <summary>A backtest's projected row ({name}).</summary>
    BacktestProjected,

    /// <summary>A backtest's actual row ({name}).</summary>
    BacktestActual,

    /// <summary>A backtest's error row ({name}).</summary>
    BacktestError,

    /// <summary>The heading of a forecast's assumptions.</summary>
    Assumptions,

    /// <summary>The table of a forecast's projected money.</summary>
    ForecastMoney,

    /// <summary>The projected turnover.</summary>
    ProjectedTurnover,

    /// <summary>The projected contributions.</summary>
    ProjectedContributions,

    /// <summary>The projected self-financing rate.</summary>
    ProjectedSelfFinancing,

    /// <summary>The support budget.</summary>
    SupportBudget,

    /// <summary>A line of projected money ({label}, {value}).</summary>
    ForecastMoneyLine,

    /// <summary>The line of the projected self-financing rate ({label}, {value}, {budget}).</summary>
    ForecastSelfFinancingLine,
}
