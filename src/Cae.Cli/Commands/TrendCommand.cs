using System;
using System.CommandLine;
using System.Globalization;
using System.Linq;
using Cae.Cli.Infrastructure;
using Cae.Cli.Input;
using Cae.IO.Reports.Csv;
using Cae.IO.Reports.Labels;
using Cae.IO.Reports.Tables;
using Cae.IO.Reports.Trend;
using Cae.IO.Reports.Xlsx;
using Cae.Rules.Indicators;
using Cae.Rules.WhatIf;
using Cae.Rules.Network;

namespace Cae.Cli.Commands;

/// <summary>
/// <c>cae trend --from Y1 --to Y2</c>: the report of every year from Y1 to Y2, computed in one pass over the data,
/// each indicator as a series (data contract §8').
/// </summary>
/// <remarks>Exit codes as <c>cae report</c>; an indicator that names no number of the report, or years outside 2 … 9998 or in the wrong order, are a usage error.</remarks>
public static class TrendCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="context">The writers.</param>
    public static Command Create(CliContext context)
    {
        var data = new DataOptions();
        var from = new Option<int>("--from") { Description = "The first year.", Required = true };
        var to = new Option<int>("--to") { Description = "The last year.", Required = true };
        var indicators = new Option<string?>("--indicators") { Description = "The figures to follow, as the report's JSON paths joined by dots, separated by commas (default: the key figures)." };
        var format = new Option<string>("--format") { Description = "json, md, html (one line chart per indicator), csv or xlsx (an Excel workbook).", DefaultValueFactory = _ => "md" };
        format.AcceptOnlyFromAmong("json", "md", "html", "csv", "xlsx");
        var lang = new Option<string>("--lang") { Description = "fr or en, for md, html, csv and xlsx.", DefaultValueFactory = _ => "fr" };
        lang.AcceptOnlyFromAmong("fr", "en");
        var dialect = new Option<string>("--dialect") { Description = "For csv: en (',' and '.') or fr (';', decimal commas and a byte order mark).", DefaultValueFactory = _ => "en" };
        dialect.AcceptOnlyFromAmong("en", "fr");
        var output = new Option<string?>("--out") { Description = "Write to this file instead of the standard output." };
        var command = new Command("trend", "The report of every year from --from to --to, in one pass over the data, each indicator as a series.");
        foreach (var option in data.All.Concat(new Option[] { from, to, indicators, format, lang, dialect, output }))
        {
            command.Options.Add(option);
        }

        command.SetAction(parse => Run(
            context,
            data.Files(parse, "trend"),
            parse.GetValue(from),
            parse.GetValue(to),
            parse.GetValue(indicators),
            parse.GetValue(format)!,
            parse.GetValue(lang)!,
            CsvExportDialect.Parse(parse.GetValue(dialect)!),
            parse.GetValue(output)));
        return command;
    }

    private static int Run(CliContext context, InputFiles files, int from, int to, string? indicatorList, string format, string language, CsvExportDialect dialect, string? outFile)
    {
        if (from < 2 || to > 9998 || from > to)
        {
            throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"cae: --from {from} --to {to}: the years go from 2 to 9998, --from not after --to."));
        }

        OutputFile.Check(outFile, files.All);
        var input = InputResolver.Read(context, files);
        var engine = new AnnualReportEngine(input.Load.Dataset, input.Policy);
        var trend = ReportTrend.Compute(engine, from, to, input.Summary);
        var indicators = indicatorList is null
            ? KeyFigures.All.Select(f => f.Path).ToArray()
            : IndicatorPath.SplitList(indicatorList).ToArray();
        foreach (var indicator in indicators)
        {
            string? problem;
            try
            {
                problem = trend.Problem(indicator);
            }
            catch (ArgumentException e)
            {
                problem = e.Message.Split(new[] { " (Parameter" }, StringSplitOptions.None)[0];
            }

            if (problem is not null)
            {
                throw new UsageException($"cae: --indicators: '{indicator}' names no number of the report: {problem} (a path of the report's JSON joined by dots, a dot in a name written \\., e.g. flows.total.accompanied).");
            }
        }

        var labels = ReportLabels.For(language)!;
        if (format == "xlsx")
        {
            BinaryOutput.Write(outFile, stream => XlsxTrendWriter.Write(trend, indicators, labels, input.Diagnostics, stream), context.Out);
            return input.HasRejections ? ExitCodes.RejectedRows : ExitCodes.Success;
        }

        var text = format switch
        {
            "json" => TrendWriter.Json(trend, indicators),
            "csv" => TrendWriter.Csv(trend, indicators, labels, dialect),
            "html" => TrendWriter.Html(trend, indicators, labels),
            _ => TrendWriter.Markdown(trend, indicators, labels),
        };
        OutputFile.Write(outFile, text, input.Files.All, context.Out);
        return input.HasRejections ? ExitCodes.RejectedRows : ExitCodes.Success;
    }
}
