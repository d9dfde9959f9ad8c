using System;
using System.Collections.Generic;
using System.Globalization;
using Cae.Domain.Activity;
using Cae.Domain.Paths;
using NodaTime;

namespace Cae.Cli.Input;

/// <summary>The data set as two lists, with the key checks of the data contract.</summary>
internal sealed class InMemoryDatasetAssembler : IDatasetAssembler
{
    private readonly Dictionary<string, PathRecord> persons = new(StringComparer.Ordinal);
    private readonly HashSet<(string Person, YearMonth Month, string Structure)> months = new();
    private readonly List<PathRecord> paths = new();
    private readonly List<MonthlyActivity> activity = new();

    /// <inheritdoc />
    public string? TryAddPath(PathRecord path)
    {
        if (!persons.TryAdd(path.EntrepreneurId, path))
        {
            return $"'{path.EntrepreneurId}' repeats an earlier row";
        }

        paths.Add(path);
        return null;
    }

    /// <inheritdoc />
    public ActivityRowProblem? TryAddActivity(MonthlyActivity row)
    {
        if (!persons.ContainsKey(row.EntrepreneurId))
        {
            return new ActivityRowProblem(ContractColumns.EntrepreneurId, $"'{row.EntrepreneurId}' has no row in the paths file");
        }

        if (!months.Add((row.EntrepreneurId, row.Month, row.Structure.Name)))
        {
            return new ActivityRowProblem(
                ContractColumns.Month,
                string.Create(CultureInfo.InvariantCulture, $"repeats an earlier row of '{row.EntrepreneurId}' for {row.Month:yyyy-MM} under {row.Structure}"));
        }

        activity.Add(row);
        return null;
    }

    /// <inheritdoc />
    public InputDataset Build() => new(paths.ToArray(), activity.ToArray());
}
