using System;
using System.Collections.Generic;
using System.Linq;
using Cae.Domain.Sessions;
using Cae.Rules.Indicators;

namespace Cae.Rules.Sessions;

/// <summary>
/// The <c>info_sessions</c> section of the report (data contract §3'): the information sessions of year Y, where they
/// were held, who came, who sent them, and the candidate funnel (how many joined).
/// </summary>
/// <remarks>
/// <para>Sessions are the rows of kind <see cref="SessionKind.InfoSession"/> dated in Y; one held at a partner counts
/// under <see cref="HeldAtPartners"/>, any other under <see cref="HeldInOwnPremises"/>; a place's name is its
/// <c>place</c>, or the establishment's name when empty. Without sessions.csv these counts are <c>null</c>.</para>
/// <para>Attendees are the candidates of sessions dated in Y when candidates.csv is given, else the sum of the
/// <c>attendees</c> column of the information sessions of Y (an empty cell counts 0). Prescribers are the candidates'
/// (empty under <c>unknown</c>); without candidates.csv nobody's prescriber is known and <see cref="Joined"/> is
/// <c>null</c>. Rates are rounded as <see cref="ReportRounding.Rate"/> does. Immutable; equal when their trees are.</para>
/// </remarks>
public sealed class InfoSessionsSection : IEquatable<InfoSessionsSection>
{
    /// <summary>Creates the section from its figures (as read back from a report).</summary>
    /// <param name="sessions">Information sessions of Y, or <c>null</c> without sessions.csv.</param>
    /// <param name="heldInOwnPremises">Of which in the CAE's own premises.</param>
    /// <param name="heldAtPartners">Of which at a partner.</param>
    /// <param name="sessionsByPlace">Sessions by place name.</param>
    /// <param name="attendees">People received in Y.</param>
    /// <param name="attendeesByEstablishment">By establishment.</param>
    /// <param name="attendeesByPrescriber">By establishment, then prescriber.</param>
    /// <param name="joined">Attendees of Y who joined, or <c>null</c> without candidates.csv.</param>
    /// <param name="joiningRate">joined / attendees.</param>
    /// <param name="joiningRateByPrescriber">The same by prescriber, all establishments together.</param>
    /// <param name="previousYear">Y − 1's sessions and attendees, or <c>null</c> when the data does not cover Y − 1.</param>
    /// <exception cref="ArgumentNullException">A table is <c>null</c>.</exception>
    public InfoSessionsSection(
        long? sessions,
        long? heldInOwnPremises,
        long? heldAtPartners,
        IReadOnlyDictionary<string, long> sessionsByPlace,
        long attendees,
        IReadOnlyDictionary<string, long> attendeesByEstablishment,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, long>> attendeesByPrescriber,
        long? joined,
        decimal? joiningRate,
        IReadOnlyDictionary<string, decimal?> joiningRateByPrescriber,
        InfoSessionsPreviousYear? previousYear)
    {
        Sessions = sessions;
        HeldInOwnPremises = heldInOwnPremises;
        HeldAtPartners = heldAtPartners;
        SessionsByPlace = Sorted(sessionsByPlace ?? throw new ArgumentNullException(nameof(sessionsByPlace)));
        Attendees = attendees;
        AttendeesByEstablishment = Sorted(attendeesByEstablishment ?? throw new ArgumentNullException(nameof(attendeesByEstablishment)));
        AttendeesByPrescriber = (attendeesByPrescriber ?? throw new ArgumentNullException(nameof(attendeesByPrescriber)))
            .OrderBy(e => e.Key, StringComparer.Ordinal)
            .ToDictionary(e => e.Key, e => (IReadOnlyDictionary<string, long>)Sorted(e.Value), StringComparer.Ordinal);
        Joined = joined;
        JoiningRate = joiningRate;
        JoiningRateByPrescriber = new SortedDictionary<string, decimal?>(
            (joiningRateByPrescriber ?? throw new ArgumentNullException(nameof(joiningRateByPrescriber))).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal),
            StringComparer.Ordinal);
        PreviousYear = previousYear;
    }

    /// <summary>Information sessions of Y; <c>null</c> without sessions.csv.</summary>
    public long? Sessions { get; }

    /// <summary>Of which held in the CAE's own premises (no partner); <c>null</c> without sessions.csv.</summary>
    public long? HeldInOwnPremises { get; }

    /// <summary>Of which held at a partner; <c>null</c> without sessions.csv.</summary>
    public long? HeldAtPartners { get; }

    /// <summary>Sessions by place name (ordinal order).</summary>
    public IReadOnlyDictionary<string, long> SessionsByPlace { get; }

    /// <summary>People received at the information sessions of Y.</summary>
    public long Attendees { get; }

    /// <summary>Attendees by establishment.</summary>
    public IReadOnlyDictionary<string, long> AttendeesByEstablishment { get; }

    /// <summary>Attendees by establishment, then prescriber (<c>unknown</c> when empty); empty without candidates.csv.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, long>> AttendeesByPrescriber { get; }

    /// <summary>Attendees of Y with an <c>entrepreneur_id</c>; <c>null</c> without candidates.csv.</summary>
    public long? Joined { get; }

    /// <summary>Joined / attendees; <c>null</c> without candidates or attendees.</summary>
    public decimal? JoiningRate { get; }

    /// <summary>Joined / attendees by prescriber, all establishments together.</summary>
    public IReadOnlyDictionary<string, decimal?> JoiningRateByPrescriber { get; }

    /// <summary>The sessions and attendees of Y − 1, when the data covers it.</summary>
    public InfoSessionsPreviousYear? PreviousYear { get; }

    /// <summary>Computes the section for year <paramref name="year"/>.</summary>
    /// <param name="data">The sessions and candidates.</param>
    /// <param name="year">The year.</param>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is <c>null</c>.</exception>
    public static InfoSessionsSection Compute(SessionDataset data, int year)
    {
        if (data is null)
        {
            throw new ArgumentNullException(nameof(data));
        }

        var info = data.Sessions.Where(s => s.Kind == SessionKind.InfoSession && s.Date.Year == year).ToArray();
        var byPlace = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var s in info)
        {
            Add(byPlace, s.PlaceName, 1);
        }

        var byEstablishment = new SortedDictionary<string, long>(StringComparer.Ordinal);
        var byPrescriber = new SortedDictionary<string, IReadOnlyDictionary<string, long>>(StringComparer.Ordinal);
        var rateByPrescriber = new SortedDictionary<string, decimal?>(StringComparer.Ordinal);
        long attendees;
        long? joined = null;
        if (data.HasCandidates)
        {
            var candidates = data.Candidates.Where(c => c.SessionDate.Year == year).ToArray();
            attendees = candidates.Length;
            joined = candidates.Count(c => c.Joined);
            foreach (var c in candidates)
            {
                Add(byEstablishment, c.Establishment.Name, 1);
            }

            foreach (var e in candidates.GroupBy(c => c.Establishment.Name, StringComparer.Ordinal))
            {
                var table = new SortedDictionary<string, long>(StringComparer.Ordinal);
                foreach (var c in e)
                {
                    Add(table, PrescriberOf(c), 1);
                }

                byPrescriber[e.Key] = table;
            }

            foreach (var p in candidates.GroupBy(PrescriberOf, StringComparer.Ordinal))
            {
                rateByPrescriber[p.Key] = ReportRounding.Rate(p.Count(c => c.Joined), p.Count());
            }
        }
        else
        {
            attendees = 0;
            foreach (var s in info)
            {
                Add(byEstablishment, s.Establishment.Name, s.Attendees ?? 0);
                attendees = checked(attendees + (s.Attendees ?? 0));
            }
        }

        InfoSessionsPreviousYear? previous = null;
        if (data.Covers(year - 1))
        {
            long? previousSessions = data.HasSessions ? data.Sessions.LongCount(s => s.Kind == SessionKind.InfoSession && s.Date.Year == year - 1) : null;
            var previousAttendees = data.HasCandidates
                ? data.Candidates.LongCount(c => c.SessionDate.Year == year - 1)
                : data.Sessions.Where(s => s.Kind == SessionKind.InfoSession && s.Date.Year == year - 1).Sum(s => (long)(s.Attendees ?? 0));
            previous = new InfoSessionsPreviousYear(previousSessions, previousAttendees);
        }

        long? sessions = data.HasSessions ? info.Length : null;
        long? atPartners = data.HasSessions ? info.LongCount(s => s.AtPartner) : null;
        return new InfoSessionsSection(
            sessions,
            sessions - atPartners,
            atPartners,
            byPlace,
            attendees,
            byEstablishment,
            byPrescriber,
            joined,
            joined is { } j ? ReportRounding.Rate(j, attendees) : null,
            rateByPrescriber,
            previous);
    }

    /// <summary>The section as the report's tree, with the contract's names.</summary>
    public ReportTree ToTree()
    {
        var children = new List<KeyValuePair<string, ReportNode>>
        {
            SessionTree.Node("sessions", SessionTree.Count(Sessions)),
            SessionTree.Node("held_in_own_premises", SessionTree.Count(HeldInOwnPremises)),
            SessionTree.Node("held_at_partners", SessionTree.Count(HeldAtPartners)),
            SessionTree.Node("sessions_by_place", SessionTree.Counts(SessionsByPlace)),
            SessionTree.Node("attendees", SessionTree.Count(Attendees)),
            SessionTree.Node("attendees_by_establishment", SessionTree.Counts(AttendeesByEstablishment)),
            SessionTree.Node("attendees_by_prescriber", new ReportTree(AttendeesByPrescriber.Select(e => SessionTree.Node(e.Key, SessionTree.Counts(e.Value))))),
            SessionTree.Node("joined", SessionTree.Count(Joined)),
            SessionTree.Node("joining_rate", new ReportNumber(JoiningRate, ReportValueKind.Rate)),
            SessionTree.Node("joining_rate_by_prescriber", new ReportTree(JoiningRateByPrescriber.Select(p => SessionTree.Node(p.Key, new ReportNumber(p.Value, ReportValueKind.Rate))))),
        };
        if (PreviousYear is { } previous)
        {
            children.Add(SessionTree.Node("previous_year", new ReportTree(new[]
            {
                SessionTree.Node("sessions", SessionTree.Count(previous.Sessions)),
                SessionTree.Node("attendees", SessionTree.Count(previous.Attendees)),
            })));
        }

        return new ReportTree(children);
    }

    /// <inheritdoc/>
    public bool Equals(InfoSessionsSection? other) => other is not null && ToTree().Equals(other.ToTree());

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as InfoSessionsSection);

    /// <inheritdoc/>
    public override int GetHashCode() => Attendees.GetHashCode();

    private static string PrescriberOf(Candidate c) => c.Prescriber ?? TypologySection.Unknown;

    private static void Add(IDictionary<string, long> table, string key, long count) =>
        table[key] = checked((table.TryGetValue(key, out var c) ? c : 0) + count);

    private static SortedDictionary<string, long> Sorted(IReadOnlyDictionary<string, long> table) =>
        new(table.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal), StringComparer.Ordinal);
}
