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
    private ReportDiagnostics? diagnostics;

    /// <summary>The policy: the file's, or the network defaults.</summary>
    public CaePolicy Policy => FilePolicy ?? CaePolicy.Default;

    /// <summary>The rows of sessions.csv and candidates.csv (none when not given).</summary>
    public SessionLoadResult Sessions { get; init; } = SessionLoadResult.None;

    /// <summary>
    /// The diagnostics the writers take beside the report: the rejected rows of every file and the warnings, those of
    /// the admission rule checked against a policy file's assembly calendar only (the network default has none).
    /// </summary>
    public ReportDiagnostics Diagnostics => diagnostics ??= ReportDiagnostics.From(Load, Sessions, FilePolicy);

    /// <summary>Whether rows were rejected (exit code 1).</summary>
    public bool HasRejections => Diagnostics.HasRejections;

    /// <summary>The input section of the report: the counts of rows read and accepted.</summary>
    public InputSummary Summary => new(Load.PathsRead, Load.PathsAccepted, Load.ActivityRead, Load.ActivityAccepted);
}
