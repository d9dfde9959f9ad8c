using System.Collections.Generic;
using Cae.Domain.Activity;
using Cae.Domain.Paths;

namespace Cae.Cli.Input;

/// <summary>The accepted rows of both input files, in file order.</summary>
public sealed class InputDataset
{
    /// <summary>Creates the data set.</summary>
    /// <param name="paths">The accepted path rows.</param>
    /// <param name="activity">The accepted activity rows.</param>
    public InputDataset(IReadOnlyList<PathRecord> paths, IReadOnlyList<MonthlyActivity> activity)
    {
        Paths = paths;
        Activity = activity;
    }

    /// <summary>The accepted path rows, one per person.</summary>
    public IReadOnlyList<PathRecord> Paths { get; }

    /// <summary>The accepted activity rows, one per person, month and structure.</summary>
    public IReadOnlyList<MonthlyActivity> Activity { get; }
}
