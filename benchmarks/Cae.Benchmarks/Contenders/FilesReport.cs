using System;
using System.IO;
using Cae.Benchmarks.Figures;
using Cae.Cli.Synthetic;
using Cae.IO;
using Cae.Rules.Indicators;

namespace Cae.Benchmarks.Contenders;

/// <summary>
/// The contenders of <c>compare --from-files</c>, from the contract CSV files to the report: the library
/// (<see cref="ContractCsv.Load(string, string, Cae.Domain.Policy.CaePolicy?)"/> then the engine, as <c>cae report</c>
/// does), and the floor that only reads the files' bytes. DuckDB's is <see cref="DuckDbReport.FromFiles"/>.
/// </summary>
public static class FilesReport
{
    /// <summary>From this many activity rows on, the report is computed on every processor (as <c>cae report</c> does).</summary>
    private const int ParallelFromRows = 1_000_000;

    /// <summary>Loads the files and computes the report.</summary>
    /// <param name="data">The population the files were written from (its year and policy).</param>
    /// <param name="directory">The directory of <c>paths.csv</c> and <c>activity.csv</c>.</param>
    /// <exception cref="InvalidOperationException">A generated row was rejected.</exception>
    public static AnnualReport Library(BenchmarkData data, string directory)
    {
        ArgumentNullException.ThrowIfNull(data);
        var loaded = ContractCsv.Load(Path.Combine(directory, PopulationGenerator.PathsFile), Path.Combine(directory, PopulationGenerator.ActivityFile), data.Policy);
        if (loaded.HasRejectedRows)
        {
            throw new InvalidOperationException($"The loader rejected {loaded.Rejections.Count} generated rows, the first: {loaded.Rejections[0]}");
        }

        var engine = new AnnualReportEngine(loaded.Dataset, data.Policy);
        return loaded.Dataset.ActivityCount >= ParallelFromRows
            ? engine.ComputeParallel(data.Year, Environment.ProcessorCount)
            : engine.Compute(data.Year);
    }

    /// <summary>Loads the files only; returns the number of activity rows (for the loading rate).</summary>
    /// <param name="data">The population the files were written from.</param>
    /// <param name="directory">The directory of the files.</param>
    public static int LoadOnly(BenchmarkData data, string directory)
    {
        ArgumentNullException.ThrowIfNull(data);
        return ContractCsv.Load(Path.Combine(directory, PopulationGenerator.PathsFile), Path.Combine(directory, PopulationGenerator.ActivityFile), data.Policy).ActivityAccepted;
    }

    /// <summary>Reads both files' bytes through a 1 MiB buffer and sums them (so nothing is optimised away).</summary>
    /// <param name="directory">The directory of the files.</param>
    public static long Floor(string directory)
    {
        var buffer = new byte[1 << 20];
        long sum = 0;
        foreach (var name in new[] { PopulationGenerator.PathsFile, PopulationGenerator.ActivityFile })
        {
            using var stream = new FileStream(Path.Combine(directory, name), FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            int read;
            while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                sum += read + buffer[read - 1];
            }
        }

        return sum;
    }

    /// <summary>The floor computes no figure of the report.</summary>
    /// <param name="result">The floor's result.</param>
    public static ReportFigures NoFigures(object result) => new();
}
