using System;
using System.Collections.Generic;
using Cae.Rules.Indicators;
using Cae.Rules.Indicators.Additions;

namespace Cae.Rules.Network;

/// <summary>
/// A partial report: one CAE's year (and the year before, for comparison) as integer counters and exact sums
/// only, computed under that CAE's own policy, that adds to the partials of other CAEs into the network's report
/// (data contract §6').
/// </summary>
/// <remarks>
/// <para>A partial holds counts of people and rows and sums of amounts, hours and months by group name
/// (structure, establishment, reporting unit, exit category, typology value): no entrepreneur id, no row and no
/// date of a person. What depends on the CAE's policy is settled when the partial is made: contributions computed
/// under its rates, positive and perennial exits under its outcome sets, hours counted against its annual FTE
/// hours, its support budget.</para>
/// <para><see cref="Combine"/> adds the counters: it is associative and commutative, and <see cref="Empty"/> is its
/// identity. <see cref="ToReport"/> recomputes every rate, share and average from the added counters (never an
/// average of rates). The partials of CAEs that share no person give exactly the report of their pooled data,
/// each row counted under its own CAE's policy; the groups of the network's report are listed by name (ordinal).</para>
/// <para>Distinct-people counts (salaried accompanied people and associates, by unit and structure) are counted
/// within a CAE and then added. A person present in two CAEs' data (who moved, say) is counted once in each CAE,
/// hence twice in the network, as in the published reports that add the CAEs' own figures; every other figure
/// counts paths and rows, which belong to one CAE.</para>
/// <para>The year before is kept when every added partial has it; adding a partial without it drops it. So are the
/// report additions of data contract §3' (<see cref="Additions"/>: the crosstabs of the typology, the people with an
/// activity under each structure, the turnover by year of support), which are counters as well.</para>
/// <para>Immutable, with value equality.</para>
/// </remarks>
public sealed class ReportPartial : IEquatable<ReportPartial>
{
    /// <summary>The <c>format</c> of the partial's JSON document.</summary>
    public const string Format = "cae-partial";

    /// <summary>The <c>version</c> of the partial's JSON document this library reads and writes.</summary>
    public const int Version = 1;

    internal ReportPartial(int caes, PartialYear current, PartialYear? previous, long[] input, ReportAdditions? additions = null)
    {
        Caes = caes;
        Current = current;
        Previous = previous;
        Input = input;
        Additions = additions;
    }

    /// <summary>The report additions of the year as added counters (data contract §3'), or <c>null</c> when the partial does not carry them (then the network's report has none).</summary>
    public ReportAdditions? Additions { get; }

    /// <summary>The year Y.</summary>
    public int Year => Current.Year;

    /// <summary>The number of CAEs added (0 for <see cref="Empty"/>, 1 for one CAE's partial).</summary>
    public int Caes { get; }

    /// <summary>Whether the partial holds the year before (for the report's comparison with Y − 1).</summary>
    public bool HasPreviousYear => Previous is not null;

    internal PartialYear Current { get; }

    internal PartialYear? Previous { get; }

    /// <summary>The input counts: paths read, paths accepted, activity rows read, activity rows accepted.</summary>
    internal long[] Input { get; }

    /// <summary>The partial of no CAE for a year: the identity of <see cref="Combine"/>.</summary>
    /// <param name="year">The year Y.</param>
    public static ReportPartial Empty(int year) => new(0, PartialYear.Empty(year), PartialYear.Empty(year - 1), new long[4], ReportAdditions.Empty(year));

    /// <summary>The partial of what an accumulator has added (one CAE's data, under the accumulator's engine's policy).</summary>
    /// <param name="accumulator">The accumulator, after its persons and rows were added; left unchanged.</param>
    /// <param name="input">What was read and accepted; by default, everything in the dataset was accepted. Rejected rows are not kept (they hold a person's data).</param>
    /// <exception cref="ArgumentNullException"><paramref name="accumulator"/> is <c>null</c>.</exception>
    public static ReportPartial Of(ReportAccumulator accumulator, InputSummary? input = null)
    {
        if (accumulator is null)
        {
            throw new ArgumentNullException(nameof(accumulator));
        }

        var data = accumulator.Engine.Data;
        input ??= InputSummary.AllAccepted(data.PersonCount, data.ActivityCount);
        return new ReportPartial(
            1,
            PartialCounters.Of(accumulator, 0),
            accumulator.Slots == 2 ? PartialCounters.Of(accumulator, 1) : null,
            new long[] { input.PathsRead, input.PathsAccepted, input.ActivityRead, input.ActivityAccepted });
    }

