using System.Collections.Generic;

namespace Cae.IO.Sessions;

/// <summary>The column names of <c>sessions.csv</c> and <c>candidates.csv</c> (data contract §1'), and which are required.</summary>
internal static class SessionColumns
{
    public const string Date = "date";
    public const string Kind = "kind";
    public const string Establishment = "establishment";
    public const string Place = "place";
    public const string Partner = "partner";
    public const string Attendees = "attendees";
    public const string CandidateId = "candidate_id";
    public const string SessionDate = "session_date";
    public const string Prescriber = "prescriber";
    public const string EntrepreneurId = "entrepreneur_id";

    /// <summary>The columns of <c>sessions.csv</c>, in the contract's order.</summary>
    public static IReadOnlyList<string> Sessions { get; } = new[] { Date, Kind, Establishment, Place, Partner, Attendees };

    /// <summary>The required columns of <c>sessions.csv</c>.</summary>
    public static IReadOnlyList<string> SessionsRequired { get; } = new[] { Date, Kind, Establishment };

    /// <summary>The columns of <c>candidates.csv</c>, in the contract's order.</summary>
    public static IReadOnlyList<string> Candidates { get; } = new[] { CandidateId, SessionDate, Establishment, Prescriber, EntrepreneurId };

    /// <summary>The required columns of <c>candidates.csv</c>.</summary>
    public static IReadOnlyList<string> CandidatesRequired { get; } = new[] { CandidateId, SessionDate, Establishment };
}
