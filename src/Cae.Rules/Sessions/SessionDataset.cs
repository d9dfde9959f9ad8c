using System;
using System.Collections.Generic;
using System.Linq;
using Cae.Domain.Sessions;

namespace Cae.Rules.Sessions;

/// <summary>
/// The accepted rows of the optional <c>sessions.csv</c> and <c>candidates.csv</c> (data contract §1'), and which of
/// the two files were given: a file not given is not the same as a file without rows.
/// </summary>
/// <remarks>Immutable.</remarks>
public sealed class SessionDataset
{
    /// <summary>Creates the data set.</summary>
    /// <param name="sessions">The sessions, or <c>null</c> when sessions.csv was not given.</param>
    /// <param name="candidates">The candidates, or <c>null</c> when candidates.csv was not given.</param>
    public SessionDataset(IEnumerable<CollectiveSession>? sessions, IEnumerable<Candidate>? candidates)
    {
        HasSessions = sessions is not null;
        HasCandidates = candidates is not null;
        Sessions = sessions?.ToArray() ?? Array.Empty<CollectiveSession>();
        Candidates = candidates?.ToArray() ?? Array.Empty<Candidate>();
    }

    /// <summary>No file given.</summary>
    public static SessionDataset None { get; } = new(null, null);

    /// <summary>Whether sessions.csv was given.</summary>
    public bool HasSessions { get; }

    /// <summary>Whether candidates.csv was given.</summary>
    public bool HasCandidates { get; }

    /// <summary>Whether either file was given (then the report has <c>info_sessions</c>).</summary>
    public bool Any => HasSessions || HasCandidates;

    /// <summary>The sessions, in file order (empty without the file).</summary>
    public IReadOnlyList<CollectiveSession> Sessions { get; }

    /// <summary>The candidates, in file order (empty without the file).</summary>
    public IReadOnlyList<Candidate> Candidates { get; }

    /// <summary>Whether the rows cover year <paramref name="year"/>: a session or a candidate's session falls in it.</summary>
    /// <param name="year">The year.</param>
    public bool Covers(int year) => Sessions.Any(s => s.Date.Year == year) || Candidates.Any(c => c.SessionDate.Year == year);
}
