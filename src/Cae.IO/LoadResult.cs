using System;
using System.Collections.Generic;
using System.Linq;
using Cae.Domain.Activity;
using Cae.Domain.Paths;
using Cae.Domain.Policy;
using Cae.IO.Csv;
using Cae.Rules.Data;

namespace Cae.IO;

/// <summary>
/// What <see cref="ContractCsv"/> read: the data set of the accepted rows, every rejected row with its
/// reason, the warnings, and the counts of the data contract (every row read is either accepted or rejected).
/// </summary>
/// <remarks>The diagnostics travel beside the data set, never through it: writers take the report and these side by
/// side, as a <see cref="ReportDiagnostics"/> (<see cref="ReportDiagnostics.From(LoadResult, SessionLoadResult?, CaePolicy?)"/>).</remarks>
public sealed class LoadResult
{
    private readonly int[] personLines;

    internal LoadResult(
        CaeDataset dataset,
        InputFile pathsFile,
        InputFile activityFile,
        IReadOnlyList<RejectedRow> pathsRejected,
        IReadOnlyList<RejectedRow> activityRejected,
        IReadOnlyList<InputWarning> pathsWarnings,
        IReadOnlyList<InputWarning> activityWarnings,
        int pathsRead,
        int activityRead,
        int[] personLines)
    {
        Dataset = dataset;
        PathsFile = pathsFile;
        ActivityFile = activityFile;
        Rejections = pathsRejected.Concat(activityRejected).ToArray();
        Warnings = pathsWarnings.Concat(activityWarnings).ToArray();
        PathsRead = pathsRead;
        ActivityRead = activityRead;
        this.personLines = personLines;
    }

    /// <summary>A result made by another reader (the enDI exports), its rejections and warnings already in order.</summary>
    internal LoadResult(
        CaeDataset dataset,
        InputFile pathsFile,
        InputFile activityFile,
        IReadOnlyList<MonthlyActivity>? activityRows,
        IReadOnlyList<RejectedRow> rejected,
        IReadOnlyList<InputWarning> warnings,
        int pathsRead,
        int activityRead)
        : this(dataset, pathsFile, activityFile, rejected, Array.Empty<RejectedRow>(), warnings, Array.Empty<InputWarning>(), pathsRead, activityRead, new int[dataset.PersonCount])
    {
    }

    /// <summary>The data set of the accepted rows, for the report engine.</summary>
    public CaeDataset Dataset { get; }

    /// <summary>The paths file: name, encoding and dialect.</summary>
    public InputFile PathsFile { get; }

    /// <summary>The activity file: name, encoding and dialect.</summary>
    public InputFile ActivityFile { get; }

    /// <summary>The accepted path rows, in file order.</summary>
    public IReadOnlyList<PathRecord> Paths => Dataset.Paths;

    /// <summary>Every rejected row (<c>File</c>, <c>Line</c>, <c>Column</c>, <c>Reason</c>): the paths file's first, each file in line order.</summary>
    public IReadOnlyList<RejectedRow> Rejections { get; }

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
    public bool HasRejectedRows => Rejections.Count > 0;

    /// <summary>The accepted activity rows as objects, in file order (tests).</summary>
    internal IReadOnlyList<MonthlyActivity> ActivityRows => Enumerable.Range(0, Dataset.ActivityCount).Select(Dataset.ActivityRow).ToArray();

    /// <summary>The line of a person's path row in the paths file.</summary>
    /// <param name="person">The person's index in <see cref="Dataset"/>.</param>
    internal int PathLineOf(int person) => personLines[person];

    /// <summary>
    /// The warnings of the admission rule under a policy: one per accepted path whose <c>associate_date</c> is not
    /// a general-assembly date of the policy, when it admits at the next assembly (data contract §1). Ask it with
    /// the policy the command computes with (baseline or scenario); the loader does not.
    /// </summary>
    /// <param name="policy">The effective policy.</param>
    /// <returns>The warnings, in line order; none under automatic admission.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public IReadOnlyList<InputWarning> AssociateDateWarnings(CaePolicy policy)
    {
        Guard.NotNull(policy, nameof(policy));
        var warnings = new List<InputWarning>();
        if (policy.Admission != AdmissionMode.NextAssembly)
        {
            return warnings;
        }

        for (var person = 0; person < Dataset.PersonCount; person++)
        {
            if (Dataset.AssociateDate[person] is var admitted && admitted != CaeDataset.NoDate && !policy.Assemblies.Contains(admitted))
            {
                warnings.Add(new InputWarning(
                    PathsFile.Name,
                    personLines[person],
                    ContractColumns.AssociateDate,
                    FormattableString.Invariant($"{admitted:yyyy-MM-dd} is not a general-assembly date of the policy (admission rule not followed); the row is kept")));
            }
        }

        return warnings;
    }
}
