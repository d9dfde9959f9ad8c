using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using Cae.Cli.Infrastructure;
using Cae.IO;
using Cae.IO.Reports.Csv;
using Cae.IO.Reports.Html;
using Cae.IO.Reports.Labels;
using Cae.IO.Reports.Markdown;
using Cae.IO.Reports.Network;
using Cae.IO.Reports.Tables;
using Cae.IO.Reports.Xlsx;
using Cae.Rules.Indicators;
using Cae.Rules.Indicators.Additions;
using Cae.Rules.Network;

namespace Cae.Cli.Commands;

/// <summary>
/// <c>cae merge</c>: the network's report from the partial reports of its CAEs (data contract §6'), in every report
/// format: counts and sums added, rates, shares and averages recomputed from the added counters.
/// </summary>
/// <remarks>
/// Partials of different years, of another format or of an unknown version are a usage error (exit 2), as is an
/// unreadable file. <c>--min-cell K</c> blanks the counts below K and the figures computed from them (json, md, csv).
/// </remarks>
public static class MergeCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="context">The writers.</param>
    public static Command Create(CliContext context)
    {
        var partials = new Argument<string[]>("PART") { Description = "The partial reports written by cae aggregate, all of one year.", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format") { Description = "json, md, html, csv or xlsx (an Excel workbook, one sheet per table).", DefaultValueFactory = _ => "md" };
        format.AcceptOnlyFromAmong("json", "md", "html", "csv", "xlsx");
        var lang = new Option<string>("--lang") { Description = "fr or en, for md, html and csv.", DefaultValueFactory = _ => "fr" };
        lang.AcceptOnlyFromAmong("fr", "en");
        var dialect = new Option<string>("--dialect") { Description = "For csv: en (',' and '.') or fr (';', decimal commas and a byte order mark).", DefaultValueFactory = _ => "en" };
        dialect.AcceptOnlyFromAmong("en", "fr");
        var minCell = new Option<int?>("--min-cell") { Description = "Blank every published count below K, and the figures computed from it (json, md and csv)." };
        var output = new Option<string?>("--out") { Description = "Write the report to this file instead of the standard output." };
        var command = new Command("merge", "Add the partial reports of several CAEs into the network's report: counts and sums added, rates and averages recomputed.");
        command.Arguments.Add(partials);
        foreach (var option in new Option[] { format, lang, dialect, minCell, output })
        {
            command.Options.Add(option);
        }

        command.SetAction(parse => Run(
            context,
            parse.GetValue(partials)!,
            parse.GetValue(format)!,
            parse.GetValue(lang)!,
            CsvExportDialect.Parse(parse.GetValue(dialect)!),
            parse.GetValue(minCell),
            parse.GetValue(output)));
        return command;
    }

    private static int Run(CliContext context, string[] files, string format, string language, CsvExportDialect dialect, int? minCell, string? outFile)
    {
        if (minCell is < 1)
        {
            throw new UsageException("cae: --min-cell is a count of at least 1.");
        }

        if (minCell is not null && format == "html")
        {
            throw new UsageException("cae: --min-cell applies to the json, md and csv formats; the html page shows its figures in charts, which it does not blank.");
        }

        var partials = new List<ReportPartial>();
        foreach (var file in files)
        {
            var partial = PartialJson.Read(file);
            if (partials.Count > 0 && partial.Year != partials[0].Year)
            {
                throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"cae: {file}: a partial of {partial.Year}, and {files[0]} is of {partials[0].Year}: only partials of the same year merge."));
            }

            partials.Add(partial);
        }

        var merged = ReportPartial.CombineAll(partials[0].Year, partials);
        var report = merged.ToReport();
        var additions = merged.Additions;
        var labels = ReportLabels.For(language)!;
        if (format == "xlsx")
        {
            OutputFile.Check(outFile, files);
            BinaryOutput.Write(outFile, stream => XlsxReportWriter.Write(report, labels, Tables(report, additions, labels, minCell), stream), context.Out);
            return ExitCodes.Success;
        }

        using var buffer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        switch (format)
        {
            case "json":
                var tree = Cae.IO.Json.ReportDocument.Tree(report);
                tree = additions is null ? tree : additions.GraftInto(tree);
                ReportJson.Write(minCell is { } k ? SmallCells.Blank(tree, report, k) : tree, buffer);
                break;
            case "csv":
                buffer.Write(CsvReportWriter.Render(report, labels, dialect, Tables(report, additions, labels, minCell)));
                break;
            case "html":
                buffer.Write(HtmlReportWriter.Render(report, additions, labels));
                break;
            default:
                MarkdownReportWriter.Write(report, labels, buffer, Tables(report, labels, minCell));
                if (additions is not null)
                {
                    MarkdownTables.Write(Blank(AdditionTables.Tables(additions, labels), labels, minCell), labels, buffer);
                }

                break;
        }

        OutputFile.Write(outFile, buffer.ToString(), files, context.Out);
        return ExitCodes.Success;
    }

    private static IReadOnlyList<ReportTable> Tables(AnnualReport report, ReportAdditions? additions, ReportLabels labels, int? minCell)
    {
        var tables = new List<ReportTable>(ReportTableLayout.Tables(report, labels));
        if (additions is not null)
        {
            tables.AddRange(AdditionTables.Tables(additions, labels));
        }

        return Blank(tables, labels, minCell);
    }

    private static IReadOnlyList<ReportTable> Blank(IReadOnlyList<ReportTable> tables, ReportLabels labels, int? minCell) =>
        minCell is { } k ? SmallCells.Blank(tables, labels, k) : tables;

    private static IReadOnlyList<ReportTable> Tables(AnnualReport report, ReportLabels labels, int? minCell)
    {
        var tables = ReportTableLayout.Tables(report, labels);
        return minCell is { } k ? SmallCells.Blank(tables, labels, k) : tables;
    }
}
