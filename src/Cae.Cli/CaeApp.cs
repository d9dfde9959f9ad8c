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
    /// <summary>The longest message line the tool writes on standard error.</summary>
    public const int MaxMessage = 300;

    /// <summary>Runs the tool with the given writers (tests pass string writers).</summary>
    /// <param name="args">The command line.</param>
    /// <param name="stdout">Where results go.</param>
    /// <param name="stderr">Where errors and warnings go, as <c>file:line: column: message</c>.</param>
    /// <returns>The exit code: 0 success, 1 rejected rows, 2 usage error, unreadable file or failed write on
    /// <paramref name="stdout"/>, 3 internal error (<see cref="ExitCodes"/>). No exception escapes: every error is one
    /// line on <paramref name="stderr"/>, never a stack trace.</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var output = new GuardedWriter(stdout ?? throw new ArgumentNullException(nameof(stdout)), quiet: false);
        var errors = new GuardedWriter(stderr ?? throw new ArgumentNullException(nameof(stderr)), quiet: true);
        try
        {
            return Execute(args ?? Array.Empty<string>(), output, errors);
        }
        catch (OutputWriteException e)
        {
            errors.WriteLine(Line($"cae: cannot write to the standard output: {e.Message}"));
            return ExitCodes.UsageError;
        }
        catch (Exception e)
        {
            // A fault of the tool, not of the input: one line, never a stack trace.
            errors.WriteLine(Line($"cae: internal error ({e.GetType().Name}): {e.Message} (please report it, with the command line)"));
            return ExitCodes.InternalError;
        }
    }

    private static int Execute(string[] args, TextWriter stdout, TextWriter stderr)
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
                stderr.WriteLine(Line($"cae: {ParseErrors.InUserWords(error.Message)}"));
            }

            stderr.WriteLine("cae: see 'cae --help'.");
            return ExitCodes.UsageError;
        }

        try
        {
            var code = parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
            stdout.Flush();
            return code;
        }
        catch (UsageException e)
        {
            stderr.WriteLine(Line(e.Message));
            return ExitCodes.UsageError;
        }
        catch (InputException e)
        {
            stderr.WriteLine(Line(e.Message));
            return ExitCodes.UsageError;
        }
        catch (DomainRuleException e)
        {
            stderr.WriteLine(Line($"cae: {e.Message}"));
            return ExitCodes.UsageError;
        }
    }

    /// <summary>A message as one line of at most 300 characters (a longer one is cut, with an ellipsis).</summary>
    private static string Line(string message)
    {
        var line = message.Replace("\r\n", " ").Replace('\n', ' ').Replace('\r', ' ');
        return line.Length <= MaxMessage ? line : line.Substring(0, MaxMessage - 1) + "…";
    }
}
