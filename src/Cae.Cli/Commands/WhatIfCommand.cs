using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using Cae.Cli.Infrastructure;
using Cae.Cli.Input;
using Cae.Cli.Output;
using Cae.IO;
using Cae.IO.Reports.Labels;
using Cae.Rules.Indicators;
using Cae.Rules.WhatIf;
namespace Cae.Cli.Commands;

/// <summary>
/// <c>cae whatif</c>: a policy scenario against the baseline policy (data contract §2), or a sweep of parameters
/// over ranges, on the contract's CSV files or the bundled Coopilote 2015 sample.
/// </summary>
/// <remarks>
/// <para><c>--scenario S</c> is a policy file holding only the fields it changes, plus <c>name</c>; it applies over
/// the baseline policy (<c>--policy F</c>, or the sample's own policy for the sample, or the network defaults).
/// Baseline and scenario are both modelled by the same rules from the same recorded inputs
/// (<see cref="ModelledValues"/>); <c>actual</c> is the report of the data as recorded.</para>
/// <para><c>--format json</c> prints <c>name</c>, <c>baseline</c>, <c>scenario</c>, <c>delta</c> (scenario − baseline
/// for every number of the report) and <c>actual</c>; <c>md</c> prints, for people (in French by default, or
/// <c>--lang en</c>), the key figures, the admissions
/// that move and every figure that changes, as tables of indicator | baseline | scenario | delta; <c>html</c> one
/// self-contained page (<c>--lang fr</c> by default, or <c>en</c>) with the key figures, bar charts of baseline and
/// scenario, and every table of the annual report that changes under the baseline, the scenario and their delta side
/// by side.</para>
/// <para><c>--sweep NAME=FROM:TO:STEP</c> (or <c>NAME=V1,V2,…</c>), repeated for more axes, varies parameters over
/// the scenario (or the baseline) and prints one row per combination, the first axis varying slowest, with the
/// indicators of <c>--indicators a.b.c,…</c> (report-tree paths, the JSON names joined by dots): a table in
/// <c>md</c>, an array of objects in <c>json</c>, one line chart per indicator over the first axis in <c>html</c>, one
/// sheet in <c>xlsx</c>. <c>md</c>, <c>html</c> and <c>xlsx</c> are in French by default (<c>--lang en</c> for English).
/// Parameters: see <see cref="SweepAxis.KnownParameters"/>.</para>
/// <para>Exit codes: 0 on success; 1 when input rows were rejected (the output is still produced from the accepted
/// rows; the rejected rows go to stderr as <c>file:line: column: reason</c> and into the reports'
/// <c>rejected_rows</c>); 2 on a usage error or an unreadable or invalid file (<c>file:line: $.path: message</c>).</para>
/// </remarks>
public static class WhatIfCommand
{
    /// <summary>The most scenarios one sweep may hold.</summary>
    public const int MaxSweepScenarios = 1_000_000;

    /// <summary>Creates the command.</summary>
    /// <param name="context">The writers.</param>
    public static Command Create(CliContext context)
    {
        var scenario = new Option<string?>("--scenario") { Description = "Scenario file: a policy.json holding only the fields it changes, plus \"name\" (required without --sweep)." };
        var paths = new Option<string?>("--paths") { Description = "paths.csv: one row per support path (default: the bundled Coopilote 2015 sample)." };
        var activity = new Option<string?>("--activity") { Description = "activity.csv: one row per person, month and structure." };
        var policy = new Option<string?>("--policy") { Description = "The baseline policy.json (default: the network defaults; the sample's own policy for the sample)." };
        var year = new Option<string?>("--year") { Description = "The year of the reports, one the data covers (default: the last year with data in at least 10 of its months, else the last year with data)." };
        var format = new Option<string>("--format") { Description = "json, md, html (one self-contained page: baseline, scenario and delta side by side; sweeps as line charts) or xlsx (an Excel workbook; with --out).", DefaultValueFactory = _ => "md" };
        format.AcceptOnlyFromAmong(WhatIfOutput.Formats);
        var lang = new Option<string>("--lang") { Description = "fr or en, for md, html and xlsx.", DefaultValueFactory = _ => "fr" };
        lang.AcceptOnlyFromAmong(ReportLabels.Languages.ToArray());
        var sweep = new Option<string[]>("--sweep")
        {
            Description = "Vary a parameter: NAME=FROM:TO:STEP or NAME=V1,V2,... (repeat for more axes). NAME is one of "
                + string.Join(", ", SweepAxis.KnownParameters) + ".",
        };
        var indicators = new Option<string?>("--indicators") { Description = "With --sweep: report-tree paths, comma-separated (default: " + string.Join(",", IndicatorPath.Defaults) + ")." };
        var person = new Option<string?>("--person") { Description = "With --scenario: what the scenario means for one person (entrepreneur_id): her modelled hours, contribution and admission, baseline and scenario (json or md)." };
        var output = new Option<string?>("--out") { Description = "Write to this file (through a temporary file renamed at the end; never one of the input files) instead of the standard output; - is the standard output." };
        var command = new Command("whatif", "Compare a policy scenario with the baseline policy (baseline, scenario, delta for every number of the report), or sweep parameters over ranges.");
        foreach (var option in new Option[] { scenario, paths, activity, policy, year, format, lang, sweep, indicators, person, output })
        {
            command.Options.Add(option);
        }

        command.SetAction(parse => Run(
            context,
            new Arguments(
                parse.GetValue(scenario),
                parse.GetValue(paths),
                parse.GetValue(activity),
                parse.GetValue(policy),
                ReportYear.Parse(parse.GetValue(year)),
                parse.GetValue(format)!,
                parse.GetValue(lang)!,
                parse.GetValue(sweep) ?? Array.Empty<string>(),
                parse.GetValue(indicators),
                parse.GetValue(person),
                parse.GetValue(output))));
        return command;
    }

