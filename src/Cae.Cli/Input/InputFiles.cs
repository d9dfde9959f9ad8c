using System.Linq;

namespace Cae.Cli.Input;

/// <summary>The input files of a command: the contract's two CSV files and the optional policy file.</summary>
/// <param name="Paths">paths.csv.</param>
/// <param name="Activity">activity.csv.</param>
/// <param name="Policy">policy.json, or <c>null</c> for the network defaults.</param>
/// <param name="Sessions">sessions.csv, or <c>null</c> for none.</param>
/// <param name="Candidates">candidates.csv, or <c>null</c> for none.</param>
internal sealed record InputFiles(string Paths, string Activity, string? Policy, string? Sessions = null, string? Candidates = null)
{
    /// <summary>Every file given, for <c>--out</c>, which must not name one of them.</summary>
    public string[] All => new[] { Paths, Activity, Policy, Sessions, Candidates }.Where(f => f is not null).Select(f => f!).ToArray();
}
