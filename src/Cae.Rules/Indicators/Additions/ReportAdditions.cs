using System;
using System.Collections.Generic;
using System.Linq;

namespace Cae.Rules.Indicators.Additions;

/// <summary>
/// The report sections of data contract §3' computed from the dataset in one small pass of their own, beside the
/// report engine: <c>typology.by_establishment_and_structure</c>, <c>people_with_activity_by_structure</c> and
/// <c>turnover.by_support_year</c>.
/// </summary>
/// <remarks>
/// The accompanied people of Y are those of <c>flows</c> (entered by 31 December Y, not exited before
/// 1 January Y). Support year k of an accompanied row of month m holds 12(k−1) ≤ completed months from the
/// entry date to the first day of m &lt; 12k (a row of the month of entry, before the entry day, is in year 1).
/// Immutable, with value equality. The sections are counters (people, person-months, cents): <see cref="Combine"/> adds
/// those of CAEs that share no person into those of their pooled data, and the averages follow from the added counters.
/// </remarks>
public sealed partial class ReportAdditions : IEquatable<ReportAdditions>
{
    /// <summary>The typology fields of the crosstab, in the contract's order.</summary>
    public static readonly IReadOnlyList<string> Fields = new[] { "residence_area", "qualification", "status_at_entry", "income_at_entry", "prescriber", "gender" };

    private static readonly int[] FieldColumn = { 4, 0, 1, 2, 3, -1 };

    private ReportAdditions(
        int year,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyDictionary<string, long>>>> crosstab,
        IReadOnlyDictionary<string, long> peopleWithActivity,
        IReadOnlyDictionary<int, SupportYearTurnover> bySupportYear)
    {
        Year = year;
        TypologyByEstablishmentAndStructure = crosstab;
        PeopleWithActivityByStructure = peopleWithActivity;
        TurnoverBySupportYear = bySupportYear;
    }

    private ReportAdditions(ReportAdditions other, Sessions.SessionSections? sessions)
        : this(other.Year, other.TypologyByEstablishmentAndStructure, other.PeopleWithActivityByStructure, other.TurnoverBySupportYear)
    {
        Sessions = sessions;
    }

    /// <summary>The year.</summary>
    public int Year { get; }

    /// <summary>The additions of no data for a year: the identity of <see cref="Combine"/>.</summary>
    /// <param name="year">The year.</param>
    public static ReportAdditions Empty(int year) => new(
        year,
        Fields.ToDictionary(f => f, _ => (IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyDictionary<string, long>>>)new SortedDictionary<string, IReadOnlyDictionary<string, IReadOnlyDictionary<string, long>>>(StringComparer.Ordinal), StringComparer.Ordinal),
        new SortedDictionary<string, long>(StringComparer.Ordinal),
        new SortedDictionary<int, SupportYearTurnover>());

    /// <summary>Counts of the accompanied people of Y by field, establishment, structure (the path's) and value (empty values under <c>unknown</c>; gender F, M or unknown).</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyDictionary<string, long>>>> TypologyByEstablishmentAndStructure { get; }

    /// <summary>Distinct accompanied people of Y with an activity row of a month of Y under each structure, whatever their main structure.</summary>
    public IReadOnlyDictionary<string, long> PeopleWithActivityByStructure { get; }

    /// <summary>The accompanied rows of the months of Y by support year (1, 2, 3, …).</summary>
    public IReadOnlyDictionary<int, SupportYearTurnover> TurnoverBySupportYear { get; }

    /// <summary>The sections of sessions.csv and candidates.csv (<c>info_sessions</c>, <c>workshops</c>), or <c>null</c> when neither file was given.</summary>
    public Sessions.SessionSections? Sessions { get; }

    /// <summary>These additions with the sections of sessions.csv and candidates.csv (<c>null</c> for none).</summary>
    /// <param name="sessions">The sections (<see cref="Sessions.SessionSections.Compute"/>).</param>
    public ReportAdditions WithSessions(Sessions.SessionSections? sessions) => new(this, sessions is null || sessions.IsEmpty ? null : sessions);

    /// <summary>These additions and another's added, count by count and sum by sum (the averages follow from the sums).</summary>
    /// <param name="other">The additions of the same year, of data that shares no person with these.</param>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentException">The years differ.</exception>
    /// <exception cref="OverflowException">A sum leaves the 64-bit range.</exception>
    public ReportAdditions Combine(ReportAdditions other)
    {
        if (other is null)
        {
            throw new ArgumentNullException(nameof(other));
        }

        if (other.Year != Year)
        {
            throw new ArgumentException($"Additions of {Year} and {other.Year} do not add: only those of the same year do.", nameof(other));
        }

        var crosstab = AdditionCounters.Add(TypologyByEstablishmentAndStructure, other.TypologyByEstablishmentAndStructure);
        return new ReportAdditions(Year, Fields.ToDictionary(f => f, f => crosstab[f], StringComparer.Ordinal), AdditionCounters.Add(PeopleWithActivityByStructure, other.PeopleWithActivityByStructure), AdditionCounters.Add(TurnoverBySupportYear, other.TurnoverBySupportYear));
    }

    /// <inheritdoc />
    public bool Equals(ReportAdditions? other) => other is not null && AdditionCounters.Same(this, other) && Equals(Sessions, other.Sessions);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ReportAdditions other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => (Year * 397) ^ PeopleWithActivityByStructure.Count ^ (TurnoverBySupportYear.Count << 8);

    /// <summary>Additions made of counters read back from a document (the library's file layer); the fields missing from <paramref name="crosstab"/> are empty.</summary>
    internal static ReportAdditions Create(
        int year,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyDictionary<string, long>>>> crosstab,
        IReadOnlyDictionary<string, long> peopleWithActivity,
        IReadOnlyDictionary<int, SupportYearTurnover> bySupportYear) =>
        Empty(year).Combine(new ReportAdditions(year, Fields.ToDictionary(f => f, f => crosstab.TryGetValue(f, out var t) ? t : Empty(year).TypologyByEstablishmentAndStructure[f], StringComparer.Ordinal), peopleWithActivity, bySupportYear));

    /// <summary>The report tree with these sections grafted in: <c>typology.by_establishment_and_structure</c>, <c>turnover.by_support_year</c> and <c>people_with_activity_by_structure</c>.</summary>
    /// <param name="report">The report's tree.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is <c>null</c>.</exception>
    public ReportTree GraftInto(ReportTree report)
    {
        if (report is null)
        {
            throw new ArgumentNullException(nameof(report));
        }

        var grafted = AdditionsTree.Graft(this, report);
        return Sessions is null ? grafted : Sessions.GraftInto(grafted);
    }
}
