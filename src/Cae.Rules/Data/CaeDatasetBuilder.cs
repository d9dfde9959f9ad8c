using System;
using System.Collections.Generic;
using Cae.Domain.Activity;
using Cae.Domain.Paths;
using Cae.Domain.Values;
using NodaTime;

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
    private static readonly int FirstMonthIndex = CaeDataset.MonthIndex(1900, 1);
    private readonly Dictionary<string, int> personIndex = new(StringComparer.Ordinal);
    private readonly HashSet<long> activityKeys = new();
    private HashSet<(int, int, int)>? wideActivityKeys;
    private bool built;

    /// <summary>
    /// The largest amount of one activity row (turnover, purchases, contribution), in absolute value: 10^12 €
    /// (data contract §1'). Rows beyond it are not added, so that the report's sums of up to 2^31 rows stay
    /// exact in the engine's 64-bit chunk sums.
    /// </summary>
    public static readonly Money AmountLimit = Money.FromEuros(1_000_000_000_000m);

    /// <summary>The first month of the contract's date range (1900-01).</summary>
    public static readonly YearMonth FirstMonth = new(1900, 1);

    /// <summary>The last month of the contract's date range (2100-12).</summary>
    public static readonly YearMonth LastMonth = new(2100, 12);

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
    /// <returns><c>null</c> when added; otherwise the column at fault and the reason (an unknown person, a
    /// repeated person × month × structure, a month outside <see cref="FirstMonth"/> … <see cref="LastMonth"/>, an
    /// amount beyond <see cref="AmountLimit"/>).</returns>
    public ActivityRejection? TryAddActivity(MonthlyActivity row)
    {
        if (row is null)
        {
            throw new ArgumentNullException(nameof(row));
        }

        EnsureOpen();
        if (row.Month < FirstMonth || row.Month > LastMonth)
        {
            return new ActivityRejection("month", FormattableString.Invariant($"the month {row.Month:yyyy-MM} is outside 1900-01..2100-12"));
        }

        if (BeyondLimit(row.Turnover) is { } turnover)
        {
            return new ActivityRejection("turnover", turnover);
        }

        if (BeyondLimit(row.Purchases) is { } purchases)
        {
            return new ActivityRejection("purchases", purchases);
        }

        if (row.Contribution is { } c && BeyondLimit(c) is { } contribution)
        {
            return new ActivityRejection("contribution", contribution);
        }

        if (!personIndex.TryGetValue(row.EntrepreneurId, out var person))
        {
            return new ActivityRejection("entrepreneur_id", $"entrepreneur_id '{row.EntrepreneurId}' is not in paths.csv");
        }

        var structure = Structures.Intern(row.Structure.Name);
        var month = CaeDataset.MonthIndex(row.Month.Year, row.Month.Month);
        // person (31 bits) × month of the contract's range (12 bits) × structure (20 bits) in one long; the rare
        // structure ids beyond 20 bits go to a set of their own, so that no two keys collide.
        var fresh = structure < (1 << 20)
            ? activityKeys.Add(((long)person << 32) | ((long)(month - FirstMonthIndex) << 20) | (uint)structure)
            : (wideActivityKeys ??= new HashSet<(int, int, int)>()).Add((person, month, structure));
        if (!fresh)
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

    private static string? BeyondLimit(Money amount) =>
        amount > AmountLimit || amount < -AmountLimit
            ? FormattableString.Invariant($"the amount {amount} is beyond the limit of ±1000000000000.00 € per row")
            : null;

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
