namespace Cae.Cli.Input;

/// <summary>The input files of a command: the contract's two CSV files and the optional policy file.</summary>
/// <param name="Paths">paths.csv.</param>
/// <param name="Activity">activity.csv.</param>
/// <param name="Policy">policy.json, or <c>null</c> for the network defaults.</param>
internal sealed record InputFiles(string Paths, string Activity, string? Policy)
{
    /// <summary>Every file given, for <c>--out</c>, which must not name one of them.</summary>
    public string[] All => Policy is null ? new[] { Paths, Activity } : new[] { Paths, Activity, Policy };
}
