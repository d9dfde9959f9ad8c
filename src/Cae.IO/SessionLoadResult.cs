using System.Collections.Generic;
using Cae.Rules.Sessions;

namespace Cae.IO;

/// <summary>
/// What <see cref="SessionsCsv"/> read: the sessions and candidates accepted, every rejected row with its reason, the
/// warnings, and the counts (every row read is either accepted or rejected).
/// </summary>
/// <remarks>Immutable.</remarks>
public sealed class SessionLoadResult
{
    internal SessionLoadResult(
        SessionDataset dataset,
        InputFile? sessionsFile,
        InputFile? candidatesFile,
        IReadOnlyList<RejectedRow> rejections,
        IReadOnlyList<InputWarning> warnings,
        int sessionsRead,
        int candidatesRead)
    {
        Dataset = dataset;
        SessionsFile = sessionsFile;
        CandidatesFile = candidatesFile;
        Rejections = rejections;
        Warnings = warnings;
        SessionsRead = sessionsRead;
        CandidatesRead = candidatesRead;
    }

    /// <summary>Nothing given.</summary>
    public static SessionLoadResult None { get; } = new(SessionDataset.None, null, null, new RejectedRow[0], new InputWarning[0], 0, 0);

    /// <summary>The accepted rows, for <see cref="SessionSections.Compute"/>.</summary>
    public SessionDataset Dataset { get; }

    /// <summary>sessions.csv: name, encoding and dialect; <c>null</c> when not given.</summary>
    public InputFile? SessionsFile { get; }

    /// <summary>candidates.csv: name, encoding and dialect; <c>null</c> when not given.</summary>
    public InputFile? CandidatesFile { get; }

    /// <summary>Every rejected row: sessions.csv's first, each file in line order.</summary>
    public IReadOnlyList<RejectedRow> Rejections { get; }

    /// <summary>Every warning (an unknown column, extra cells): sessions.csv's first.</summary>
    public IReadOnlyList<InputWarning> Warnings { get; }

    /// <summary>Data rows read from sessions.csv.</summary>
    public int SessionsRead { get; }

    /// <summary>Sessions accepted.</summary>
    public int SessionsAccepted => Dataset.Sessions.Count;

    /// <summary>Data rows read from candidates.csv.</summary>
    public int CandidatesRead { get; }

    /// <summary>Candidates accepted.</summary>
    public int CandidatesAccepted => Dataset.Candidates.Count;
}
