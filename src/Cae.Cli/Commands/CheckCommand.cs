using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using Cae.Cli.Infrastructure;
using Cae.IO;
using Cae.IO.Csv;
using Cae.IO.Json;

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
            var result = ContractCsv.Load(parse.GetValue(paths)!, parse.GetValue(activity)!, caePolicy);
            Report(context, result);
            return result.HasRejectedRows ? ExitCodes.RejectedRows : ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Prints the rejected rows and warnings of a load to stderr, file by file in line order, and the summary to stdout.</summary>
    /// <param name="context">The writers.</param>
    /// <param name="result">The load.</param>
    internal static void Report(CliContext context, LoadResult result)
    {
        foreach (var message in Messages(result))
        {
            context.Error.WriteLine(message);
        }

        var w = context.Out;
        Summary(w, result.PathsFile, result.PathsRead, result.PathsAccepted);
        Summary(w, result.ActivityFile, result.ActivityRead, result.ActivityAccepted);
        w.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{result.RejectedRows.Count} {Plural(result.RejectedRows.Count, "row")} rejected, {result.Warnings.Count} {Plural(result.Warnings.Count, "warning")}"));
    }

    private static IEnumerable<string> Messages(LoadResult result)
    {
        var fileOrder = new Dictionary<string, int> { [result.PathsFile.Name] = 0 };
        fileOrder.TryAdd(result.ActivityFile.Name, 1);
        return result.RejectedRows.Select(r => (r.File, r.Line, Text: r.ToString()))
            .Concat(result.Warnings.Select(w => (w.File, w.Line, Text: w.ToString())))
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
