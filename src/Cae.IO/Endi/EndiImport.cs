using System.Collections.Generic;
using Cae.Domain.Activity;
using Cae.Domain.Paths;
using Cae.Rules.Data;

namespace Cae.IO.Endi;

/// <summary>
/// What <see cref="EndiExport.Import(IReadOnlyList{string}, EndiMapping, string?, Domain.Policy.CaePolicy?)"/> read:
/// the <see cref="LoadResult"/> a report is computed from, the activity rows as objects (to write
/// <c>activity.csv</c>), and the exit reasons the mapping does not map.
/// </summary>
public sealed class EndiImport
{
    internal EndiImport(
        CaeDataset dataset,
        IReadOnlyList<MonthlyActivity> activity,
        IReadOnlyList<RejectedRow> rejected,
        IReadOnlyList<InputWarning> warnings,
        int pathsRead,
        int activityRead,
        IReadOnlyList<EndiLabel> unmapped,
        InputFile source)
    {
        Activity = activity;
        UnmappedExitReasons = unmapped;
        Load = new LoadResult(dataset, source, source, activity, rejected, warnings, pathsRead, activityRead);
    }

    /// <summary>
    /// The data set of the accepted rows with every rejected row and warning. Rows read count the people found
    /// (one per <c>ID Utilisateur</c>, however many exports list them) and their months with a turnover; both
    /// files of the result are the latest export, which gives the paths.
    /// </summary>
    public LoadResult Load { get; }

    /// <summary>The accepted paths, in the order found.</summary>
    public IReadOnlyList<PathRecord> Paths => Load.Paths;

    /// <summary>The accepted activity rows, person by person, month by month.</summary>
    public IReadOnlyList<MonthlyActivity> Activity { get; }

    /// <summary>Each exit reason not mapped to a category, with the number of paths it rejected, in the order found.</summary>
    public IReadOnlyList<EndiLabel> UnmappedExitReasons { get; }

    /// <summary>Whether the import rejected any row.</summary>
    public bool HasRejectedRows => Load.HasRejectedRows;
}