    /// <summary>This partial carrying the report additions of its CAE's year (computed from the same data, <see cref="ReportAdditions.Compute(Cae.Rules.Data.CaeDataset, int)"/>).</summary>
    /// <param name="additions">The additions of the partial's year.</param>
    /// <exception cref="ArgumentNullException"><paramref name="additions"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentException">The additions are of another year.</exception>
    public ReportPartial WithAdditions(ReportAdditions additions)
    {
        if (additions is null)
        {
            throw new ArgumentNullException(nameof(additions));
        }

        if (additions.Year != Year)
        {
            throw new ArgumentException($"Additions of {additions.Year} do not belong to a partial of {Year}.", nameof(additions));
        }

        return new ReportPartial(Caes, Current, Previous, Input, additions);
    }

    /// <summary>The partial of a year made of the counters of that year and, when given, of the year before.</summary>
    internal static ReportPartial OfYears(PartialYear current, PartialYear? previous, long[] input) => new(1, current, previous, input);

    /// <summary>This partial and another added: counts and sums added, the year before kept when both have it.</summary>
    /// <param name="other">The other partial, of the same year.</param>
    /// <exception cref="ArgumentException">The partials are of different years.</exception>
    /// <exception cref="OverflowException">A sum leaves the 64-bit range (over 92 233 720 368 547 758 € or 9.2 × 10^18 people).</exception>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is <c>null</c>.</exception>
    public ReportPartial Combine(ReportPartial other)
    {
        if (other is null)
        {
            throw new ArgumentNullException(nameof(other));
        }

        if (other.Year != Year)
        {
            throw new ArgumentException($"Partials of {Year} and {other.Year} do not add: only partials of the same year do.", nameof(other));
        }

        var input = new long[Input.Length];
        for (var i = 0; i < input.Length; i++)
        {
            input[i] = checked(Input[i] + other.Input[i]);
        }

        return new ReportPartial(
            checked(Caes + other.Caes),
            PartialYear.Add(Current, other.Current),
            Previous is not null && other.Previous is not null ? PartialYear.Add(Previous, other.Previous) : null,
            input,
            Additions is not null && other.Additions is not null ? Additions.Combine(other.Additions) : null);
    }

    /// <summary>Several partials of one year added (in any order: the result is the same).</summary>
    /// <param name="year">The year of the partials.</param>
    /// <param name="partials">The partials.</param>
    /// <exception cref="ArgumentException">A partial is of another year.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="partials"/> is <c>null</c>.</exception>
    public static ReportPartial CombineAll(int year, IEnumerable<ReportPartial> partials)
    {
        var list = new List<ReportPartial>(partials ?? throw new ArgumentNullException(nameof(partials)));
        var caes = 0;
        var input = new long[4];
        var allPrevious = true;
        var additions = ReportAdditions.Empty(year);
        foreach (var partial in list)
        {
            if (partial.Year != year)
            {
                throw new ArgumentException($"Partials of {year} and {partial.Year} do not add: only partials of the same year do.", nameof(partials));
            }

            caes = checked(caes + partial.Caes);
            for (var i = 0; i < input.Length; i++)
            {
                input[i] = checked(input[i] + partial.Input[i]);
            }

            allPrevious &= partial.Previous is not null;
            additions = additions is not null && partial.Additions is not null ? additions.Combine(partial.Additions) : null;
        }

        var current = PartialYear.Sum(year, list.ConvertAll(p => p.Current));
        var previous = allPrevious ? PartialYear.Sum(year - 1, list.ConvertAll(p => p.Previous!)) : null;
        return new ReportPartial(caes, current, previous, input, additions);
    }

    /// <summary>
    /// The report of the partial: counts and sums as added, rates, shares and averages computed from them, the
    /// comparison with the year before when the partial has it. Rejected rows are not part of a partial: the
    /// report lists none, and its input counts are the added counts.
    /// </summary>
    public AnnualReport ToReport()
    {
        var input = new InputSummary(Int(Input[0]), Int(Input[1]), Int(Input[2]), Int(Input[3]));
        var previous = Previous is null ? null : PartialFinisher.Finish(Previous, input, null);
        return PartialFinisher.Finish(Current, input, previous);
    }

    /// <inheritdoc />
    public bool Equals(ReportPartial? other) =>
        other is not null
        && other.Caes == Caes
        && other.Current.Equals(Current)
        && Equals(other.Previous, Previous)
        && other.Input[0] == Input[0] && other.Input[1] == Input[1] && other.Input[2] == Input[2] && other.Input[3] == Input[3]
        && Equals(other.Additions, Additions);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ReportPartial other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Current.GetHashCode() ^ (Caes << 16);

    private static int Int(long count) => count > int.MaxValue ? int.MaxValue : (int)count;
}

/// <summary>Makes partials from counters read back from a document (the library's file layer).</summary>
internal static class PartialDocument
{
    public static ReportPartial Create(int caes, PartialYear current, PartialYear? previous, long[] input, ReportAdditions? additions) =>
        new(caes, current, previous, input, additions);
}
