using Cae.Domain.Activity;
using Cae.Domain.Paths;

namespace Cae.Cli.Input;

/// <summary>
/// Where the loader puts the rows it has read, and which refuses the rows that clash with earlier ones
/// (a repeated key, an activity of an unknown person, a repeated person-month-structure). All paths are added
/// before any activity.
/// </summary>
internal interface IDatasetAssembler
{
    /// <summary>Adds a path row.</summary>
    /// <param name="path">The row.</param>
    /// <returns><c>null</c> when added; otherwise why not (the column is <c>entrepreneur_id</c>).</returns>
    string? TryAddPath(PathRecord path);

    /// <summary>Adds an activity row.</summary>
    /// <param name="row">The row.</param>
    /// <returns><c>null</c> when added; otherwise the column and why not.</returns>
    ActivityRowProblem? TryAddActivity(MonthlyActivity row);

    /// <summary>The data set of every row added.</summary>
    InputDataset Build();
}
