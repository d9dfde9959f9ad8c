using System;
using System.IO;
using Cae.Cli.Infrastructure;
using Cae.IO;

namespace Cae.Cli.Input;

/// <summary>
/// The input of the commands that compute reports (report, whatif, check, and the ones to come): which files
/// (the bundled Coopilote 2015 sample without <c>--paths</c> and <c>--activity</c>), then the policy and the
/// rows, with every warning and rejected row on standard error.
/// </summary>
internal static class InputResolver
{
    /// <summary>The bundled sample's folder, relative to the tool's directory.</summary>
    public static readonly string SampleFolder = Path.Combine("samples", "coopilote-2015");

    /// <summary>The files of <c>--paths</c>, <c>--activity</c> and <c>--policy</c>, or the sample's.</summary>
    /// <param name="paths">--paths, or <c>null</c>.</param>
    /// <param name="activity">--activity, or <c>null</c>.</param>
    /// <param name="policy">--policy, or <c>null</c>.</param>
    /// <param name="command">The command's name, for the message.</param>
    /// <exception cref="UsageException">Only one of --paths and --activity is given.</exception>
    public static InputFiles Files(string? paths, string? activity, string? policy, string command)
    {
        if ((paths is null) != (activity is null))
        {
            throw new UsageException($"cae: --paths and --activity go together (without both, {command} runs on the bundled sample).");
        }

        if (paths is null)
        {
            var sample = Path.Combine(AppContext.BaseDirectory, SampleFolder);
            return new InputFiles(Path.Combine(sample, "paths.csv"), Path.Combine(sample, "activity.csv"), policy ?? Path.Combine(sample, "policy.json"));
        }

        return new InputFiles(paths, activity!, policy);
    }

    /// <summary>
    /// The files of <c>--paths</c>, <c>--activity</c>, <c>--policy</c>, <c>--sessions</c> and <c>--candidates</c>, or the
    /// sample's (with its sessions.csv and candidates.csv unless others are given).
    /// </summary>
    /// <param name="paths">--paths, or <c>null</c>.</param>
    /// <param name="activity">--activity, or <c>null</c>.</param>
    /// <param name="policy">--policy, or <c>null</c>.</param>
    /// <param name="sessions">--sessions, or <c>null</c>.</param>
    /// <param name="candidates">--candidates, or <c>null</c>.</param>
    /// <param name="command">The command's name, for the message.</param>
    /// <exception cref="UsageException">Only one of --paths and --activity is given.</exception>
    public static InputFiles Files(string? paths, string? activity, string? policy, string? sessions, string? candidates, string command)
    {
        var files = Files(paths, activity, policy, command);
        if (paths is null && sessions is null && candidates is null)
        {
            var sample = Path.Combine(AppContext.BaseDirectory, SampleFolder);
            var sampleSessions = Path.Combine(sample, "sessions.csv");
            var sampleCandidates = Path.Combine(sample, "candidates.csv");
            return files with
            {
                Sessions = File.Exists(sampleSessions) ? sampleSessions : null,
                Candidates = File.Exists(sampleCandidates) ? sampleCandidates : null,
            };
        }

        return files with { Sessions = sessions, Candidates = candidates };
    }

    /// <summary>Reads the policy file and the rows.</summary>
    /// <param name="files">The files.</param>
    /// <remarks>Associate dates are checked after loading, against a policy file's assembly calendar only (<see cref="Report"/>).</remarks>
    /// <exception cref="InputException">A file cannot be read or is invalid.</exception>
    public static LoadedInput Load(InputFiles files)
    {
        var filePolicy = files.Policy is null ? null : PolicyJson.Read(files.Policy);
        var load = ContractCsv.Load(files.Paths, files.Activity, filePolicy ?? Cae.Domain.Policy.CaePolicy.Default);
        var sessions = files.Sessions is null && files.Candidates is null ? SessionLoadResult.None : SessionsCsv.Load(files.Sessions, files.Candidates, load);
        return new LoadedInput(files, filePolicy, load) { Sessions = sessions };
    }

    /// <summary>Reads the policy file and the rows (<see cref="Load"/>), with a progress line on standard error, then writes the warnings and rejected rows there (<see cref="Report"/>).</summary>
    /// <param name="context">The writers.</param>
    /// <param name="files">The files.</param>
    /// <exception cref="InputException">A file cannot be read or is invalid.</exception>
    public static LoadedInput Read(CliContext context, InputFiles files)
    {
        LoadedInput input;
        using (var progress = PhaseProgress.For(context.Error))
        {
            progress.Reading(files.Paths, files.Activity);
            input = Load(files);
            progress.Clear();
        }

        Report(context, input);
        return input;
    }

    /// <summary>Writes the load's warnings, then its rejected rows, on standard error.</summary>
    /// <param name="context">The writers.</param>
    /// <param name="input">The loaded input.</param>
    public static void Report(CliContext context, LoadedInput input)
    {
        // The order of ReportDiagnostics.From: the load's warnings, the admission rule's (against a policy file's
        // assembly calendar only: the default has none), those of sessions.csv and candidates.csv; then the rejected rows.
        foreach (var warning in input.Diagnostics.Warnings)
        {
            context.Error.WriteLine(warning.ToString());
        }

        foreach (var row in input.Diagnostics.Rejections)
        {
            context.Error.WriteLine(row.ToString());
        }
    }
}
