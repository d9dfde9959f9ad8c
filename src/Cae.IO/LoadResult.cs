using System.Collections.Generic;
using Cae.IO.Csv;
using Cae.IO.Json;
using Cae.Domain.Activity;
using Cae.Domain.Paths;
using Cae.Rules.Data;

namespace Cae.IO;

/// <summary>
/// What <see cref="ContractCsv"/> read: the data set of the accepted rows, every rejected row with its
/// reason, the warnings, and the counts of the data contract (every row read is either accepted or rejected).
/// </summary>
public sealed class LoadResult
{
    internal LoadResult(
        CaeDataset dataset,
        InputFile pathsFile,
        InputFile activityFile,
        IReadOnlyList<MonthlyActivity>? activityRows,
        IReadOnlyList<RejectedRow> rejectedRows,
        IReadOnlyList<InputWarning> warnings,
        int pathsRead,
        int activityRead)
    {
        Dataset = dataset;
        PathsFile = pathsFile;
        ActivityFile = activityFile;
        ActivityRows = activityRows;
        RejectedRows = rejectedRows;
        Warnings = warnings;
        PathsRead = pathsRead;
        ActivityRead = activityRead;
    }

    /// <summary>The data set of the accepted rows, for the report engine.</summary>
    public CaeDataset Dataset { get; }

    /// <summary>The paths file: name, encoding and dialect.</summary>
    public InputFile PathsFile { get; }

    /// <summary>The activity file: name, encoding and dialect.</summary>
    public InputFile ActivityFile { get; }

    /// <summary>The accepted path rows, in file order.</summary>
    public IReadOnlyList<PathRecord> Paths => Dataset.Paths;

    /// <summary>The accepted activity rows as objects, in file order, when the loader was asked to keep them (tests); <c>null</c> otherwise.</summary>
    internal IReadOnlyList<MonthlyActivity>? ActivityRows { get; }

    /// <summary>Every rejected row: the paths file's first, each file in line order.</summary>
    public IReadOnlyList<RejectedRow> RejectedRows { get; }

    /// <summary>Every warning: the paths file's first, each file in line order.</summary>
    public IReadOnlyList<InputWarning> Warnings { get; }

    /// <summary>Data rows read from the paths file (the header excluded).</summary>
    public int PathsRead { get; }

    /// <summary>Path rows accepted.</summary>
    public int PathsAccepted => Dataset.PersonCount;

    /// <summary>Data rows read from the activity file (the header excluded).</summary>
    public int ActivityRead { get; }

    /// <summary>Activity rows accepted.</summary>
    public int ActivityAccepted => Dataset.ActivityCount;

    /// <summary>Whether any row was rejected (the tool then exits with code 1).</summary>
    public bool HasRejectedRows => RejectedRows.Count > 0;
}
