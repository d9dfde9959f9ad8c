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
using Cae.Cli.Output;
using Cae.Cli.Output.Html;
using Cae.Domain.Errors;
using Cae.Domain.Policy;
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
/// for every number of the report) and <c>actual</c>; <c>md</c> prints, for people, the key figures, the admissions
/// that move and every figure that changes, as tables of indicator | baseline | scenario | delta; <c>html</c> one
/// self-contained page (<c>--lang fr</c> by default, or <c>en</c>) with the key figures, bar charts of baseline and
/// scenario, and every table of the annual report that changes under the baseline, the scenario and their delta side
/// by side.</para>
/// <para><c>--sweep NAME=FROM:TO:STEP</c> (or <c>NAME=V1,V2,…</c>), repeated for more axes, varies parameters over
/// the scenario (or the baseline) and prints one row per combination, the first axis varying slowest, with the
/// indicators of <c>--indicators a.b.c,…</c> (report-tree paths, the JSON names joined by dots): a table in
/// <c>md</c>, an array of objects in <c>json</c>, one line chart per indicator over the first axis in <c>html</c>.
/// Parameters: see <see cref="SweepAxis.KnownParameters"/>.</para>
/// <para>Exit codes: 0 on success; 1 when input rows were rejected (the output is still produced from the accepted
/// rows; the rejected rows go to stderr as <c>file:line: column: reason</c> and into the reports'
/// <c>rejected_rows</c>); 2 on a usage error or an unreadable or invalid file (<c>file:line: $.path: message</c>).</para>
/// </remarks>
public static class WhatIfCommand
{
    /// <summary>The most scenarios one sweep may hold.</summary>
    public const int MaxSweepScenarios = 1_000_000;

    private static readonly string[] KeyFigures =
    {
        "flows.total.accompanied", "Accompanied people",
        "flows.total.present_end", "Present at year end",
        "exits.total.total", "Exits",
        "exits.total.associate", "Exits as associate",
        "exits.positive_rate", "Positive exit rate",
        "exits.perennial_rate", "Perennial exit rate",
        "path_duration_months.average", "Average path (months)",
        "path_duration_months.by_category.associate", "Associates' average path (months)",
        "turnover.associates", "Turnover of associates (€)",
        "turnover.accompanied", "Turnover of the accompanied (€)",
        "salary.total.salaried", "Salaried accompanied (per unit)",
        "salary.total.hours", "Salary hours",
        "salary.total.fte", "Full-time equivalents",
        "contributions.total", "Contributions (€)",
        "self_financing", "Self-financing rate",
    };

