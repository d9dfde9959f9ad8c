using System;
using System.IO;
using Cae.Cli.Infrastructure;
using Cae.Domain.Policy;
using Cae.IO;
using Cae.Rules.Indicators;

namespace Cae.Cli.Commands;

/// <summary>
/// The contract's input files of a command (or the bundled sample without <c>--paths</c> and <c>--activity</c>),
/// loaded, with their warnings and rejected rows written to stderr as <c>file:line: column: reason</c>.
/// </summary>
internal sealed class ContractInput
{
    private ContractInput(LoadResult loaded, CaePolicy policy, InputSummary summary, string[] files)
    {
        Loaded = loaded;
        Policy = policy;
        Summary = summary;
        Files = files;
    }

    public LoadResult Loaded { get; }

    public CaePolicy Policy { get; }

    /// <summary>What was read and rejected.</summary>
    public InputSummary Summary { get; }

    /// <summary>The files read (for <c>--out</c>, which must not name one of them).</summary>
    public string[] Files { get; }

    public bool HasRejections => Summary.RejectedRows.Count > 0;

    /// <exception cref="UsageException">Only one of <c>--paths</c> and <c>--activity</c> is given.</exception>
    public static ContractInput Load(CliContext context, string? pathsFile, string? activityFile, string? policyFile)
    {
        if ((pathsFile is null) != (activityFile is null))
        {
            throw new UsageException("cae: --paths and --activity go together (without both, the command runs on the bundled sample).");
        }

        if (pathsFile is null)
        {
            var sample = Path.Combine(AppContext.BaseDirectory, ReportCommand.SampleFolder);
            pathsFile = Path.Combine(sample, "paths.csv");
            activityFile = Path.Combine(sample, "activity.csv");
            policyFile ??= Path.Combine(sample, "policy.json");
        }

        var filePolicy = policyFile is null ? null : PolicyJson.Read(policyFile);
        using var progress = PhaseProgress.For(context.Error);
        progress.Reading(pathsFile, activityFile!);
        var loaded = ContractCsv.Load(pathsFile, activityFile!, filePolicy);
        progress.Clear();
        foreach (var warning in loaded.Warnings)
        {
            context.Error.WriteLine(warning.ToString());
        }

        var rejected = new string[loaded.RejectedRows.Count];
        for (var i = 0; i < rejected.Length; i++)
        {
            rejected[i] = loaded.RejectedRows[i].ToString();
            context.Error.WriteLine(rejected[i]);
        }

        var summary = new InputSummary(loaded.PathsRead, loaded.PathsAccepted, loaded.ActivityRead, loaded.ActivityAccepted, rejected);
        var files = policyFile is null ? new[] { pathsFile, activityFile! } : new[] { pathsFile, activityFile!, policyFile };
        return new ContractInput(loaded, filePolicy ?? CaePolicy.Default, summary, files);
    }
}
