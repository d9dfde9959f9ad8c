using System;
using System.Collections.Generic;
using Cae.Domain.Activity;
using Cae.Domain.Paths;

namespace Cae.Rules.Data;

/// <summary>
/// Fills a <see cref="CaeDataset"/>: all paths first, then the activity rows, each checked against the
/// data contract's cross-row rules (unique person key, known person, unique person × month × structure).
/// </summary>
/// <remarks>
/// Rows that break a cross-row rule are not added and the reason is returned, so a loader can report the
/// file, line and column. A builder is used once, by one thread.
/// </remarks>
public sealed class CaeDatasetBuilder
{
    private readonly Dictionary<string, int> personIndex = new(StringComparer.Ordinal);
    private readonly HashSet<long> activityKeys = new();
    private bool built;

    /// <summary>Creates an empty builder.</summary>
    public CaeDatasetBuilder()
    {
        TypologyValues.Intern(string.Empty);
    }

    internal List<PathRecord> PathList { get; } = new();

    internal NameTable Structures { get; } = new();

    internal NameTable Establishments { get; } = new();

    internal NameTable TypologyValues { get; } = new();

    internal int RowCount { get; private set; }

    internal int[] RowPerson { get; private set; } = new int[1024];

    internal int[] RowMonth { get; private set; } = new int[1024];

    internal int[] RowStructure { get; private set; } = new int[1024];

    internal int[] RowEstablishment { get; private set; } = new int[1024];

    internal long[] RowTurnover { get; private set; } = new long[1024];

    internal long[] RowPurchases { get; private set; } = new long[1024];

    internal long[] RowContribution { get; private set; } = new long[1024];

    internal bool[] RowContributionRecorded { get; private set; } = new bool[1024];

    internal int[] RowHours { get; private set; } = new int[1024];

    /// <summary>The number of paths added.</summary>
    public int PathCount => PathList.Count;

    /// <summary>The number of activity rows added.</summary>
    public int ActivityCount => RowCount;

    /// <summary>Whether a person key has been added.</summary>
    /// <param name="entrepreneurId">The key.</param>
    public bool ContainsPerson(string entrepreneurId) => personIndex.ContainsKey(entrepreneurId);

    /// <summary>Adds a path.</summary>
    /// <param name="path">The path row.</param>
    /// <returns><c>null</c> when added; otherwise why not (the column is <c>entrepreneur_id</c>).</returns>
    public string? TryAddPath(PathRecord path)
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        EnsureOpen();
        if (RowCount > 0)
        {
            throw new InvalidOperationException("Add every path before the first activity row.");
        }

        if (personIndex.ContainsKey(path.EntrepreneurId))
        {
            return $"entrepreneur_id '{path.EntrepreneurId}' repeats an earlier row";
        }

        personIndex.Add(path.EntrepreneurId, PathList.Count);
        PathList.Add(path);
        Structures.Intern(path.Structure.Name);
        Establishments.Intern(path.Establishment.Name);
        return null;
    }

    /// <summary>Adds an activity row.</summary>
    /// <param name="row">The row.</param>
    /// <returns><c>null</c> when added; otherwise the column at fault and the reason.</returns>
    public ActivityRejection? TryAddActivity(MonthlyActivity row)
    {
        if (row is null)
        {
            throw new ArgumentNullException(nameof(row));
        }

        EnsureOpen();
        if (!personIndex.TryGetValue(row.EntrepreneurId, out var person))
        {
            return new ActivityRejection("entrepreneur_id", $"entrepreneur_id '{row.EntrepreneurId}' is not in paths.csv");
        }

        var structure = Structures.Intern(row.Structure.Name);
        var month = CaeDataset.MonthIndex(row.Month.Year, row.Month.Month);
        var key = ((long)person << 32) | ((long)(month & 0xFFFF) << 16) | (uint)(structure & 0xFFFF);
        if (!activityKeys.Add(key))
        {
            return new ActivityRejection("month", FormattableString.Invariant($"{row.EntrepreneurId} already has a row for {row.Month:yyyy-MM} under {row.Structure}"));
        }

        var establishment = row.Establishment is { } e
            ? Establishments.Intern(e.Name)
            : Establishments.IdOf(PathList[person].Establishment.Name);

        EnsureCapacity();
        var i = RowCount++;
        RowPerson[i] = person;
        RowMonth[i] = month;
        RowStructure[i] = structure;
        RowEstablishment[i] = establishment;
        RowTurnover[i] = row.Turnover.Cents;
        RowPurchases[i] = row.Purchases.Cents;
        RowContribution[i] = row.Contribution?.Cents ?? 0;
        RowContributionRecorded[i] = row.Contribution.HasValue;
        RowHours[i] = checked((int)row.SalaryHours.Hundredths);
        return null;
    }

    /// <summary>Builds the dataset. The builder cannot be used afterwards.</summary>
    public CaeDataset Build()
    {
        EnsureOpen();
        built = true;
        return new CaeDataset(this);
    }

    internal int TypologyId(string? value) => string.IsNullOrWhiteSpace(value) ? 0 : TypologyValues.Intern(value!.Trim());

    private void EnsureOpen()
    {
        if (built)
        {
            throw new InvalidOperationException("The dataset has already been built.");
        }
    }

    private void EnsureCapacity()
    {
        if (RowCount < RowPerson.Length)
        {
            return;
        }

        var size = RowPerson.Length * 2;
        RowPerson = Grow(RowPerson, size);
        RowMonth = Grow(RowMonth, size);
        RowStructure = Grow(RowStructure, size);
        RowEstablishment = Grow(RowEstablishment, size);
        RowTurnover = Grow(RowTurnover, size);
        RowPurchases = Grow(RowPurchases, size);
        RowContribution = Grow(RowContribution, size);
        RowContributionRecorded = Grow(RowContributionRecorded, size);
        RowHours = Grow(RowHours, size);
    }

    private static T[] Grow<T>(T[] source, int size)
    {
        var result = new T[size];
        Array.Copy(source, result, source.Length);
        return result;
    }
}
