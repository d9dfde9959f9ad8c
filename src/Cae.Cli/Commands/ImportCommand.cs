using System.CommandLine;
using Cae.Cli.Infrastructure;

namespace Cae.Cli.Commands;

/// <summary><c>cae import</c>: turns another software's exports into the data contract's files (one subcommand per software).</summary>
public static class ImportCommand
{
    /// <summary>Creates the command and its subcommands.</summary>
    /// <param name="context">The writers.</param>
    public static Command Create(CliContext context)
    {
        var command = new Command("import", "Turn another software's exports into the data contract's paths.csv and activity.csv.");
        command.Subcommands.Add(ImportEndiCommand.Create(context));
        return command;
    }
}
