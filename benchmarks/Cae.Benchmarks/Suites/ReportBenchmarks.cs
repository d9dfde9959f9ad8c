using System;
using BenchmarkDotNet.Attributes;
using Cae.Benchmarks.Contenders;
using Cae.Benchmarks.Figures;
using Cae.Rules.Indicators;

namespace Cae.Benchmarks.Suites;

/// <summary>
/// The annual report of a synthetic population of 10^3, 10^5 and 10^6 people, computed by each contender
/// (data already in memory: the dataset for the engine and the floor, the object lists for LINQ, the tables for DuckDB).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 7)]
public class ReportBenchmarks : IDisposable
{
    private BenchmarkData data = null!;
    private DuckDbReport duckdb = null!;

    /// <summary>The number of people (about 12.7 activity rows each).</summary>
    [Params(1_000, 100_000, 1_000_000)]
    public int People { get; set; }

    /// <summary>Generates the population and loads DuckDB.</summary>
    [GlobalSetup]
    public void Setup()
    {
        data = BenchmarkData.Create(People);
        duckdb = new DuckDbReport(data);
    }

    /// <summary>Closes DuckDB.</summary>
    [GlobalCleanup]
    public void Dispose()
    {
        duckdb?.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>The library's engine, one pass.</summary>
    [Benchmark(Baseline = true)]
    public AnnualReport Cae() => EngineReport.Compute(data);

    /// <summary>The library's engine, one accumulator per core, merged.</summary>
    [Benchmark]
    public AnnualReport CaeParallel() => EngineReport.ComputeParallel(data);

    /// <summary>DuckDB: SQL on its tables.</summary>
    [Benchmark]
    public ReportFigures DuckDb() => duckdb.Compute();

    /// <summary>LINQ over the object model.</summary>
    [Benchmark]
    public ReportFigures Linq() => LinqReport.Compute(data.Paths, data.Activity, data.Policy, data.Year);

    /// <summary>The floor: one pass summing every column the report reads.</summary>
    [Benchmark]
    public long Floor() => FloorReport.Sum(data.Dataset, out _, out _);
}
