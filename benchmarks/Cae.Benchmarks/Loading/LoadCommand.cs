using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Cae.Benchmarks.Compare;
using Cae.Benchmarks.Figures;
using Cae.Cli.Synthetic;

namespace Cae.Benchmarks.Loading;

/// <summary>
/// <c>load --people N [--repetitions R] [--dir D]</c>: writes the population as contract CSV (into D, or a
/// temporary directory removed afterwards) and prints the rows per second of each loader.
/// </summary>
public static class LoadCommand
{
    /// <summary>Runs the loading comparison.</summary>
    /// <param name="args">The arguments after <c>load</c>.</param>
    /// <param name="output">Where the table goes.</param>
    /// <returns>0 on success, 2 on a usage error.</returns>
    public static int Run(string[] args, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        int people = 0, repetitions = 3;
        string? directory = null;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--people" when int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out people):
                case "--repetitions" when int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out repetitions):
                    break;
                case "--dir":
                    directory = args[i + 1];
                    break;
                default:
                    people = 0;
                    i = args.Length;
                    break;
            }
        }

        if (people <= 0 || repetitions <= 0 || args.Length % 2 != 0)
        {
            Console.Error.WriteLine("usage: load --people N [--repetitions R] [--dir D]");
            return 2;
        }

        var temporary = directory is null;
        directory ??= Path.Combine(Path.GetTempPath(), "cae-load-" + Guid.NewGuid().ToString("N"));
        try
        {
            var (paths, rows) = new PopulationGenerator(people).WriteCsv(directory);
            var bytes = new FileInfo(Path.Combine(directory, PopulationGenerator.PathsFile)).Length + new FileInfo(Path.Combine(directory, PopulationGenerator.ActivityFile)).Length;
            var total = paths + rows;
            output.WriteLine(Invariant($"files: {paths} paths + {rows} activity rows, {bytes / 1e6:0.0} MB in {directory}"));
            var loaders = new List<Contender>();
            loaders.Add(new Contender("cae", () => CsvLoaders.LoadWithLibrary(directory), r => new ReportFigures()));

            loaders.Add(new Contender("duckdb", () => CsvLoaders.LoadWithDuckDb(directory), r => new ReportFigures()));
            foreach (var loader in loaders)
            {
                var loaded = (long)loader.Run();
                if (loaded != total)
                {
                    Console.Error.WriteLine(Invariant($"load FAILED: {loader.Name} loaded {loaded} rows of {total}"));
                    return 1;
                }
            }

            output.WriteLine(Invariant($"{"loader",-10} {"median ms",12} {"rows/s",14} {"MB/s",8} {"bytes/row",11}"));
            foreach (var m in loaders.Select(l => Measurement.Take(l, repetitions)))
            {
                var seconds = m.MedianMilliseconds / 1000.0;
                output.WriteLine(Invariant($"{m.Name,-10} {m.MedianMilliseconds,12:0.0} {total / seconds,14:N0} {bytes / 1e6 / seconds,8:0.0} {m.MedianAllocatedBytes / total,11:0.0}"));
            }

            output.WriteLine(Invariant($"repetitions: {repetitions} after one warm-up; medians; files in the page cache; allocations are managed bytes (DuckDB's native memory is not counted)"));
            return 0;
        }
        finally
        {
            if (temporary && Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
