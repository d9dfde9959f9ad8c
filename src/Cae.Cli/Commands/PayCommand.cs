using System;
using System.CommandLine;
using Cae.Cli.Infrastructure;
using Cae.Cli.Output;
using Cae.IO.Json;
using Cae.Domain.Organisation;
using Cae.Domain.Values;
using Cae.Rules.Pay;

namespace Cae.Cli.Commands;

/// <summary>
/// <c>cae pay</c>: one month's pay cascade checked by hand (Code du travail L7332-3): gross margin,
/// contribution, available budget, employer charges, gross salary, SMIC and equivalent hours, with the
/// explanation (data contract §2).
/// </summary>
public static class PayCommand
{
    /// <summary>The structure used without <c>--structure</c>: it matches no structure's own rate, so the CAE default applies.</summary>
    internal const string AnyStructure = "*";

    /// <summary>Creates the command.</summary>
    /// <param name="context">The writers.</param>
    public static Command Create(CliContext context)
    {
        var month = new Option<string>("--month") { Description = "The month (yyyy-MM).", Required = true };
        var turnover = new Option<string>("--turnover") { Description = "Turnover of the month, euros excluding VAT (e.g. 3000 or 3000.50).", Required = true };
        var purchases = new Option<string?>("--purchases") { Description = "Purchases and subcontracting consumed (default 0)." };
        var costs = new Option<string?>("--costs") { Description = "Other costs directly and exclusively linked to the activity (default 0)." };
        var structure = new Option<string?>("--structure") { Description = "The structure that carries the activity, for its contribution rate (default: the CAE default rate)." };
        var yearToDate = new Option<string?>("--year-to-date-base") { Description = "Contribution base of the same person and structure earlier in the year, for tiered rates (default 0)." };
        var policy = new Option<string?>("--policy") { Description = "A policy.json (data contract §1); default: the network default." };
        var format = new Option<string?>("--format") { Description = "json (default) or md." };
        var command = new Command("pay", "Compute one month's pay cascade: contribution, available budget, employer charges, gross salary and equivalent salary hours, with the explanation.")
        {
            month, turnover, purchases, costs, structure, yearToDate, policy, format,
        };
        command.SetAction(parse =>
        {
            var outputFormat = CalculatorArguments.OutputFormat(parse.GetValue(format));
            var theMonth = CalculatorArguments.Month("--month", parse.GetValue(month)!);
            var theTurnover = CalculatorArguments.Amount("--turnover", parse.GetValue(turnover));
            var thePurchases = CalculatorArguments.Amount("--purchases", parse.GetValue(purchases));
            var theCosts = CalculatorArguments.Amount("--costs", parse.GetValue(costs));
            var theStructure = parse.GetValue(structure) is { } name && !string.IsNullOrWhiteSpace(name) ? new Structure(name) : new Structure(AnyStructure);
            var theYearToDate = CalculatorArguments.Amount("--year-to-date-base", parse.GetValue(yearToDate));
            var rule = new PayCascadeRule(CalculatorArguments.Policy(parse.GetValue(policy)));
            var result = rule.Explain(theMonth, theStructure, null, theTurnover, thePurchases, theCosts, theYearToDate);
            if (outputFormat == CalculatorArguments.Format.Json)
            {
                WriteJson(context, result);
            }
            else
            {
                WriteMarkdown(context, result);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static void WriteJson(CliContext context, PayResult r) => JsonOut.Document(context.Out, w =>
    {
        w.WriteStartObject();
        JsonOut.Money(w, "gross_margin", r.GrossMargin);
        JsonOut.Money(w, "contribution", r.Contribution);
        JsonOut.Money(w, "available", r.Available);
        JsonOut.Money(w, "employer_charges", r.EmployerCharges);
        JsonOut.Money(w, "gross_salary", r.GrossSalary);
        JsonOut.Money(w, "smic_hourly", r.SmicHourly);
        JsonOut.Hours(w, "hours", r.Hours);
        JsonOut.Trace(w, "explain", r.Trace);
        w.WriteEndObject();
    });

    private static void WriteMarkdown(CliContext context, PayResult r)
    {
        var w = context.Out;
        MarkdownOut.Title(w, FormattableString.Invariant($"Pay cascade for {r.Month:yyyy-MM}"));
        MarkdownOut.Row(w, "Gross margin", Euros(r.GrossMargin));
        MarkdownOut.Row(w, "Contribution", Euros(r.Contribution));
        MarkdownOut.Row(w, "Available", Euros(r.Available));
        MarkdownOut.Row(w, "Employer charges", Euros(r.EmployerCharges));
        MarkdownOut.Row(w, "Gross salary", Euros(r.GrossSalary));
        MarkdownOut.Row(w, "SMIC hourly", Euros(r.SmicHourly));
        MarkdownOut.Row(w, "Hours", r.Hours.ToString());
        MarkdownOut.Explanation(w, r.Trace);
    }

    private static string Euros(Money amount) => amount + " €";
}
