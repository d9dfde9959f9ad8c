using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using Cae.Cli.Synthetic;
using Cae.Domain.Activity;
using Cae.Domain.Paths;
using Cae.Domain.Policy;
using Cae.Rules.Data;

namespace Cae.Benchmarks;

/// <summary>
/// One synthetic population in the two forms the contenders read: the public object model (paths and
/// activity rows, for LINQ and for loading DuckDB) and the library's columnar dataset.
/// </summary>
public sealed class BenchmarkData
{
    private BenchmarkData(PopulationGenerator generator, IReadOnlyList<PathRecord> paths, List<MonthlyActivity> activity, CaeDataset dataset, TimeSpan elapsed)
    {
        Generator = generator;
        Paths = paths;
        Activity = activity;
        Dataset = dataset;
        Elapsed = elapsed;
    }

    /// <summary>The generator (people, year, seed, policy).</summary>
    public PopulationGenerator Generator { get; }

    /// <summary>The year of the report.</summary>
    public int Year => Generator.Year;

    /// <summary>The policy written with the data.</summary>
    public CaePolicy Policy => Generator.Policy;

    /// <summary>The support paths.</summary>
    public IReadOnlyList<PathRecord> Paths { get; }

    /// <summary>The activity rows.</summary>
    public List<MonthlyActivity> Activity { get; }

    /// <summary>The same data as a columnar dataset.</summary>
    public CaeDataset Dataset { get; }

    /// <summary>The number of activity rows.</summary>
    public int ActivityRows => Dataset.ActivityCount;

    /// <summary>How long generating and building took.</summary>
    public TimeSpan Elapsed { get; }

    /// <summary>Generates a population and builds its dataset.</summary>
    /// <param name="people">The number of people.</param>
    /// <param name="year">The year.</param>
    /// <param name="seed">The seed.</param>
    /// <param name="byMonth">
    /// Whether the activity rows are ordered by month (every person's January, then every person's February…)
    /// rather than person by person as the generator writes them: the engine's worst order, where no two
    /// consecutive rows belong to the same person.
    /// </param>
    public static BenchmarkData Create(int people, int year = PopulationGenerator.DefaultYear, ulong seed = PopulationGenerator.DefaultSeed, bool byMonth = false)
    {
        var clock = Stopwatch.StartNew();
        var generator = new PopulationGenerator(people, year, seed);
        var paths = generator.Paths();
        var activity = generator.Activity(paths).ToList();
        if (byMonth)
        {
            activity = activity.OrderBy(a => a.Month).ToList(); // stable: persons in order within a month
        }

        var dataset = PopulationGenerator.BuildDataset(paths, activity);
        return new BenchmarkData(generator, paths, activity, dataset, clock.Elapsed);
    }
}
