using System.CommandLine;
using System.Globalization;
using Cae.Cli.Infrastructure;
using Cae.Domain.Policy;
using NodaTime;

namespace Cae.Cli.Commands;

/// <summary><c>cae policy</c>: prints the parameters in force on a day, with their references.</summary>
public static class PolicyCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="context">The writers.</param>
    public static Command Create(CliContext context)
    {
        var on = new Option<string?>("--on") { Description = "The day (yyyy-MM-dd); default: today." };
        var policyFile = new Option<string?>("--policy") { Description = "A policy.json (data contract §1); default: the network default." };
        var command = new Command("policy", "Print the policy parameters in force on a day, each with its value, effective date and reference.");
        command.Options.Add(on);
        command.Options.Add(policyFile);
        command.SetAction(parse =>
        {
            var day = CalculatorArguments.OptionalDate("--on", parse.GetValue(on)) ?? CalculatorArguments.Today();
            var file = parse.GetValue(policyFile);
            Print(context, CalculatorArguments.Policy(file), day);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Print(CliContext context, CaePolicy policy, LocalDate day)
    {
        var w = context.Out;
        w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Policy in force on {day:yyyy-MM-dd}"));
        Line(w, policy.SupportLimitMonths, day);
        Line(w, policy.CapeMaximumMonths, day);
        Line(w, policy.CapeMaximumRenewals, day);
        Line(w, policy.AssociateDeadlineMonths, day);
        Line(w, policy.TrialPeriodMaximumMonths, day);
        Line(w, policy.MonthlyLegalHours, day);
        Line(w, policy.FteAnnualHours, day);
        Line(w, policy.SmicHourly, day);
        Line(w, policy.EmployerCharges, day);
        var rate = policy.Contribution.RateFor(day, new Domain.Organisation.Structure("*"));
        w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"- contribution: {rate} on {policy.Contribution.Base}; {rate.Reference}"));
        w.WriteLine($"- assemblies: {(policy.Assemblies.Dates.Count == 0 ? "(none)" : policy.Assemblies.ToString())}; admission {policy.Admission}");
        w.WriteLine($"- positive exits: {policy.PositiveExits}; perennial exits: {policy.PerennialExits}");
    }

    private static void Line<T>(System.IO.TextWriter w, DatedParameter<T> parameter, LocalDate day)
    {
        w.WriteLine(parameter.TryEntryOn(day, out var entry)
            ? $"- {parameter.Name}: {entry}; {entry!.Reference}"
            : string.Create(CultureInfo.InvariantCulture, $"- {parameter.Name}: no value before {parameter.Values[0].From:yyyy-MM-dd}"));
    }
}
