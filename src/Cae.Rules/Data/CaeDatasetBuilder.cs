using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Cae.Domain.Activity;
using Cae.Domain.Paths;
using Cae.Domain.Values;
using NodaTime;

namespace Cae.Rules.Data;

/// <summary>
/// Fills a <see cref="CaeDataset"/> with paths and activity rows, in any order, straight into its columns.
/// </summary>
/// <remarks>
/// <para><b>Two kinds of checks.</b> <c>TryAdd…</c> checks what a row can tell alone (the data contract's
/// ranges: dates in 1900-01-01..2100-12-31, months in 1900-01..2100-12, amounts of at most 10^12 € in
/// absolute value, salary hours in 0..744) and returns <c>false</c> with a <see cref="Rejection"/> otherwise.
/// <see cref="Build(out IReadOnlyList{BuildRejection})"/> checks the rules between rows, once every row is in:
/// a repeated <c>entrepreneur_id</c> among the paths, an activity row of a person without a path, a repeated
/// person × month × structure. Of two rows that clash, the one added first is kept. Reasons never name a file:
/// a loader knows where its rows came from and adds the file and line.</para>
/// <para><b>Cost.</b> An activity row costs its columns (45 bytes) and no object; the person key, structure
/// and establishment are looked up by reference first (pass the same string instance for consecutive rows
/// of a person and the lookup costs nothing), then by value. A builder is used once, by one thread.</para>
/// </remarks>
public sealed class CaeDatasetBuilder
{
    /// <summary>The largest absolute amount accepted, in cents: 10^12 € (data contract §1').</summary>
    public const long MaximumAbsoluteCents = 100_000_000_000_000L;

    private static readonly LocalDate FirstDate = new(1900, 1, 1);
    private static readonly LocalDate LastDate = new(2100, 12, 31);
    private static readonly int FirstMonthIndex = CaeDataset.MonthIndex(1900, 1);
    private static readonly int LastMonthIndex = CaeDataset.MonthIndex(2100, 12);

    private Dictionary<string, int> personKeys = new(StringComparer.Ordinal);
    private List<string> keyNames = new();
    private readonly List<int> pathKeys = new();
    private PathColumns addedPaths;
    private string? lastKey;
    private int lastKeyHandle;
    private string? lastStructure;
    private int lastStructureId;
    private string? lastEstablishment;
    private int lastEstablishmentId;
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
        : this(1024)
    {
    }

    /// <summary>Creates an empty builder with room for a number of activity rows (it grows beyond when needed).</summary>
    /// <param name="activityCapacity">The number of activity rows expected; a good guess spares copies and memory.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="activityCapacity"/> is negative.</exception>
    public CaeDatasetBuilder(int activityCapacity)
    {
        if (activityCapacity < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(activityCapacity), activityCapacity, "The capacity is never negative.");
        }

