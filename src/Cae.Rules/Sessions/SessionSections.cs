using System;
using System.Linq;
using Cae.Rules.Indicators;

namespace Cae.Rules.Sessions;

/// <summary>
/// The report sections computed from sessions.csv and candidates.csv (data contract §3'): <c>info_sessions</c> when
/// either file is given, <c>workshops</c> when sessions.csv is.
/// </summary>
/// <remarks>Immutable; equal when both sections are.</remarks>
public sealed class SessionSections : IEquatable<SessionSections>
{
    /// <summary>Creates the sections.</summary>
    /// <param name="year">The year.</param>
    /// <param name="infoSessions">The information sessions, or <c>null</c> for none.</param>
    /// <param name="workshops">The workshops, or <c>null</c> for none.</param>
    public SessionSections(int year, InfoSessionsSection? infoSessions, WorkshopsSection? workshops)
    {
        Year = year;
        InfoSessions = infoSessions;
        Workshops = workshops;
    }

    /// <summary>The year.</summary>
    public int Year { get; }

    /// <summary><c>info_sessions</c>; <c>null</c> without sessions.csv and candidates.csv.</summary>
    public InfoSessionsSection? InfoSessions { get; }

    /// <summary><c>workshops</c>; <c>null</c> without sessions.csv.</summary>
    public WorkshopsSection? Workshops { get; }

    /// <summary>Whether there is nothing to show.</summary>
    public bool IsEmpty => InfoSessions is null && Workshops is null;

    /// <summary>Computes the sections of year <paramref name="year"/>.</summary>
    /// <param name="data">The sessions and candidates.</param>
    /// <param name="year">The year.</param>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is <c>null</c>.</exception>
    public static SessionSections Compute(SessionDataset data, int year)
    {
        if (data is null)
        {
            throw new ArgumentNullException(nameof(data));
        }

        return new SessionSections(
            year,
            data.Any ? InfoSessionsSection.Compute(data, year) : null,
            data.HasSessions ? WorkshopsSection.Compute(data, year) : null);
    }

    /// <summary>The report tree with <c>info_sessions</c> and <c>workshops</c> added at its end (replacing any already there).</summary>
    /// <param name="report">The report's tree.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is <c>null</c>.</exception>
    public ReportTree GraftInto(ReportTree report)
    {
        if (report is null)
        {
            throw new ArgumentNullException(nameof(report));
        }

        var children = report.Children.Where(c => c.Key != "info_sessions" && c.Key != "workshops").ToList();
        if (InfoSessions is not null)
        {
            children.Add(SessionTree.Node("info_sessions", InfoSessions.ToTree()));
        }

        if (Workshops is not null)
        {
            children.Add(SessionTree.Node("workshops", Workshops.ToTree()));
        }

        return new ReportTree(children);
    }

    /// <inheritdoc/>
    public bool Equals(SessionSections? other) =>
        other is not null && Year == other.Year && Equals(InfoSessions, other.InfoSessions) && Equals(Workshops, other.Workshops);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as SessionSections);

    /// <inheritdoc/>
    public override int GetHashCode() => Year;
}
