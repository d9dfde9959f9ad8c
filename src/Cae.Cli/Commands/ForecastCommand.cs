using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using Cae.Cli.Infrastructure;
using Cae.Cli.Input;
using Cae.Cli.Output;
using Cae.IO.Reports.Forecast;
using Cae.IO.Reports.Labels;
using Cae.IO.Reports.Xlsx;
using Cae.Rules.Forecast;
using Cae.Rules.Indicators;

namespace Cae.Cli.Commands;

/// <summary>
/// <c>cae forecast --year Y</c>: next year's flows by establishment projected from the data up to the end of
/// Y−1 (data contract §7'), with <c>--entries</c>/<c>--exits</c> targets, or with <c>--backtest</c> the
/// projection of a past year beside its actual figures.
/// </summary>
/// <remarks>Exit codes as <c>cae report</c>: 0, 1 when input rows were rejected (the forecast is still made), 2 on a usage error.</remarks>
public static class ForecastCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="context">The writers.</param>
    public static Command Create(CliContext context)
    {
        var data = new DataOptions();
        var year = new Option<int>("--year") { Description = "The year to project.", Required = true };
        var entries = new Option<string?>("--entries") { Description = "Entry targets by establishment: Besançon=40,Montbéliard=30." };
        var exits = new Option<string?>("--exits") { Description = "Exit targets by establishment: Besançon=30,Montbéliard=30." };
        var backtest = new Option<bool>("--backtest") { Description = "Project a past year from the data up to the year before and show the actual figures and the errors." };
        var format = new Option<string>("--format") { Description = "json, md, html or xlsx (an Excel workbook).", DefaultValueFactory = _ => "md" };
        format.AcceptOnlyFromAmong("json", "md", "html", "xlsx");
        var lang = new Option<string>("--lang") { Description = "fr or en, for md, html and xlsx.", DefaultValueFactory = _ => "fr" };
        lang.AcceptOnlyFromAmong("fr", "en");
        var output = new Option<string?>("--out") { Description = "Write to this file (through a temporary file renamed at the end; never one of the input files) instead of the standard output; - is the standard output." };
        var command = new Command("forecast", "Project next year's flows of accompanied people by establishment (present, entries, exits), with targets or from the observed rates; --backtest checks the model on a past year.");
        foreach (var option in data.All.Concat(new Option[] { year, entries, exits, backtest, format, lang, output }))
        {
            command.Options.Add(option);
        }

        command.SetAction(parse => Run(
            context,
            data.Files(parse, "the forecast"),
            parse.GetValue(year),
            parse.GetValue(entries),
            parse.GetValue(exits),
            parse.GetValue(backtest),
            parse.GetValue(format)!,
            ReportLabels.For(parse.GetValue(lang)!)!,
            parse.GetValue(output)));
        return command;
    }

    private static int Run(CliContext context, InputFiles files, int year, string? entries, string? exits, bool backtest, string format, ReportLabels labels, string? outFile)
    {
        OutputFile.Check(outFile, files.All);
        var input = InputResolver.Read(context, files);
        var loaded = input.Load;
        var coverage = DataCoverage.Of(loaded.Dataset);
        var last = coverage.DefaultYear
            ?? throw new UsageException("cae: the input holds no accepted row, so there is nothing to project from.");
        if (backtest ? year > last || !coverage.Covers(year - 1) : year - 1 > last || !coverage.Covers(year - 1))
        {
            throw new UsageException(FormattableString.Invariant(
                $"cae: --year {year}{(backtest ? " --backtest" : string.Empty)}: the data must cover {(backtest ? $"{year - 1} and {year}" : $"{year - 1}")} (its last complete year is {last})."));
        }

        var forecaster = new FlowForecaster(loaded.Dataset, input.Policy);
        var names = forecaster.Establishments;
        var entryTargets = ForecastTargets.Parse("--entries", entries, names);
        var exitTargets = ForecastTargets.Parse("--exits", exits, names);
        if (backtest && (entryTargets.Count > 0 || exitTargets.Count > 0))
        {
            throw new UsageException("cae: --backtest projects from the observed rates: it takes no --entries or --exits.");
        }

        ForecastBacktest? test = null;
        FlowForecast forecast;
        try
        {
            test = backtest ? forecaster.Backtest(year) : null;
            forecast = test?.Projected ?? forecaster.Project(year, entryTargets, exitTargets);
        }
        catch (ArgumentException e)
        {
            throw new UsageException("cae: " + (e.ParamName is null ? e.Message : e.Message.Replace($" (Parameter '{e.ParamName}')", string.Empty)), e);
        }

        if (format == "xlsx")
        {
            BinaryOutput.Write(outFile, stream => XlsxForecastWriter.Write(forecast, test, labels, input.Diagnostics, stream), context.Out);
        }
        else
        {
            TextOutput.Write(outFile, text => Text(forecast, test, format, labels, text), context.Out);
        }

        return input.HasRejections ? ExitCodes.RejectedRows : ExitCodes.Success;
    }

    private static void Text(FlowForecast forecast, ForecastBacktest? test, string format, ReportLabels labels, TextWriter text)
    {
        switch (format)
        {
            case "json" when test is not null:
                ForecastJsonWriter.Write(test, text);
                break;
            case "json":
                ForecastJsonWriter.Write(forecast, text);
                break;
            case "html":
                ForecastPageWriter.Html(forecast, test, labels, text);
                break;
            default:
                ForecastPageWriter.Markdown(forecast, test, labels, text);
                break;
        }
    }
}
