using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.Linq;
using Cae.Cli.Infrastructure;
using Cae.Domain.Policy;
using Cae.Domain.Policy.Registry;
using Cae.IO.Json;
using NodaTime;

namespace Cae.Cli.Commands;

/// <summary>
/// <c>cae policy --on DATE [--policy F] [--format md|json]</c>: prints every parameter of the registry in force on a
/// day, with its value, effective date and reference (data contract §2').
/// </summary>
public static class PolicyCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="context">The writers.</param>
    public static Command Create(CliContext context)
    {
        var on = new Option<string?>("--on") { Description = "The day (yyyy-MM-dd); default: today." };
        var policyFile = new Option<string?>("--policy") { Description = "A policy.json (data contract §1); default: the network default." };
        var format = new Option<string?>("--format") { Description = "md (default) or json." };
        var command = new Command("policy", "Print the policy parameters in force on a day, each with its value, effective date and reference.");
        command.Options.Add(on);
        command.Options.Add(policyFile);
        command.Options.Add(format);
        command.SetAction(parse =>
        {
            var day = CalculatorArguments.OptionalDate("--on", parse.GetValue(on)) ?? CalculatorArguments.Today();
            var json = parse.GetValue(format) switch
            {
                null or "md" => false,
                "json" => true,
                var other => throw new UsageException($"--format: '{other}' is not a format of cae policy (md or json)"),
            };
            var policy = CalculatorArguments.Policy(parse.GetValue(policyFile));
            var values = PolicyParameters.InForceOn(policy, day);
            if (json)
            {
                WriteJson(context, values);
            }
            else
            {
                WriteMarkdown(context, policy, values, day);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static void WriteJson(CliContext context, IReadOnlyList<ParameterInForce> values)
    {
        JsonOut.Document(context.Out, w =>
        {
            w.WriteStartArray();
            foreach (var v in values)
            {
                w.WriteStartObject();
                w.WriteString("name", v.Name);
                if (v.IsNumber && decimal.TryParse(v.Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
                {
                    w.WriteNumber("value", number);
                }
                else
                {
                    w.WriteString("value", v.Value);
                }

                JsonOut.Date(w, "from", v.From);
                if (v.Reference is { } reference)
                {
                    w.WriteStartObject("reference");
                    w.WriteString("title", reference.Title);
                    w.WriteString("href", reference.Url);
                    w.WriteEndObject();
                }
                else
                {
                    w.WriteNull("reference");
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
        });
    }

    private static void WriteMarkdown(CliContext context, CaePolicy policy, IReadOnlyList<ParameterInForce> values, LocalDate day)
    {
        var w = context.Out;
        w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"# Policy in force on {day:yyyy-MM-dd}"));
        w.WriteLine();
        w.WriteLine("| parameter | value | from | reference |");
        w.WriteLine("| --- | --- | --- | --- |");
        foreach (var v in values)
        {
            var from = v.From is { } f ? f.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "–";
            w.WriteLine($"| {v.Name} | {Cell(v.Value.Length == 0 ? "(none)" : v.Value)} | {from} | {Cell(v.Reference?.ToString() ?? "–")} |");
        }

        var missing = PolicyParameters.All.Where(p => p.IsDated && p.InForceOn(policy, day).Count == 0).Select(p => p.Name).ToArray();
        if (missing.Length > 0)
        {
            w.WriteLine();
            w.WriteLine("No value in force on that day: " + string.Join(", ", missing) + ".");
        }
    }

    private static string Cell(string text) => text.Replace("|", "\\|");
}
