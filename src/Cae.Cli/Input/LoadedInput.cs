using System.Collections.Generic;
using System.Linq;
using Cae.Domain.Policy;
using Cae.IO;
using Cae.Rules.Indicators;

namespace Cae.Cli.Input;

/// <summary>The loaded input of a command: its files, the policy file's policy (if any) and the rows read.</summary>
/// <param name="Files">The files.</param>
/// <param name="FilePolicy">The policy of the policy file, or <c>null</c> without one.</param>
/// <param name="Load">The rows read, accepted and rejected.</param>
internal sealed record LoadedInput(InputFiles Files, CaePolicy? FilePolicy, LoadResult Load)
{
    /// <summary>The policy: the file's, or the network defaults.</summary>
    public CaePolicy Policy => FilePolicy ?? CaePolicy.Default;

    /// <summary>The rejected rows, as <c>file:line: column: reason</c>.</summary>
    public IReadOnlyList<string> Rejected => Load.Rejections.Concat(Sessions.Rejections).Select(r => r.ToString()).ToArray();

    /// <summary>The rows of sessions.csv and candidates.csv (none when not given).</summary>
    public SessionLoadResult Sessions { get; init; } = SessionLoadResult.None;

    /// <summary>Whether rows were rejected (exit code 1).</summary>
    public bool HasRejections => Rejected.Count > 0;

    /// <summary>The input section of the report.</summary>
    public InputSummary Summary => new(Load.PathsRead, Load.PathsAccepted, Load.ActivityRead, Load.ActivityAccepted, Rejected);
}
