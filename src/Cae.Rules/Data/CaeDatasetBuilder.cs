using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
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
public sealed partial class CaeDatasetBuilder
{
    /// <summary>The largest absolute amount accepted, in cents: 10^12 € (data contract §1').</summary>
    public const long MaximumAbsoluteCents = 100_000_000_000_000L;

    // The contract's dates run from 1900-01-01 to 2100-12-31 (§1'): whole years, so a date is told by its year.
    private const int FirstYear = 1900;
    private const int LastYear = 2100;
    private static readonly int FirstMonthIndex = CaeDataset.MonthIndex(1900, 1);
    private static readonly int LastMonthIndex = CaeDataset.MonthIndex(2100, 12);

    private Dictionary<string, int> personKeys = new(StringComparer.Ordinal);
    private List<string> keyNames = new();

    // The tables of the parts joined (AppendActivityOf) and the handles here of their keys: a key is in this
    // builder's table or in one of them, never in two with different handles.
    private List<(Dictionary<string, int> Keys, int[] Handles)>? joinedKeys;

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

        // The paths usually come in the order their persons first came in the activity rows: then each key is the
        // one after the previous path's, told by one comparison instead of a lookup.
        var previous = -1;
        for (var i = 0; i < paths.Count; i++)
        {
            var id = paths.Id[i];
            var next = previous + 1;
            previous = next < keyNames.Count && string.Equals(keyNames[next], id, StringComparison.Ordinal) ? next : KeyHandle(id);
            pathKeys.Add(previous);
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

    private int KeyHandle(string entrepreneurId)
    {
        var handle = KnownHandle(entrepreneurId);
        if (handle < 0)
        {
            handle = keyNames.Count;
            personKeys.Add(entrepreneurId, handle);
            keyNames.Add(entrepreneurId);
        }

        return handle;
    }

    /// <summary>The handle of a key already met, in this builder's table or a joined part's; −1 for a new key.</summary>
    private int KnownHandle(string entrepreneurId)
    {
        if (personKeys.TryGetValue(entrepreneurId, out var handle))
        {
            return handle;
        }

        if (joinedKeys is not null)
        {
            foreach (var (keys, handles) in joinedKeys)
            {
                if (keys.TryGetValue(entrepreneurId, out var k))
                {
                    return handles[k];
                }
            }
        }

        return -1;
    }

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
