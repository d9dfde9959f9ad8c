using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using Cae.Cli.Infrastructure;
using Cae.IO;
using Cae.Domain.Policy;

namespace Cae.Cli.Commands;

/// <summary>
/// <c>cae check</c>: loads the input files, lists every rejected row and warning on stderr as
/// <c>file:line: column: message</c>, and prints the rows read and accepted per file on stdout.
/// Exit code 0 when no row was rejected, 1 when some were, 2 on a usage error or an unreadable file.
/// </summary>
public static class CheckCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="context">The writers.</param>
    public static Command Create(CliContext context)
    {
        var paths = new Option<string>("--paths") { Description = "The paths file (paths.csv).", Required = true };
        var activity = new Option<string>("--activity") { Description = "The activity file (activity.csv).", Required = true };
        var policy = new Option<string?>("--policy") { Description = "The policy file (policy.json); associate dates are then checked against its general assemblies." };
        var sessions = new Option<string?>("--sessions") { Description = "sessions.csv: one row per collective session." };
        var candidates = new Option<string?>("--candidates") { Description = "candidates.csv: one row per person who attended an information session." };
        var command = new Command("check", "Check the input files: list every rejected row and warning (file:line: column: message) and count the rows read and accepted.");
        command.Options.Add(paths);
        command.Options.Add(activity);
        command.Options.Add(policy);
        command.Options.Add(sessions);
        command.Options.Add(candidates);
        command.SetAction(parse =>
        {
            var policyFile = parse.GetValue(policy);
            var caePolicy = policyFile is null ? null : PolicyJson.Read(policyFile);
            // The same load as cae report's (under the policy it computes with), so check rejects exactly what report would.
            var result = ContractCsv.Load(parse.GetValue(paths)!, parse.GetValue(activity)!, caePolicy ?? CaePolicy.Default);
            var sessionsFile = parse.GetValue(sessions);
            var candidatesFile = parse.GetValue(candidates);
            var sessionsResult = sessionsFile is null && candidatesFile is null ? SessionLoadResult.None : SessionsCsv.Load(sessionsFile, candidatesFile, result);
            Report(context, result, caePolicy is null ? Array.Empty<InputWarning>() : result.AssociateDateWarnings(caePolicy), sessionsResult);
            return result.HasRejectedRows || sessionsResult.Rejections.Count > 0 ? ExitCodes.RejectedRows : ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Prints the rejected rows and warnings of a load to stderr, file by file in line order, and the summary to stdout.</summary>
    /// <param name="context">The writers.</param>
    /// <param name="result">The load.</param>
    /// <param name="ruleWarnings">The warnings of the policy's rules on the load (associate dates off the assembly calendar).</param>
    internal static void Report(CliContext context, LoadResult result, IReadOnlyList<InputWarning> ruleWarnings) =>
        Report(context, result, ruleWarnings, SessionLoadResult.None);

    /// <summary>Prints the rejected rows and warnings of a load and of sessions.csv and candidates.csv to stderr, file by file in line order, and the summary to stdout.</summary>
    /// <param name="context">The writers.</param>
    /// <param name="result">The load.</param>
    /// <param name="ruleWarnings">The warnings of the policy's rules on the load.</param>
    /// <param name="sessions">The load of sessions.csv and candidates.csv.</param>
    internal static void Report(CliContext context, LoadResult result, IReadOnlyList<InputWarning> ruleWarnings, SessionLoadResult sessions)
    {
        var warnings = result.Warnings.Concat(ruleWarnings).Concat(sessions.Warnings).ToArray();
        var rejections = result.Rejections.Concat(sessions.Rejections).ToArray();
        foreach (var message in Messages(result, sessions, rejections, warnings))
        {
            context.Error.WriteLine(message);
        }

        var w = context.Out;
        Summary(w, result.PathsFile, result.PathsRead, result.PathsAccepted);
        Summary(w, result.ActivityFile, result.ActivityRead, result.ActivityAccepted);
        if (sessions.SessionsFile is { } sessionsFile)
        {
            Summary(w, sessionsFile, sessions.SessionsRead, sessions.SessionsAccepted);
        }

        if (sessions.CandidatesFile is { } candidatesFile)
        {
            Summary(w, candidatesFile, sessions.CandidatesRead, sessions.CandidatesAccepted);
        }

        w.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{rejections.Length} {Plural(rejections.Length, "row")} rejected, {warnings.Length} {Plural(warnings.Length, "warning")}"));
    }

    private static IEnumerable<string> Messages(LoadResult result, SessionLoadResult sessions, IEnumerable<RejectedRow> rejections, IEnumerable<InputWarning> warnings)
    {
        var fileOrder = new Dictionary<string, int> { [result.PathsFile.Name] = 0 };
        fileOrder.TryAdd(result.ActivityFile.Name, 1);
        if (sessions.SessionsFile is { } s)
        {
            fileOrder.TryAdd(s.Name, 2);
        }

        if (sessions.CandidatesFile is { } c)
        {
            fileOrder.TryAdd(c.Name, 3);
        }

        return rejections.Select(r => (r.File, r.Line, Text: r.ToString()))
            .Concat(warnings.Select(w => (w.File, w.Line, Text: w.ToString())))
            .OrderBy(m => fileOrder.TryGetValue(m.File, out var order) ? order : 4)
            .ThenBy(m => m.Line)
            .Select(m => m.Text);
    }

    private static void Summary(TextWriter w, InputFile file, int read, int accepted)
    {
        var encoding = file.Encoding switch
        {
            InputEncoding.Utf8WithBom => "UTF-8 with BOM",
            InputEncoding.Windows1252 => "Windows-1252",
            _ => "UTF-8",
        };
        w.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{file.Name}: {read} {Plural(read, "row")} read, {accepted} accepted, {read - accepted} rejected (delimiter {file.Dialect}, {encoding})"));
    }

    private static string Plural(int count, string word) => count == 1 ? word : word + "s";
}
