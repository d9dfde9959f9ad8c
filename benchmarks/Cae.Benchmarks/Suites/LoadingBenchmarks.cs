using System;
using System.IO;
using BenchmarkDotNet.Attributes;
using Cae.Benchmarks.Loading;
using Cae.Cli.Synthetic;

namespace Cae.Benchmarks.Suites;

/// <summary>Loading the contract's CSV files of a synthetic population: the library's loader against DuckDB's <c>read_csv</c>.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class LoadingBenchmarks : IDisposable
{
    private string directory = string.Empty;

    /// <summary>The number of people (about 13.7 rows each, paths and activity).</summary>
    [Params(10_000, 100_000)]
    public int People { get; set; }

    /// <summary>Writes the files into a temporary directory.</summary>
    [GlobalSetup]
    public void Setup()
    {
        directory = Path.Combine(Path.GetTempPath(), "cae-bench-load-" + Guid.NewGuid().ToString("N"));
        new PopulationGenerator(People).WriteCsv(directory);
    }

    /// <summary>Removes the files.</summary>
    [GlobalCleanup]
    public void Dispose()
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>The library's loader: every cell checked against the contract, into a dataset.</summary>
    [Benchmark(Baseline = true)]
    public long Library() => CsvLoaders.LoadWithLibrary(directory);

    /// <summary>DuckDB's <c>read_csv</c> into tables with the contract's types.</summary>
    [Benchmark]
    public long DuckDbReadCsv() => CsvLoaders.LoadWithDuckDb(directory);
}
