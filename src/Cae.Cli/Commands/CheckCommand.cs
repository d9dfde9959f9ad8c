using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using Cae.Cli.Infrastructure;
using Cae.IO;
using Cae.IO.Csv;
using Cae.IO.Json;
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
        var command = new Command("check", "Check the input files: list every rejected row and warning (file:line: column: message) and count the rows read and accepted.");
        command.Options.Add(paths);
        command.Options.Add(activity);
        command.Options.Add(policy);
        command.SetAction(parse =>
        {
            var policyFile = parse.GetValue(policy);
            var caePolicy = policyFile is null ? null : PolicyJson.Read(policyFile);
            // The same load as cae report's (under the policy it computes with), so check rejects exactly what report would.
            var result = ContractCsv.Load(parse.GetValue(paths)!, parse.GetValue(activity)!, caePolicy ?? CaePolicy.Default);
            Report(context, result, caePolicy is null ? Array.Empty<InputWarning>() : result.AssociateDateWarnings(caePolicy));
            return result.HasRejectedRows ? ExitCodes.RejectedRows : ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Prints the rejected rows and warnings of a load to stderr, file by file in line order, and the summary to stdout.</summary>
    /// <param name="context">The writers.</param>
    /// <param name="result">The load.</param>
    /// <param name="ruleWarnings">The warnings of the policy's rules on the load (associate dates off the assembly calendar).</param>
    internal static void Report(CliContext context, LoadResult result, IReadOnlyList<InputWarning> ruleWarnings)
    {
        var warnings = result.Warnings.Concat(ruleWarnings).ToArray();
        foreach (var message in Messages(result, warnings))
        {
            context.Error.WriteLine(message);
        }

        var w = context.Out;
        Summary(w, result.PathsFile, result.PathsRead, result.PathsAccepted);
        Summary(w, result.ActivityFile, result.ActivityRead, result.ActivityAccepted);
        w.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{result.Rejections.Count} {Plural(result.Rejections.Count, "row")} rejected, {warnings.Length} {Plural(warnings.Length, "warning")}"));
    }

    private static IEnumerable<string> Messages(LoadResult result, IEnumerable<InputWarning> warnings)
    {
        var fileOrder = new Dictionary<string, int> { [result.PathsFile.Name] = 0 };
        fileOrder.TryAdd(result.ActivityFile.Name, 1);
        return result.Rejections.Select(r => (r.File, r.Line, Text: r.ToString()))
            .Concat(warnings.Select(w => (w.File, w.Line, Text: w.ToString())))
            .OrderBy(m => fileOrder.TryGetValue(m.File, out var order) ? order : 2)
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
