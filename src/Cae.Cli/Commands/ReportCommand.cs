using System;
using System.CommandLine;
using System.Globalization;
using System.Linq;
using Cae.Cli.Infrastructure;
using Cae.Cli.Input;
using Cae.Cli.Output;
using Cae.IO.Reports.Csv;
using Cae.IO.Reports.Labels;
using Cae.Rules.Indicators;
using Cae.Rules.Indicators.Additions;
using Cae.Rules.Sessions;

namespace Cae.Cli.Commands;

/// <summary>
/// <c>cae report</c>: the annual activity report of a year, from the contract's CSV files (or the bundled
/// Coopilote 2015 sample), as JSON, Markdown, HTML, CSV or an Excel workbook, in French or English.
/// </summary>
/// <remarks>
/// Exit codes (data contract §2): 0 on success; 1 when input rows were rejected (the report is still
/// produced from the accepted rows and lists every rejected row, which also go to stderr as
/// <c>file:line: column: reason</c>); 2 on a usage error or an unreadable file. Warnings go to stderr.
/// </remarks>
public static class ReportCommand
{
    /// <summary>From this many activity rows on, the report is computed on every processor.</summary>
    private const int ParallelFromRows = 1_000_000;

    /// <summary>Creates the command.</summary>
    /// <param name="context">The writers.</param>
    public static Command Create(CliContext context)
    {
        var paths = new Option<string?>("--paths") { Description = "paths.csv: one row per support path (default: the bundled Coopilote 2015 sample)." };
        var activity = new Option<string?>("--activity") { Description = "activity.csv: one row per person, month and structure." };
        var policy = new Option<string?>("--policy") { Description = "policy.json (default: the network defaults; the sample's own policy for the sample)." };
        var year = new Option<string?>("--year") { Description = "The year of the report, one the data covers (default: the last year with data in at least 10 of its months, else the last year with data)." };
        var format = new Option<string>("--format") { Description = "json, md, html (one self-contained page with charts), csv (the tables, for a spreadsheet) or xlsx (an Excel workbook, one sheet per table; with --out).", DefaultValueFactory = _ => "md" };
        format.AcceptOnlyFromAmong(ReportOutput.Formats);
        var lang = new Option<string>("--lang") { Description = "fr or en, for md, html, csv and xlsx.", DefaultValueFactory = _ => "fr" };
        lang.AcceptOnlyFromAmong(ReportLabels.Languages.ToArray());
        var dialect = new Option<string>("--dialect") { Description = "For csv: en (',' and '.') or fr (';', decimal commas and a byte order mark, for a French Excel).", DefaultValueFactory = _ => "en" };
        dialect.AcceptOnlyFromAmong("en", "fr");
        var sessions = new Option<string?>("--sessions") { Description = "sessions.csv: one row per collective session (information sessions, workshops, project groups); the sample's with the sample." };
        var candidates = new Option<string?>("--candidates") { Description = "candidates.csv: one row per person who attended an information session; the sample's with the sample." };
        var output = new Option<string?>("--out") { Description = "Write the report to this file (through a temporary file renamed at the end; never one of the input files) instead of the standard output; - is the standard output." };
        var command = new Command("report", "Compute the annual activity report (bilan) of a year: flows, exits, durations, turnover, salary hours and FTE, contributions, typology.");
        foreach (var option in new Option[] { paths, activity, policy, sessions, candidates, year, format, lang, dialect, output })
        {
            command.Options.Add(option);
        }

        command.SetAction(parse => Run(
            context,
            parse.GetValue(paths),
            parse.GetValue(activity),
            parse.GetValue(policy),
            parse.GetValue(sessions),
            parse.GetValue(candidates),
            ReportYear.Parse(parse.GetValue(year)),
            parse.GetValue(format)!,
            parse.GetValue(lang)!,
            CsvExportDialect.Parse(parse.GetValue(dialect)!),
            parse.GetValue(output)));
        return command;
    }

    private static int Run(CliContext context, string? pathsFile, string? activityFile, string? policyFile, string? sessionsFile, string? candidatesFile, int? year, string format, string language, CsvExportDialect dialect, string? outFile)
    {
        var files = InputResolver.Files(pathsFile, activityFile, policyFile, sessionsFile, candidatesFile, "the report");
        using var progress = PhaseProgress.For(context.Error);
        progress.Reading(files.Paths, files.Activity);

        OutputFile.Check(outFile, new[] { pathsFile, activityFile, policyFile, files.Paths, files.Activity, files.Policy, files.Sessions, files.Candidates });

        // Associate dates are checked against the assembly calendar of a policy file only (as cae check does):
        // the network default has no calendar.
        var input = InputResolver.Load(files);
        progress.Clear();
        InputResolver.Report(context, input);
        var engine = new AnnualReportEngine(input.Load.Dataset, input.Policy);
        var reportYear = ReportYear.Choose(year, engine.Coverage, context.Error);
        progress.Phase(string.Create(CultureInfo.InvariantCulture, $"computing the {reportYear} report"));
        var report = input.Load.Dataset.ActivityCount >= ParallelFromRows
            ? engine.ComputeParallel(reportYear, Environment.ProcessorCount, input.Summary)
            : engine.Compute(reportYear, input.Summary);
        progress.Phase("writing the report");
        var additions = ReportAdditions.Compute(input.Load.Dataset, reportYear)
            .WithSessions(input.Sessions.Dataset.Any ? SessionSections.Compute(input.Sessions.Dataset, reportYear) : null);
        ReportOutput.Write(report, additions, input.Diagnostics, format, ReportLabels.For(language)!, dialect, outFile, context.Out);
        return input.HasRejections ? ExitCodes.RejectedRows : ExitCodes.Success;
    }
}