    /// <summary>Creates the command.</summary>
    /// <param name="context">The writers.</param>
    public static Command Create(CliContext context)
    {
        var scenario = new Option<string?>("--scenario") { Description = "Scenario file: a policy.json holding only the fields it changes, plus \"name\" (required without --sweep)." };
        var paths = new Option<string?>("--paths") { Description = "paths.csv: one row per support path (default: the bundled Coopilote 2015 sample)." };
        var activity = new Option<string?>("--activity") { Description = "activity.csv: one row per person, month and structure." };
        var policy = new Option<string?>("--policy") { Description = "The baseline policy.json (default: the network defaults; the sample's own policy for the sample)." };
        var year = new Option<int?>("--year") { Description = "The year of the reports (default: the last complete year of the data)." };
        var format = new Option<string>("--format") { Description = "json, md or html (one self-contained page: baseline, scenario and delta side by side; sweeps as line charts).", DefaultValueFactory = _ => "md" };
        format.AcceptOnlyFromAmong("json", "md", "html");
        var lang = new Option<string>("--lang") { Description = "fr or en, for html.", DefaultValueFactory = _ => "fr" };
        lang.AcceptOnlyFromAmong("fr", "en");
        var sweep = new Option<string[]>("--sweep")
        {
            Description = "Vary a parameter: NAME=FROM:TO:STEP or NAME=V1,V2,... (repeat for more axes). NAME is one of "
                + string.Join(", ", SweepAxis.KnownParameters) + ".",
        };
        var indicators = new Option<string?>("--indicators") { Description = "With --sweep: report-tree paths, comma-separated (default: " + string.Join(",", IndicatorPath.Defaults) + ")." };
        var command = new Command("whatif", "Compare a policy scenario with the baseline policy (baseline, scenario, delta for every number of the report), or sweep parameters over ranges.");
        foreach (var option in new Option[] { scenario, paths, activity, policy, year, format, lang, sweep, indicators })
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
                parse.GetValue(year),
                parse.GetValue(format)!,
                parse.GetValue(lang)!,
                parse.GetValue(sweep) ?? Array.Empty<string>(),
                parse.GetValue(indicators))));
        return command;
    }

    /// <summary>Reads one <c>--sweep</c> value: <c>NAME=FROM:TO:STEP</c>, <c>NAME=V1,V2,…</c> or <c>NAME=V</c>.</summary>
    /// <param name="text">The option's value.</param>
    /// <exception cref="UsageException">The value is not of that form, or names an unknown parameter, or a value the parameter cannot take.</exception>
    public static SweepAxis ParseAxis(string text)
    {
        var equals = (text ?? throw new ArgumentNullException(nameof(text))).IndexOf('=');
        if (equals <= 0)
        {
            throw new UsageException($"cae: --sweep: '{text}' is not NAME=FROM:TO:STEP or NAME=V1,V2,...");
        }

        var name = text.Substring(0, equals).Trim();
        var spec = text.Substring(equals + 1).Trim();
        if (!SweepAxis.KnownParameters.Contains(name))
        {
            throw new UsageException($"cae: --sweep: '{name}' is not a parameter a sweep knows ({string.Join(", ", SweepAxis.KnownParameters)})");
        }

        IReadOnlyList<decimal> values;
        var parts = spec.Split(':');
        if (parts.Length == 3)
        {
            var (from, to, step) = (Number(text, parts[0]), Number(text, parts[1]), Number(text, parts[2]));
            try
            {
                values = SweepAxis.Range(from, to, step);
            }
            catch (ArgumentException e)
            {
                throw new UsageException($"cae: --sweep: {name}: {e.Message.Split(new[] { " (Parameter" }, StringSplitOptions.None)[0]}", e);
            }
        }
        else if (parts.Length == 1)
        {
            values = spec.Split(',').Select(v => Number(text, v)).ToArray();
        }
        else
        {
            throw new UsageException($"cae: --sweep: '{text}' is not NAME=FROM:TO:STEP or NAME=V1,V2,...");
        }

        try
        {
            return SweepAxis.Parameter(name, values);
        }
        catch (DomainRuleException e)
        {
            throw new UsageException($"cae: --sweep: {name}: {e.Message}", e);
        }
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

        if ((args.Paths is null) != (args.Activity is null))
        {
            throw new UsageException("cae: --paths and --activity go together (without both, whatif runs on the bundled sample).");
        }

        if (args.Year is < 2 or > 9998)
        {
            throw new UsageException(FormattableString.Invariant($"cae: --year: {args.Year} is not a year between 2 and 9998."));
        }

        var axes = args.Sweeps.Select(ParseAxis).ToArray();
        if (axes.Aggregate(1L, (n, a) => n * a.Values.Count) > MaxSweepScenarios)
        {
            throw new UsageException(FormattableString.Invariant($"cae: --sweep: more than {MaxSweepScenarios} scenarios in all."));
        }

        IReadOnlyList<string> indicators = args.Indicators is null
            ? IndicatorPath.Defaults
            : args.Indicators.Split(',').Select(i => i.Trim()).Where(i => i.Length > 0).ToArray();
        var pathsFile = args.Paths;
        var activityFile = args.Activity;
        var policyFile = args.Policy;
        if (pathsFile is null)
        {
            var sample = Path.Combine(AppContext.BaseDirectory, ReportCommand.SampleFolder);
            pathsFile = Path.Combine(sample, "paths.csv");
            activityFile = Path.Combine(sample, "activity.csv");
            policyFile ??= Path.Combine(sample, "policy.json");
        }

        var baseline = policyFile is null ? CaePolicy.Default : PolicyJson.Load(policyFile);
        var scenario = args.Scenario is null ? Scenario.Identity : ReadScenario(args.Scenario);
        var loaded = ContractCsv.Load(pathsFile, activityFile!, baseline);
        foreach (var warning in loaded.Warnings)
        {
            context.Error.WriteLine(warning.ToString());
        }

        var rejected = loaded.RejectedRows.Select(r => r.ToString()).ToArray();
        foreach (var row in rejected)
        {
            context.Error.WriteLine(row);
        }

        var engine = new WhatIfEngine(loaded.Dataset, baseline);
        var reportYear = args.Year ?? engine.DefaultYear
            ?? throw new UsageException("cae: the input holds no accepted row, so there is no year to report; give --year.");
        using var buffer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        if (axes.Length > 0)
        {
            SweepResult result;
            try
            {
                result = engine.Sweep(scenario, axes, indicators, reportYear);
            }
            catch (ArgumentException e) when (e is not ArgumentNullException and not DomainRuleException)
            {
                throw new UsageException("cae: --indicators: " + e.Message.Split(new[] { " (Parameter" }, StringSplitOptions.None)[0], e);
            }

            if (args.Format == "json")
            {
                WriteSweepJson(result, buffer);
            }
            else if (args.Format == "html")
            {
                WhatIfHtmlWriter.Write(result, ReportLabels.For(args.Lang)!, buffer);
            }
            else
            {
                WriteSweepMarkdown(result, buffer);
            }
        }
        else
        {
            var input = new InputSummary(loaded.PathsRead, loaded.PathsAccepted, loaded.ActivityRead, loaded.ActivityAccepted, rejected);
            var result = engine.Compare(scenario, reportYear, input);
            if (args.Format == "json")
            {
                ReportJson.Write(result.ToTree(), buffer);
            }
            else if (args.Format == "html")
            {
                WhatIfHtmlWriter.Write(result, ReportLabels.For(args.Lang)!, buffer);
            }
            else
            {
                WriteMarkdown(result, args.Scenario!, buffer);
            }
        }

        context.Out.Write(buffer.ToString());
        return rejected.Length > 0 ? ExitCodes.RejectedRows : ExitCodes.Success;
    }

    private static Scenario ReadScenario(string file)
    {
        var overrides = PolicyJson.Read(file, allowName: true);
        var name = string.IsNullOrWhiteSpace(overrides.Name) ? Path.GetFileNameWithoutExtension(file) : overrides.Name!;
        if (string.IsNullOrWhiteSpace(name))
        {
            name = "scenario";
        }

        return overrides.Fields.Count == 0
            ? Scenario.Named(name)
            : Scenario.Named(name).With(string.Join(", ", overrides.Fields), overrides.ApplyTo);
    }

    private static decimal Number(string option, string text) =>
        decimal.TryParse(text.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new UsageException($"cae: --sweep: '{text.Trim()}' in '{option}' is not a number (e.g. 0.08)");

    private static void WriteMarkdown(WhatIfResult result, string scenarioFile, TextWriter w)
    {
        var baseline = result.Baseline.ToTree();
        var scenario = result.Scenario.ToTree();
        w.Write(FormattableString.Invariant($"# What-if: {Escape(result.Name)} ({result.Year})\n\n"));
        w.Write("Scenario file: `" + Path.GetFileName(scenarioFile).Replace("`", "'") + "`. ");
        w.Write("Baseline and scenario are both modelled by the same rules from the recorded turnover, purchases, entry, CESA and application dates, so the delta shows only the policy's effect; the figures as recorded are under `actual` in `--format json`.\n");
        w.Write("\n## Key figures\n\n");
        TableHeader(w);
        for (var i = 0; i < KeyFigures.Length; i += 2)
        {
            var path = KeyFigures[i].Split('.');
            Row(w, KeyFigures[i + 1], baseline.Find(path) as ReportNumber, scenario.Find(path) as ReportNumber, result.Delta.Find(path) as ReportNumber);
        }

        Row(
            w,
            "Supported past the support limit on 31 December",
            new ReportNumber(result.BaselinePastSupportLimit, ReportValueKind.Count),
            new ReportNumber(result.ScenarioPastSupportLimit, ReportValueKind.Count),
            new ReportNumber(result.ScenarioPastSupportLimit - result.BaselinePastSupportLimit, ReportValueKind.Count));
        if (result.AdmissionChanges.Count > 0)
        {
            w.Write("\n## Admissions as associate that move\n\n");
            w.Write("| person | application | baseline | scenario | months earlier |\n| --- | --- | --- | --- | ---: |\n");
            foreach (var change in result.AdmissionChanges)
            {
                w.Write(FormattableString.Invariant(
                    $"| {Escape(change.EntrepreneurId)} | {Date(change.Application)} | {Date(change.Baseline)} | {Date(change.Scenario)} | {(change.MonthsEarlier is { } m ? m.ToString(CultureInfo.InvariantCulture) : "–")} |\n"));
            }
        }

        w.Write("\n## Every figure that changes\n\n");
        var changed = 0;
        foreach (var (path, delta) in Numbers(result.Delta, string.Empty))
        {
            var names = path.Split('.');
            var before = baseline.Find(names) as ReportNumber;
            var after = scenario.Find(names) as ReportNumber;
            var undefinedOnBothSides = before?.Value is null && after?.Value is null;
            if (delta.Value == 0m || (delta.Value is null && undefinedOnBothSides))
            {
                continue;
            }

            if (changed++ == 0)
            {
                TableHeader(w);
            }

            Row(w, path, before, after, delta);
        }

        if (changed == 0)
        {
            w.Write("No figure of the report changes.\n");
        }
    }

    private static void WriteSweepMarkdown(SweepResult result, TextWriter w)
    {
        w.Write(FormattableString.Invariant($"# What-if sweep ({result.Year})\n\n"));
        w.Write(result.Scenario == Scenario.Identity.Name
            ? "Over the baseline policy. "
            : "Over the scenario " + Escape(result.Scenario) + ". ");
        w.Write(FormattableString.Invariant($"{result.Rows.Count} scenarios, each modelled by the same rules from the recorded inputs.\n\n"));
        var columns = result.Axes.Concat(result.Indicators).ToArray();
        w.Write("| " + string.Join(" | ", columns.Select(Escape)) + " |\n");
        w.Write("|" + string.Concat(columns.Select(_ => " ---: |")) + "\n");
        foreach (var row in result.Rows)
        {
            var cells = row.Parameters.Select(p => p.ToString(CultureInfo.InvariantCulture))
                .Concat(row.Values.Select((v, i) => Format(new ReportNumber(v, result.Kinds[i]), false)));
            w.Write("| " + string.Join(" | ", cells) + " |\n");
        }
    }

    private static void WriteSweepJson(SweepResult result, TextWriter w) => JsonOut.Document(w, json =>
    {
        json.WriteStartArray();
        foreach (var row in result.Rows)
        {
            json.WriteStartObject();
            for (var a = 0; a < result.Axes.Count; a++)
            {
                json.WriteNumber(result.Axes[a], row.Parameters[a]);
            }

            for (var i = 0; i < result.Indicators.Count; i++)
            {
                if (row.Values[i] is { } value)
                {
                    json.WriteNumber(result.Indicators[i], value);
                }
                else
                {
                    json.WriteNull(result.Indicators[i]);
                }
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    });

    private static IEnumerable<(string Path, ReportNumber Number)> Numbers(ReportNode node, string prefix)
    {
        if (node is ReportNumber number)
        {
            yield return (prefix, number);
        }
        else if (node is ReportTree tree)
        {
            foreach (var child in tree.Children)
            {
                foreach (var pair in Numbers(child.Value, prefix.Length == 0 ? child.Key : prefix + "." + child.Key))
                {
                    yield return pair;
                }
            }
        }
    }

    private static void TableHeader(TextWriter w) =>
        w.Write("| indicator | baseline | scenario | delta |\n| --- | ---: | ---: | ---: |\n");

    private static void Row(TextWriter w, string label, ReportNumber? baseline, ReportNumber? scenario, ReportNumber? delta) =>
        w.Write($"| {Escape(label)} | {Format(baseline, false)} | {Format(scenario, false)} | {Format(delta, true)} |\n");

    /// <summary>A number for people: counts and amounts to the unit, hours and averages to 0.01, rates in % (deltas of rates in points).</summary>
    private static string Format(ReportNumber? number, bool signed)
    {
        if (number?.Value is not { } value)
        {
            return "–";
        }

        var text = number.Kind switch
        {
            ReportValueKind.Rate => (value * 100m).ToString("#,0.0", CultureInfo.InvariantCulture) + (signed ? " pts" : " %"),
            ReportValueKind.Amount => Cae.Domain.Values.Rounding.ToDecimals(value, 0).ToString("#,0", CultureInfo.InvariantCulture),
            ReportValueKind.Count or ReportValueKind.Year => value.ToString("#,0", CultureInfo.InvariantCulture),
            _ => value.ToString("#,0.00", CultureInfo.InvariantCulture),
        };
        return signed && value > 0m ? "+" + text : text;
    }

    private static string Date(NodaTime.LocalDate? date) => date is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "–";

    private static string Escape(string text) => text.Replace("|", "\\|").Replace("\r", " ").Replace("\n", " ");

    private sealed record Arguments(string? Scenario, string? Paths, string? Activity, string? Policy, int? Year, string Format, string Lang, IReadOnlyList<string> Sweeps, string? Indicators);
}
