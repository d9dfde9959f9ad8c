using System.Collections.Generic;
using System.CommandLine;
using Cae.Cli.Infrastructure;

namespace Cae.Cli.Commands;

/// <summary>The list of the tool's commands: each command lives in its own file and is registered here.</summary>
public static class CommandCatalog
{
    /// <summary>Creates every command.</summary>
    /// <param name="context">The writers.</param>
    public static IEnumerable<Command> Create(CliContext context)
    {
        yield return PolicyCommand.Create(context);
        yield return GenerateCommand.Create(context);
        yield return ReportCommand.Create(context);
        yield return AggregateCommand.Create(context);
        yield return MergeCommand.Create(context);
        yield return TrendCommand.Create(context);
        yield return WhatIfCommand.Create(context);
        yield return CheckCommand.Create(context);
        yield return PathCommand.Create(context);
        yield return PayCommand.Create(context);
    }
}
