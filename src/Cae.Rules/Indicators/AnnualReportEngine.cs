using System;
using System.Threading.Tasks;
using Cae.Domain.Policy;
using Cae.Rules.Data;

namespace Cae.Rules.Indicators;

/// <summary>
/// The bulk annual-report engine: computes the report of a year from the columns of a
/// <see cref="CaeDataset"/>, sequentially, in parallel, or shard by shard with <see cref="ReportAccumulator"/>s.
/// </summary>
/// <remarks>
/// <para>Two steps: (1) <see cref="EffectiveValues"/>, the per-row and per-person values under the policy
/// (the baseline computes the missing contributions; a what-if scenario supplies its own), and (2) the
/// accumulation, tight loops over the columns that add into flat arrays indexed by group ids (structure ×
/// establishment cells, reporting units) and set bits for the distinct-person counts.</para>
/// <para>Every figure is a sum of integers or a count of bits, so any partition of the persons and rows
/// into shards, merged in any order, and any number of threads give exactly the sequential report.</para>
/// <para>Immutable once built and safe to use from several threads.</para>
/// </remarks>
public sealed class AnnualReportEngine
{
    /// <summary>Creates the engine for a dataset under a policy, with the baseline values of the data.</summary>
    /// <param name="data">The dataset.</param>
    /// <param name="policy">The policy (reporting units, outcome sets, FTE hours, support budget, contribution rates for missing contributions).</param>
    public AnnualReportEngine(CaeDataset data, CaePolicy policy)
        : this(EffectiveValues.Baseline(data, policy), policy)
    {
    }

    /// <summary>Creates the engine from values already computed under a policy (a what-if scenario).</summary>
    /// <param name="values">The effective values.</param>
    /// <param name="policy">The policy.</param>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> or <paramref name="values"/> is <c>null</c>.</exception>
    public AnnualReportEngine(EffectiveValues values, CaePolicy policy)
    {
        Values = values ?? throw new ArgumentNullException(nameof(values));
        Policy = policy ?? throw new ArgumentNullException(nameof(policy));
        Groups = new ReportGroups(values.Data, policy.ReportingUnits);
        Coverage = DataCoverage.Of(values.Data);
    }

    /// <summary>The dataset.</summary>
    public CaeDataset Data => Values.Data;

    /// <summary>The effective values the engine counts.</summary>
    public EffectiveValues Values { get; }

    /// <summary>The policy.</summary>
    public CaePolicy Policy { get; }

    /// <summary>The years the data covers.</summary>
    public DataCoverage Coverage { get; }

    /// <summary>The default report year (see <see cref="DataCoverage.DefaultYear"/>); <c>null</c> for an empty dataset.</summary>
    public int? DefaultYear => Coverage.DefaultYear;

    /// <summary>The first year a report can be computed for (the contract's date range starts in 1900).</summary>
    public const int FirstYear = 1900;

    /// <summary>The last year a report can be computed for (the contract's date range ends in 2100).</summary>
    public const int LastYear = 2100;

    internal ReportGroups Groups { get; }

    /// <summary>An empty accumulator for the report of a year (and of the year before, for comparison).</summary>
    /// <param name="year">The year Y, within <see cref="FirstYear"/> … <see cref="LastYear"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside <see cref="FirstYear"/> … <see cref="LastYear"/>.</exception>
    public ReportAccumulator CreateAccumulator(int year) => new(this, year);

    /// <summary>The report of a year, computed in one pass over all persons and rows.</summary>
    /// <param name="year">The year Y, within <see cref="FirstYear"/> … <see cref="LastYear"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside <see cref="FirstYear"/> … <see cref="LastYear"/>.</exception>
    /// <param name="input">How many rows were read and kept; by default, everything in the dataset was accepted.</param>
    /// <exception cref="Domain.Errors.DomainRuleException">The dataset holds rows and <paramref name="year"/> is not one of
    /// the years it covers (<see cref="DataCoverage.Includes"/>); the field is <c>year</c> and the message names the covered
    /// years. An empty dataset gives a report of zeros for any year.</exception>
    public AnnualReport Compute(int year, InputSummary? input = null)
    {
        RequireCovered(year);
        var accumulator = CreateAccumulator(year);
        accumulator.AddPersons(0, Data.PersonCount);
        accumulator.AddRows(0, Data.ActivityCount);
        return accumulator.ToReport(input);
    }

    /// <summary>
    /// The report of a year, computed on several threads: persons and rows are cut into
    /// <paramref name="shards"/> contiguous slices, each accumulated on its own, then merged. The figures are
    /// exactly those of <see cref="Compute"/>.
    /// </summary>
    /// <param name="year">The year Y.</param>
    /// <param name="shards">The number of slices (at least 1), e.g. <see cref="Environment.ProcessorCount"/>.</param>
    /// <param name="input">How many rows were read and kept.</param>
    /// <exception cref="Domain.Errors.DomainRuleException">The year is not covered (see <see cref="Compute"/>).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="shards"/> is less than 1.</exception>
    public AnnualReport ComputeParallel(int year, int shards, InputSummary? input = null)
    {
        RequireCovered(year);
        if (shards < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(shards), "At least one shard.");
        }

        var parts = new ReportAccumulator[shards];
        var persons = Data.PersonCount;
        var rows = Data.ActivityCount;
        Parallel.For(0, shards, i =>
        {
            var part = CreateAccumulator(year);
            part.AddPersons(Slice(persons, shards, i), Slice(persons, shards, i + 1));
            part.AddRows(Slice(rows, shards, i), Slice(rows, shards, i + 1));
            parts[i] = part;
        });

        for (var i = 1; i < shards; i++)
        {
            parts[0].MergeFrom(parts[i]);
        }

        return parts[0].ToReport(input);
    }

    private void RequireCovered(int year)
    {
        if (Coverage.FirstYear is not null && !Coverage.Includes(year))
        {
            throw new Domain.Errors.DomainRuleException(
                "year",
                year.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "the data covers the years " + Coverage.CoveredYears + ", so a report can be computed for those years only");
        }
    }

    private static int Slice(int count, int shards, int i) => (int)((long)count * i / shards);
}
