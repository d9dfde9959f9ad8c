using System.CommandLine;

namespace Cae.Cli.Input;

/// <summary>
/// The <c>--paths</c>, <c>--activity</c> and <c>--policy</c> options of the commands that compute from the data
/// (the bundled sample without <c>--paths</c> and <c>--activity</c>).
/// </summary>
internal sealed class DataOptions
{
    /// <summary>paths.csv.</summary>
    public Option<string?> Paths { get; } = new("--paths") { Description = "paths.csv: one row per support path (default: the bundled Coopilote 2015 sample)." };

    /// <summary>activity.csv.</summary>
    public Option<string?> Activity { get; } = new("--activity") { Description = "activity.csv: one row per person, month and structure." };

    /// <summary>policy.json.</summary>
    public Option<string?> Policy { get; } = new("--policy") { Description = "policy.json (default: the network defaults; the sample's own policy for the sample)." };

    /// <summary>The three options, to add to a command.</summary>
    public Option[] All => new Option[] { Paths, Activity, Policy };

    /// <summary>The files the options name, or the sample's.</summary>
    /// <param name="parse">The parsed command line.</param>
    /// <param name="command">The command's name, for the message.</param>
    /// <exception cref="Infrastructure.UsageException">Only one of --paths and --activity is given.</exception>
    public InputFiles Files(ParseResult parse, string command) =>
        InputResolver.Files(parse.GetValue(Paths), parse.GetValue(Activity), parse.GetValue(Policy), command);
}
