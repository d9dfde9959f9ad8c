using System;
using System.CommandLine;
using System.Globalization;
using Cae.Cli.Infrastructure;
using Cae.Cli.Output;
using Cae.IO.Json;
using Cae.Rules.Explanation;
using Cae.Rules.SupportLimit;

namespace Cae.Cli.Commands;

/// <summary>
/// <c>cae path</c>: one person's support path checked by hand: support end, months elapsed, legal associate
/// deadline, admission date, waiting time and violations, with the explanation (data contract §2).
/// </summary>
/// <remarks>
/// The person is taken as not yet an associate on <c>--on</c>: the violations say what the rules require of
/// such a path on that day (see <see cref="PathRule"/>).
/// </remarks>
public static class PathCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="context">The writers.</param>
    public static Command Create(CliContext context)
    {
        var entry = new Option<string>("--entry") { Description = "Start of the support path (yyyy-MM-dd).", Required = true };
        var cape = new Option<string?>("--cape-months") { Description = "Months of CAPE before the CESA (default 0)." };
        var cesa = new Option<string?>("--cesa") { Description = "Start of the CESA (yyyy-MM-dd)." };
        var application = new Option<string?>("--application") { Description = "Day the person applied to become an associate (yyyy-MM-dd)." };
        var on = new Option<string?>("--on") { Description = "Day of the assessment (yyyy-MM-dd); default: today." };
        var policy = new Option<string?>("--policy") { Description = "A policy.json (data contract §1); default: the network default." };
        var format = new Option<string?>("--format") { Description = "json (default) or md." };
        var command = new Command("path", "Check one person's support path: support end, legal associate deadline, admission at the general assembly, waiting time and violations, with the explanation.")
        {
            entry, cape, cesa, application, on, policy, format,
        };
        command.SetAction(parse =>
        {
            var outputFormat = CalculatorArguments.OutputFormat(parse.GetValue(format));
            var path = new PathCase(CalculatorArguments.Date("--entry", parse.GetValue(entry)!))
            {
                CapeMonths = CalculatorArguments.Count("--cape-months", parse.GetValue(cape)),
                Cesa = CalculatorArguments.OptionalDate("--cesa", parse.GetValue(cesa)),
                Application = CalculatorArguments.OptionalDate("--application", parse.GetValue(application)),
            };
            var day = CalculatorArguments.OptionalDate("--on", parse.GetValue(on)) ?? CalculatorArguments.Today();
            var assessment = new PathRule(CalculatorArguments.Policy(parse.GetValue(policy))).Assess(path, day);
            if (outputFormat == CalculatorArguments.Format.Json)
            {
                WriteJson(context, assessment);
            }
            else
            {
                WriteMarkdown(context, path, day, assessment);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static void WriteJson(CliContext context, PathAssessment a) => JsonOut.Document(context.Out, w =>
    {
        w.WriteStartObject();
        JsonOut.Date(w, "support_end", a.SupportEnd);
        w.WriteNumber("months_elapsed", a.MonthsElapsed);
        JsonOut.Date(w, "legal_associate_deadline", a.LegalAssociateDeadline);
        JsonOut.Date(w, "admission_date", a.AdmissionDate);
        JsonOut.Number(w, "waiting_months", a.WaitingMonths);
        w.WriteStartArray("violations");
        foreach (var v in a.Violations)
        {
            w.WriteStringValue(v.ToString());
        }

        w.WriteEndArray();
        JsonOut.Trace(w, "explain", a.Trace);
        w.WriteEndObject();
    });

    private static void WriteMarkdown(CliContext context, PathCase path, NodaTime.LocalDate on, PathAssessment a)
    {
        var w = context.Out;
        MarkdownOut.Title(w, FormattableString.Invariant($"Support path from {path.Entry:yyyy-MM-dd}, on {on:yyyy-MM-dd}"));
        MarkdownOut.Row(w, "Support end", TraceBuilder.Format(a.SupportEnd));
        MarkdownOut.Row(w, "Months elapsed", a.MonthsElapsed.ToString(CultureInfo.InvariantCulture));
        MarkdownOut.Row(w, "Legal associate deadline", TraceBuilder.Format(a.LegalAssociateDeadline));
        MarkdownOut.Row(w, "Admission date", TraceBuilder.Format(a.AdmissionDate));
        MarkdownOut.Row(w, "Waiting months", TraceBuilder.Format(a.WaitingMonths));
        w.WriteLine();
        w.WriteLine("## Violations");
        w.WriteLine();
        if (a.Violations.Count == 0)
        {
            w.WriteLine("None.");
        }

        foreach (var v in a.Violations)
        {
            w.WriteLine($"- {v}");
        }

        MarkdownOut.Explanation(w, a.Trace);
    }
}
