using System;
using System.CommandLine;
using System.IO;
using Cae.Cli.Commands;
using Cae.Cli.Infrastructure;
using Cae.IO;
using Cae.Domain.Errors;

namespace Cae.Cli;

/// <summary>
/// The <c>cae</c> command line: builds the commands, parses, runs, and maps errors to the contract's exit codes.
/// </summary>
public static class CaeApp
{
    /// <summary>Runs the tool with the given writers (tests pass string writers).</summary>
    /// <param name="args">The command line.</param>
    /// <param name="stdout">Where results go.</param>
    /// <param name="stderr">Where errors and warnings go, as <c>file:line: column: message</c>.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var context = new CliContext(stdout, stderr);
        var root = new RootCommand("cae: annual activity report, policy what-if and one-person calculators for coopératives d'activités et d'emploi.");
        foreach (var command in CommandCatalog.Create(context))
        {
            root.Subcommands.Add(command);
        }

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                stderr.WriteLine($"cae: {error.Message}");
            }

            stderr.WriteLine("cae: see 'cae --help'.");
            return ExitCodes.UsageError;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (UsageException e)
        {
            stderr.WriteLine(e.Message);
            return ExitCodes.UsageError;
        }
        catch (InputException e)
        {
            stderr.WriteLine(e.Message);
            return ExitCodes.UsageError;
        }
        catch (DomainRuleException e)
        {
            stderr.WriteLine($"cae: {e.Message}");
            return ExitCodes.UsageError;
        }
    }
}