        addedPaths = new PathColumns(Establishments, Structures, TypologyValues, 16);
        Resize(Math.Max(activityCapacity, 16));
    }

    /// <summary>The paths kept by <c>Build</c> (one a person), as columns.</summary>
    internal PathColumns KeptPaths { get; private set; } = null!;

    internal NameTable Structures { get; } = new();

    internal NameTable Establishments { get; } = new();

    internal NameTable TypologyValues { get; } = new();

    internal int RowCount { get; private set; }


    internal int[] RowPerson { get; set; } = Array.Empty<int>();

    internal int[] RowMonth { get; set; } = Array.Empty<int>();

    internal int[] RowStructure { get; set; } = Array.Empty<int>();

    internal int[] RowEstablishment { get; set; } = Array.Empty<int>();

    internal long[] RowTurnover { get; set; } = Array.Empty<long>();

    internal long[] RowPurchases { get; set; } = Array.Empty<long>();

    internal long[] RowContribution { get; set; } = Array.Empty<long>();

    internal bool[] RowContributionRecorded { get; set; } = Array.Empty<bool>();

    internal int[] RowHours { get; set; } = Array.Empty<int>();

    /// <summary>The number of paths accepted so far (before the cross-row checks of <c>Build</c>).</summary>
    public int PathCount => addedPaths.Count;

    /// <summary>The number of activity rows accepted so far (before the cross-row checks of <c>Build</c>).</summary>
    public int ActivityCount => RowCount;

    /// <summary>Makes room for at least a number of activity rows in all.</summary>
    /// <param name="activityRows">The number of activity rows expected in all.</param>
    public void EnsureActivityCapacity(int activityRows)
    {
        if (activityRows > RowPerson.Length)
        {
            Resize(activityRows);
        }
    }

    /// <summary>Adds a path, when its dates are within the contract's range.</summary>
    /// <param name="path">The path row.</param>
    /// <param name="rejection">Why the path is not added; <c>null</c> when it is.</param>
    /// <returns>Whether the path was added.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The dataset has already been built.</exception>
    public bool TryAddPath(PathRecord path, [NotNullWhen(false)] out Rejection? rejection)
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        EnsureOpen();
        rejection = CheckPath(path);
        if (rejection is not null)
        {
            return false;
        }

        pathKeys.Add(KeyHandle(path.EntrepreneurId));
        addedPaths.Add(path);
        return true;
    }

    /// <summary>Adds paths a loader has read into columns and checked alone (dates in range, the rules of a path).</summary>
    /// <param name="paths">The columns, over the loader's own name tables; the builder may take them over.</param>
    internal void AddPaths(PathColumns paths)
    {
        EnsureOpen();
        for (var i = 0; i < paths.Count; i++)
        {
            pathKeys.Add(KeyHandle(paths.Id[i]));
        }

        if (addedPaths.Count == 0)
        {
            // The usual case, one paths file: its columns become the builder's, with no copy.
            paths.Rebase(Establishments, Structures, TypologyValues);
            addedPaths = paths;
        }
        else
        {
            addedPaths.Append(paths);
        }
    }

    /// <summary>
    /// What <see cref="TryAddPath"/> checks of a path alone (its dates within 1900-01-01..2100-12-31), for a reader
    /// that checks its rows on another thread before it adds them.
    /// </summary>
    /// <param name="path">The path row.</param>
    /// <returns>Why the path would not be added; <c>null</c> when it would.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public static Rejection? CheckPath(PathRecord path)
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        return CheckPathDates(path.EntryDate, path.CesaDate, path.AssociateApplicationDate, path.AssociateDate, path.ExitDate, path.Typology.BirthDate);
    }

    /// <summary><see cref="CheckPath(PathRecord)"/> on a path's dates, as a loader has them before any object.</summary>
    internal static Rejection? CheckPathDates(LocalDate entry, LocalDate? cesa, LocalDate? application, LocalDate? associate, LocalDate? exit, LocalDate? birth) =>
        DateOutOfRange("entry_date", entry)
            ?? DateOutOfRange("cesa_date", cesa)
            ?? DateOutOfRange("associate_application_date", application)
            ?? DateOutOfRange("associate_date", associate)
            ?? DateOutOfRange("exit_date", exit)
            ?? DateOutOfRange("birth_date", birth);

    /// <summary>Adds an activity row, when its values are within the contract's ranges.</summary>
    /// <param name="row">The row.</param>
    /// <param name="rejection">Why the row is not added; <c>null</c> when it is.</param>
    /// <returns>Whether the row was added.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="row"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The dataset has already been built.</exception>
    public bool TryAddActivity(MonthlyActivity row, [NotNullWhen(false)] out Rejection? rejection)
    {
        if (row is null)
        {
            throw new ArgumentNullException(nameof(row));
        }

        return TryAddActivity(row.EntrepreneurId, row.Month, row.Structure.Name, row.Establishment?.Name, row.Turnover, row.Purchases, row.Contribution, row.SalaryHours, out rejection);
    }

    /// <summary>Adds an activity row from its values, without an object per row.</summary>
    /// <param name="entrepreneurId">The person's key (trimmed); not empty.</param>
    /// <param name="month">The calendar month, 1900-01..2100-12.</param>
    /// <param name="structure">The structure that carries the activity; not empty.</param>
    /// <param name="establishment">The establishment, or <c>null</c> for the path's.</param>
    /// <param name="turnover">The turnover (negative for credit notes).</param>
    /// <param name="purchases">The purchases.</param>
    /// <param name="contribution">The contribution recorded, or <c>null</c> to compute it from the policy.</param>
    /// <param name="salaryHours">The salary hours, 0..744.</param>
    /// <param name="rejection">Why the row is not added; <c>null</c> when it is.</param>
    /// <returns>Whether the row was added.</returns>
    /// <exception cref="InvalidOperationException">The dataset has already been built.</exception>
    public bool TryAddActivity(
        string entrepreneurId,
        YearMonth month,
        string structure,
        string? establishment,
        Money turnover,
        Money purchases,
        Money? contribution,
        Hours salaryHours,
        [NotNullWhen(false)] out Rejection? rejection)
    {
        EnsureOpen();
        var outOfRange = AmountOutOfRange("turnover", turnover) ?? AmountOutOfRange("purchases", purchases) ?? AmountOutOfRange("contribution", contribution);
        if (outOfRange is not null)
        {
            rejection = outOfRange;
            return false;
        }

        return TryAddActivity(entrepreneurId, month.Year, month.Month, structure, establishment, turnover.Cents, purchases.Cents, contribution.HasValue, contribution?.Cents ?? 0, salaryHours.Hundredths, out rejection);
    }

    /// <summary>
    /// <see cref="TryAddActivity(string, YearMonth, string, string?, Money, Money, Money?, Hours, out Rejection?)"/> on
    /// raw cents and hundredths, as a loader has them: the same checks and reasons, without a <see cref="Money"/> per amount.
    /// </summary>
    internal bool TryAddActivity(
        string entrepreneurId,
        int year,
        int month,
        string structure,
        string? establishment,
        long turnover,
        long purchases,
        bool hasContribution,
        long contribution,
        long salaryHours,
        [NotNullWhen(false)] out Rejection? rejection)
    {
        EnsureOpen();
        var monthIndex = CaeDataset.MonthIndex(year, month);
        rejection = string.IsNullOrWhiteSpace(entrepreneurId) ? new Rejection("entrepreneur_id", "required value missing")
            : monthIndex < FirstMonthIndex || monthIndex > LastMonthIndex ? new Rejection("month", FormattableString.Invariant($"{year:0000}-{month:00} is outside 1900-01..2100-12"))
            : string.IsNullOrWhiteSpace(structure) ? new Rejection("structure", "required value missing")
            : CentsOutOfRange("turnover", turnover) ?? CentsOutOfRange("purchases", purchases) ?? (hasContribution ? CentsOutOfRange("contribution", contribution) : null)
            ?? (salaryHours < 0 ? new Rejection("salary_hours", FormattableString.Invariant($"'{salaryHours / 100m:0.00}': salary hours are never negative"))
            : salaryHours > MonthlyActivity.MaximumMonthlyHours.Hundredths ? new Rejection("salary_hours", FormattableString.Invariant($"a month holds at most 744 salary hours (got {Hours.FromHundredths(salaryHours)})"))
            : null);
        if (rejection is not null)
        {
            return false;
        }

        var person = ReferenceEquals(entrepreneurId, lastKey) ? lastKeyHandle : KeyHandle(entrepreneurId);
        lastKey = entrepreneurId;
        lastKeyHandle = person;
        var structureId = ReferenceEquals(structure, lastStructure) ? lastStructureId : Structures.Intern(structure);
        lastStructure = structure;
        lastStructureId = structureId;
        var establishmentId = -1;
        if (establishment is not null)
        {
            establishmentId = ReferenceEquals(establishment, lastEstablishment) ? lastEstablishmentId : Establishments.Intern(establishment);
            lastEstablishment = establishment;
            lastEstablishmentId = establishmentId;
        }

        if (RowCount == RowPerson.Length)
        {
            Resize(RowCount + Math.Max(1024, RowCount / 2));
        }

        var i = RowCount++;
        RowPerson[i] = person;
        RowMonth[i] = monthIndex;
        RowStructure[i] = structureId;
        RowEstablishment[i] = establishmentId;
        RowTurnover[i] = turnover;
        RowPurchases[i] = purchases;
        RowContribution[i] = hasContribution ? contribution : 0;
        RowContributionRecorded[i] = hasContribution;
        RowHours[i] = (int)salaryHours;
        return true;
    }

    /// <summary>Checks the rules between rows and builds the dataset of the rows that keep them. The builder cannot be used afterwards.</summary>
    /// <exception cref="InvalidOperationException">The dataset has already been built.</exception>
    public CaeDataset Build() => Build(out _);

    /// <summary>Checks the rules between rows and builds the dataset of the rows that keep them. The builder cannot be used afterwards.</summary>
    /// <param name="rejections">The rows left out: the paths first, then the activity rows, each in the order they were added.</param>
    /// <exception cref="InvalidOperationException">The dataset has already been built.</exception>
    public CaeDataset Build(out IReadOnlyList<BuildRejection> rejections)
    {
        EnsureOpen();
        built = true;
        var found = new List<BuildRejection>();
        var pathOfKey = KeepFirstPaths(found);
        var dropped = ResolvePersons(pathOfKey, found);
        dropped += DatasetDuplicates.Drop(this, found);
        if (dropped > 0)
        {
            Compact();
        }

        // A row with no establishment of its own is under its person's: looked up once a person, not once a row.
        var personEstablishment = KeptPaths.Establishment;

        for (var r = 0; r < RowCount; r++)
        {
            if (RowEstablishment[r] < 0)
            {
                RowEstablishment[r] = personEstablishment[RowPerson[r]];
            }
        }


        found.Sort((a, b) => a.Rule == BuildRule.RepeatedPerson == (b.Rule == BuildRule.RepeatedPerson)
            ? a.Index.CompareTo(b.Index)
            : a.Rule == BuildRule.RepeatedPerson ? -1 : 1);
        rejections = found;
        personKeys = new Dictionary<string, int>(StringComparer.Ordinal);
        keyNames = new List<string>();
        return new CaeDataset(this);
    }

    private static string? BeyondLimit(Money amount) =>
        amount > AmountLimit || amount < -AmountLimit
            ? FormattableString.Invariant($"the amount {amount} is beyond the limit of ±1000000000000.00 € per row")
            : null;

    /// <summary>Keeps the first path of each key; returns, per key handle, its person index (−1 for none).</summary>
    private int[] KeepFirstPaths(List<BuildRejection> found)
    {
        var pathOfKey = new int[keyNames.Count];
        var addedOfKey = new int[keyNames.Count];
        for (var k = 0; k < pathOfKey.Length; k++)
        {
            pathOfKey[k] = -1;
        }

        var kept = new List<int>(addedPaths.Count);
        for (var i = 0; i < addedPaths.Count; i++)
        {
            var key = pathKeys[i];
            if (pathOfKey[key] >= 0)
            {
                var id = keyNames[key];
                found.Add(new BuildRejection(BuildRule.RepeatedPerson, i, addedOfKey[key], id, "entrepreneur_id", $"entrepreneur_id '{id}' repeats an earlier row"));
                continue;
            }

            pathOfKey[key] = kept.Count;
            addedOfKey[key] = i;
            kept.Add(i);
        }

        if (kept.Count == addedPaths.Count)
        {
            addedPaths.TrimToCount();
            KeptPaths = addedPaths;
        }
        else
        {
            KeptPaths = addedPaths.Select(kept.ToArray());
        }

        pathKeys.Clear();
        return pathOfKey;
    }

    private int ResolvePersons(int[] pathOfKey, List<BuildRejection> found)
    {
        var dropped = 0;
        for (var r = 0; r < RowCount; r++)
        {
            var person = pathOfKey[RowPerson[r]];
            if (person < 0)
            {
                var id = keyNames[RowPerson[r]];
                found.Add(new BuildRejection(BuildRule.UnknownPerson, r, -1, id, "entrepreneur_id", $"entrepreneur_id '{id}' has no path row"));
                dropped++;
            }

            RowPerson[r] = person;
        }

        return dropped;
    }

    /// <summary>Removes the rows marked −1 in <see cref="RowPerson"/>, keeping the order of the others.</summary>
    private void Compact()
    {
        var w = 0;
        for (var r = 0; r < RowCount; r++)
        {
            if (RowPerson[r] < 0)
            {
                continue;
            }

            RowPerson[w] = RowPerson[r];
            RowMonth[w] = RowMonth[r];
            RowStructure[w] = RowStructure[r];
            RowEstablishment[w] = RowEstablishment[r];
            RowTurnover[w] = RowTurnover[r];
            RowPurchases[w] = RowPurchases[r];
            RowContribution[w] = RowContribution[r];
            RowContributionRecorded[w] = RowContributionRecorded[r];
            RowHours[w] = RowHours[r];
            w++;
        }

        RowCount = w;
    }

    private int KeyHandle(string entrepreneurId)
    {
        if (!personKeys.TryGetValue(entrepreneurId, out var handle))
        {
            handle = keyNames.Count;
            personKeys.Add(entrepreneurId, handle);
            keyNames.Add(entrepreneurId);
        }

        return handle;
    }

    private static Rejection? DateOutOfRange(string column, LocalDate? date) =>
        date is { } d && (d < FirstDate || d > LastDate)
            ? new Rejection(column, FormattableString.Invariant($"{d.Year:0000}-{d.Month:00}-{d.Day:00} is outside 1900-01-01..2100-12-31"))
            : null;

    private static Rejection? AmountOutOfRange(string column, Money? amount) =>
        amount is { } a && (a > AmountLimit || a < -AmountLimit)
            ? new Rejection(column, FormattableString.Invariant($"{a} € is beyond 10^12 € in absolute value"))
            : null;

    private static Rejection? CentsOutOfRange(string column, long cents) =>
        cents > MaximumAbsoluteCents || cents < -MaximumAbsoluteCents
            ? new Rejection(column, FormattableString.Invariant($"{Money.FromCents(cents)} € is beyond 10^12 € in absolute value"))
            : null;

    private void EnsureOpen()
    {
        if (built)
        {
            throw new InvalidOperationException("The dataset has already been built.");
        }
    }

    private void Resize(int size)
    {
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

    private T[] Grow<T>(T[] source, int size)
    {
        var result = new T[size];
        Array.Copy(source, result, Math.Min(RowCount, source.Length));
        return result;
    }
}
