using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Text;
using Cae.Cli.Infrastructure;
using Cae.Domain.Policy;
using Cae.IO;
using Cae.IO.Csv;
using Cae.IO.Json;
using Cae.IO.Reports.Csv;
using Cae.IO.Reports.Html;
using Cae.IO.Reports.Labels;
using Cae.IO.Reports.Markdown;
using Cae.IO.Reports.Tables;
using Cae.Rules.Indicators;

namespace Cae.Cli.Commands;

/// <summary>
/// <c>cae report</c>: the annual activity report of a year, from the contract's CSV files (or the bundled
/// Coopilote 2015 sample), as JSON, Markdown, HTML or CSV, in French or English.
/// </summary>
/// <remarks>
/// Exit codes (data contract §2): 0 on success; 1 when input rows were rejected (the report is still
/// produced from the accepted rows and lists every rejected row, which also go to stderr as
/// <c>file:line: column: reason</c>); 2 on a usage error or an unreadable file. Warnings go to stderr.
/// </remarks>
public static class ReportCommand
{
    /// <summary>The bundled sample's folder, relative to the tool's directory.</summary>
    public static readonly string SampleFolder = Path.Combine("samples", "coopilote-2015");

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
        var format = new Option<string>("--format") { Description = "json, md, html (one self-contained page with charts) or csv (the tables, for a spreadsheet).", DefaultValueFactory = _ => "md" };
        format.AcceptOnlyFromAmong("json", "md", "html", "csv");
        var lang = new Option<string>("--lang") { Description = "fr or en, for md, html and csv.", DefaultValueFactory = _ => "fr" };
        lang.AcceptOnlyFromAmong("fr", "en");
        var dialect = new Option<string>("--dialect") { Description = "For csv: en (',' and '.') or fr (';', decimal commas and a byte order mark, for a French Excel).", DefaultValueFactory = _ => "en" };
        dialect.AcceptOnlyFromAmong("en", "fr");
        var output = new Option<string?>("--out") { Description = "Write the report to this file (through a temporary file renamed at the end; never one of the input files) instead of the standard output; - is the standard output." };
        var command = new Command("report", "Compute the annual activity report (bilan) of a year: flows, exits, durations, turnover, salary hours and FTE, contributions, typology.");
        foreach (var option in new Option[] { paths, activity, policy, year, format, lang, dialect, output })
        {
            command.Options.Add(option);
        }

        command.SetAction(parse => Run(
            context,
            parse.GetValue(paths),
            parse.GetValue(activity),
            parse.GetValue(policy),
            ReportYear.Parse(parse.GetValue(year)),
            parse.GetValue(format)!,
            parse.GetValue(lang)!,
            CsvExportDialect.Parse(parse.GetValue(dialect)!),
            parse.GetValue(output)));
        return command;
    }

    private static int Run(CliContext context, string? pathsFile, string? activityFile, string? policyFile, int? year, string format, string language, CsvExportDialect dialect, string? outFile)
    {
        if ((pathsFile is null) != (activityFile is null))
        {
            throw new UsageException("cae: --paths and --activity go together (without both, the report runs on the bundled sample).");
        }

        if (pathsFile is null)
        {
            var sample = Path.Combine(AppContext.BaseDirectory, SampleFolder);
            pathsFile = Path.Combine(sample, "paths.csv");
            activityFile = Path.Combine(sample, "activity.csv");
            policyFile ??= Path.Combine(sample, "policy.json");
        }

        OutputFile.Check(outFile, new[] { pathsFile, activityFile, policyFile });

        // Associate dates are checked against the assembly calendar of a policy file only (as cae check does):
        // the network default has no calendar.
        var filePolicy = policyFile is null ? null : PolicyJson.Read(policyFile);
        var policy = filePolicy ?? CaePolicy.Default;
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

        var engine = new AnnualReportEngine(loaded.Dataset, policy);
        var reportYear = ReportYear.Choose(year, engine.Coverage, context.Error);
        var input = new InputSummary(loaded.PathsRead, loaded.PathsAccepted, loaded.ActivityRead, loaded.ActivityAccepted, rejected);
        progress.Phase(string.Create(CultureInfo.InvariantCulture, $"computing the {reportYear} report"));
        var report = loaded.Dataset.ActivityCount >= ParallelFromRows
            ? engine.ComputeParallel(reportYear, Environment.ProcessorCount, input)
            : engine.Compute(reportYear, input);
        var labels = ReportLabels.For(language)!;
        progress.Phase("writing the report");
        Write(report, format, labels, dialect, outFile, context.Out);
        return rejected.Length > 0 ? ExitCodes.RejectedRows : ExitCodes.Success;
    }

    private static void Write(AnnualReport report, string format, ReportLabels labels, CsvExportDialect dialect, string? outFile, TextWriter stdout)
    {
        using var buffer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        switch (format)
        {
            case "json":
                ReportJson.Write(report, buffer);
                break;
            case "csv":
                CsvReportWriter.Write(report, labels, dialect, buffer);
                break;
            case "html":
                HtmlReportWriter.Write(report, labels, buffer);
                break;
            default:
                MarkdownReportWriter.Write(report, labels, buffer);
                break;
        }

        OutputFile.Write(outFile, buffer.ToString(), stdout);
    }
}
