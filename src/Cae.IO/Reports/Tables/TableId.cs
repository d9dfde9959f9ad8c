namespace Cae.IO.Reports.Tables;

/// <summary>The stable identity of a table of the report for people, whatever its title's language.</summary>
public enum TableId
{
    /// <summary>Flows (present on 1 January, entries, accompanied, exits, present on 31 December) by establishment.</summary>
    FlowsByEstablishment,

    /// <summary>Flows by structure.</summary>
    FlowsByStructure,

    /// <summary>Accompanied people, establishment × structure.</summary>
    AccompaniedByEstablishmentAndStructure,

    /// <summary>Exits by category, by establishment.</summary>
    ExitsByEstablishment,

    /// <summary>Exits by category, by structure.</summary>
    ExitsByStructure,

    /// <summary>Positive and perennial exits and their rates.</summary>
    Outcomes,

    /// <summary>Average path duration by exit category.</summary>
    Durations,

    /// <summary>Turnover by reporting unit.</summary>
    TurnoverByUnit,

    /// <summary>Associates' turnover by structure.</summary>
    TurnoverByStructure,

    /// <summary>Turnover against the year before.</summary>
    TurnoverComparison,

    /// <summary>Salaried people, hours and FTE by reporting unit.</summary>
    SalaryByUnit,

    /// <summary>Contributions, establishment × structure.</summary>
    ContributionsByStructureAndEstablishment,

    /// <summary>Contributions against the year before.</summary>
    ContributionsComparison,

    /// <summary>The share of women.</summary>
    Typology,

    /// <summary>People by qualification.</summary>
    Qualification,

    /// <summary>People by status at entry.</summary>
    StatusAtEntry,

    /// <summary>People by income at entry.</summary>
    IncomeAtEntry,

    /// <summary>People by prescriber.</summary>
    Prescriber,

    /// <summary>People by residence area.</summary>
    ResidenceArea,

    /// <summary>The input files' rows read and accepted.</summary>
    Input,

    /// <summary>The main figures against the year before, with their growth (the HTML page's growth section).</summary>
    Growth,

    /// <summary>The key figures of a what-if: baseline, scenario and delta.</summary>
    KeyFigures,

    /// <summary>Every figure of the report that a what-if changes: baseline, scenario and delta.</summary>
    Changes,

    /// <summary>A trend: indicators year by year.</summary>
    Trend,

    /// <summary>The runs of a what-if sweep: one row per combination of parameters.</summary>
    Sweep,

    /// <summary>Where the accompanied people of one establishment live, by structure (a report addition).</summary>
    OriginByEstablishment,

    /// <summary>The accompanied people with an activity under each structure (a report addition).</summary>
    PeopleWithActivityByStructure,

    /// <summary>The accompanied people's turnover by year of support (a report addition).</summary>
    TurnoverBySupportYear,

    /// <summary>The forecast of next year's flows by establishment.</summary>
    Forecast,

    /// <summary>A forecast beside the actual figures, with the errors.</summary>
    ForecastBacktest,

    /// <summary>The information sessions of the year: where they were held, who came, who joined (a report addition).</summary>
    InfoSessions,

    /// <summary>The information sessions by place (a report addition).</summary>
    SessionsByPlace,

    /// <summary>The attendees of the information sessions by prescriber and establishment, with the joining rates (a report addition).</summary>
    AttendeesByPrescriber,

    /// <summary>The workshops by establishment and the project groups (a report addition).</summary>
    Workshops,

    /// <summary>A forecast's projected money: turnover, contributions, support budget and self-financing.</summary>
    ForecastMoney,
}