    private static int Run(CliContext context, Arguments args)
    {
        if (args.Scenario is null && args.Sweeps.Count == 0)
        {
            throw new UsageException("cae: whatif needs --scenario FILE (or --sweep NAME=FROM:TO:STEP).");
        }

        if (args.Indicators is not null && args.Sweeps.Count == 0)
        {
            throw new UsageException("cae: --indicators goes with --sweep.");
        }

        if (args.Person is not null && (args.Sweeps.Count > 0 || Array.IndexOf(PersonWhatIfOutput.Formats, args.Format) < 0))
        {
            throw new UsageException("cae: --person goes with --scenario, without --sweep, and --format json or md.");
        }

        var files = InputResolver.Files(args.Paths, args.Activity, args.Policy, "whatif");
        OutputFile.Check(args.Out, new[] { args.Scenario, files.Paths, files.Activity, files.Policy });
        var axes = args.Sweeps.Select(SweepAxisParser.Parse).ToArray();
        if (axes.Aggregate(1L, (n, a) => n * a.Values.Count) > MaxSweepScenarios)
        {
            throw new UsageException(FormattableString.Invariant($"cae: --sweep: more than {MaxSweepScenarios} scenarios in all."));
        }

        IReadOnlyList<string> indicators = args.Indicators is null
            ? IndicatorPath.Defaults
            : IndicatorPath.SplitList(args.Indicators).ToArray();
        var scenario = args.Scenario is null ? Scenario.Identity : ScenarioJson.Read(args.Scenario);
        var input = InputResolver.Load(files);
        InputResolver.Report(context, input);
        var baseline = input.Policy;
        foreach (var warning in WhatIfEngine.Warnings(baseline, "baseline")
                     .Concat(scenario.IsIdentity ? Array.Empty<string>() : WhatIfEngine.Warnings(scenario.ApplyTo(baseline), "scenario")))
        {
            context.Error.WriteLine("cae: warning: " + warning);
        }

        var engine = new WhatIfEngine(input.Load.Dataset, baseline);
        var reportYear = ReportYear.Choose(args.Year, DataCoverage.Of(input.Load.Dataset), context.Error);
        var labels = ReportLabels.For(args.Lang)!;
        if (axes.Length > 0)
        {
            SweepResult result;
            try
            {
                result = engine.Sweep(scenario, axes, indicators, reportYear);
            }
            catch (ArgumentException e) when (e.ParamName is "indicators" or "path")
            {
                throw new UsageException("cae: --indicators: " + e.Message.Split(new[] { " (Parameter" }, StringSplitOptions.None)[0], e);
            }

            WhatIfOutput.Write(result, args.Format, labels, args.Out, context.Out);
        }
        else
        {
            var compared = engine.Compare(scenario, reportYear, input.Summary);
            if (args.Person is not null)
            {
                var figures = compared.Person(args.Person)
                    ?? throw new UsageException(FormattableString.Invariant($"cae: --person: '{args.Person}' is neither supported nor active in {reportYear} (an entrepreneur_id of paths.csv)."));
                PersonWhatIfOutput.Write(figures, compared, args.Format, args.Out, context.Out);
            }
            else
            {
                WhatIfOutput.Write(compared, input.Diagnostics, args.Scenario!, args.Format, labels, args.Out, context.Out);
            }
        }

        return input.HasRejections ? ExitCodes.RejectedRows : ExitCodes.Success;
    }

    private sealed record Arguments(string? Scenario, string? Paths, string? Activity, string? Policy, int? Year, string Format, string Lang, IReadOnlyList<string> Sweeps, string? Indicators, string? Person, string? Out);
}
