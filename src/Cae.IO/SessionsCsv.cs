using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Cae.IO.Csv;
using Cae.IO.Sessions;
using Cae.Rules.Sessions;

namespace Cae.IO;

/// <summary>
/// Loads the optional <c>sessions.csv</c> and <c>candidates.csv</c> (data contract §1') with the rules of the other
/// files: both dialects and both encodings without options, columns by name, and every data row either accepted or
/// rejected with <c>file:line: column: reason</c>.
/// </summary>
/// <remarks>
/// Beside the rejections every file has (a missing required value, a date that does not parse or lies outside
/// 1900..2100, a row cut short, a byte that is not valid UTF-8, …), a row of sessions.csv is rejected for an unknown
/// <c>kind</c> or an <c>attendees</c> cell that is not a whole number of people, and a row of candidates.csv for a
/// <c>candidate_id</c> that repeats an earlier accepted row (the first is kept) or an <c>entrepreneur_id</c> that is
/// not among the accepted rows of paths.csv.
/// </remarks>
public static class SessionsCsv
{
    /// <summary>Loads the files from disk, either of which may be absent.</summary>
    /// <param name="sessionsFile">sessions.csv as given on the command line, or <c>null</c> when not given.</param>
    /// <param name="candidatesFile">candidates.csv as given on the command line, or <c>null</c> when not given.</param>
    /// <param name="paths">The load of paths.csv and activity.csv: candidates who joined must name one of its paths.</param>
    /// <exception cref="ArgumentNullException"><paramref name="paths"/> is <c>null</c>.</exception>
    /// <exception cref="InputException">A file is missing or unreadable, or its header lacks a required column.</exception>
    public static SessionLoadResult Load(string? sessionsFile, string? candidatesFile, LoadResult paths)
    {
        Guard.NotNull(paths, nameof(paths));
        using var sessions = sessionsFile is null ? null : Open(sessionsFile);
        using var candidates = candidatesFile is null ? null : Open(candidatesFile);
        return Load(sessions, sessionsFile, candidates, candidatesFile, paths);
    }

    /// <summary>Loads the files from streams (read to their end, not closed), either of which may be absent.</summary>
    /// <param name="sessions">sessions.csv's bytes, or <c>null</c>.</param>
    /// <param name="sessionsName">The name sessions.csv goes by in messages (required with <paramref name="sessions"/>).</param>
    /// <param name="candidates">candidates.csv's bytes, or <c>null</c>.</param>
    /// <param name="candidatesName">The name candidates.csv goes by in messages (required with <paramref name="candidates"/>).</param>
    /// <param name="paths">The load of paths.csv and activity.csv.</param>
    /// <exception cref="ArgumentNullException"><paramref name="paths"/> is null, or a stream is given without its name.</exception>
    /// <exception cref="InputException">A stream cannot be read, or a header lacks a required column.</exception>
    public static SessionLoadResult Load(Stream? sessions, string? sessionsName, Stream? candidates, string? candidatesName, LoadResult paths)
    {
        Guard.NotNull(paths, nameof(paths));
        if (sessions is not null)
        {
            Guard.NotNull(sessionsName, nameof(sessionsName));
        }

        if (candidates is not null)
        {
            Guard.NotNull(candidatesName, nameof(candidatesName));
        }

        var sessionsDiagnostics = new LoadDiagnostics();
        var candidatesDiagnostics = new LoadDiagnostics();
        SessionsLoad? sessionsLoad = null;
        InputFile? sessionsInput = null;
        if (sessions is not null)
        {
            sessionsLoad = new SessionsLoad(sessionsName!, sessionsDiagnostics);
            sessionsInput = Run(sessionsLoad, sessions);
        }

        CandidatesLoad? candidatesLoad = null;
        InputFile? candidatesInput = null;
        if (candidates is not null)
        {
            var people = new HashSet<string>(paths.Dataset.PersonId, StringComparer.Ordinal);
            candidatesLoad = new CandidatesLoad(candidatesName!, candidatesDiagnostics, people);
            candidatesInput = Run(candidatesLoad, candidates);
        }

        var dataset = new SessionDataset(sessionsLoad?.Accepted, candidatesLoad?.Accepted);
        return new SessionLoadResult(
            dataset,
            sessionsInput,
            candidatesInput,
            sessionsDiagnostics.Rejected.Concat(candidatesDiagnostics.Rejected).ToArray(),
            sessionsDiagnostics.Warnings.Concat(candidatesDiagnostics.Warnings).ToArray(),
            sessionsLoad?.Read ?? 0,
            candidatesLoad?.Read ?? 0);
    }

    private static InputFile Run(FileLoad load, Stream stream) => ContractCsv.Run(load, stream, FileLoad.DefaultBufferSize);

    private static FileStream Open(string file) => ContractCsv.Open(file);
}
