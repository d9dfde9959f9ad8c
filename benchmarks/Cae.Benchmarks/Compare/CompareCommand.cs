using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Cae.Benchmarks.Contenders;
using Cae.Benchmarks.Figures;
using Cae.Cli.Synthetic;

namespace Cae.Benchmarks.Compare;

/// <summary>
/// <c>compare --people N [--year Y] [--seed S] [--repetitions R] [--contenders a,b,…] [--row-order person|month]</c>: generates a
/// population, checks that the contenders agree on every figure, then times each and prints one table and the
/// line <c>ratios: duckdb/cae=X linq/cae=Y cae/floor=Z</c> (ratios of medians; <c>n/a</c> for a contender
/// left out).
/// </summary>
public static class CompareCommand
{
    /// <summary>Runs the comparison.</summary>
    /// <param name="args">The arguments after <c>compare</c>.</param>
    /// <param name="output">Where the table goes.</param>
    /// <returns>0 when the contenders agree; 1 when a figure differs; 2 on a usage error.</returns>
    public static int Run(string[] args, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        var at = Array.IndexOf(args, "--from-files");
        var fromFiles = at >= 0;
        if (fromFiles)
        {
            args = args.Where((_, i) => i != at).ToArray();
        }

        if (!Arguments.TryParse(args, out var people, out var year, out var seed, out var repetitions, out var names, out var byMonth, out var error))
        {
            Console.Error.WriteLine($"compare: {error}");
            Console.Error.WriteLine("usage: compare --people N [--year Y] [--seed S] [--repetitions R] [--contenders " + string.Join(",", AllContenders) + "] [--row-order person|month] [--from-files]");
            return 2;
        }

        var data = BenchmarkData.Create(people, year, seed, byMonth);
        if (fromFiles)
        {
            return FromFiles(data, names, repetitions, output);
        }

        output.WriteLine(Invariant($"population: {people} people, {data.ActivityRows} activity rows of {year} ordered by {(byMonth ? "month" : "person")}, seed {seed} (generated and built in {data.Elapsed.TotalSeconds:0.0} s)"));
        DuckDbReport? duckdb = null;
        try
        {
            if (names.Contains("duckdb"))
            {
                var load = System.Diagnostics.Stopwatch.StartNew();
                duckdb = new DuckDbReport(data);
                output.WriteLine(Invariant($"duckdb: tables loaded with the appender in {load.Elapsed.TotalSeconds:0.0} s (not timed below)"));
            }

            var contenders = new List<Contender>();
            foreach (var name in AllContenders.Where(names.Contains))
            {
                contenders.Add(name switch
                {
                    "cae" => new Contender("cae", () => EngineReport.Compute(data), EngineReport.Figures),
                    "cae-par" => new Contender("cae-par", () => EngineReport.ComputeParallel(data), EngineReport.Figures),
                    "duckdb" => new Contender("duckdb", duckdb!.Compute, r => (ReportFigures)r),
                    "linq" => new Contender("linq", () => LinqReport.Compute(data.Paths, data.Activity, data.Policy, data.Year), r => (ReportFigures)r),
                    _ => new Contender("floor", () => FloorReport.Compute(data.Dataset), r => (ReportFigures)r, FloorReport.FigurePaths),
                });
            }

            return Run(contenders, data, repetitions, output);
        }
        finally
        {
            duckdb?.Dispose();
        }
    }

    /// <summary>
    /// <c>--from-files</c>: writes the population as contract CSV, then times, from the files to the report, the library
    /// (<c>cae</c>: <c>ContractCsv.Load</c> then the engine), DuckDB (<c>duckdb</c>: <c>read_csv</c> into typed tables then
    /// the same SQL) and the floor that only reads the files' bytes; <c>cae-load</c> times the loading alone. The repetitions are taken in
    /// rounds (<see cref="Rounds"/>), between two runs of <see cref="MachineProbe"/>.
    /// </summary>
    private static int FromFiles(BenchmarkData data, HashSet<string> names, int repetitions, TextWriter output)
    {
        var directory = Path.Combine(Path.GetTempPath(), "cae-files-" + Guid.NewGuid().ToString("N"));
        try
        {
            var (_, rows) = data.Generator.WriteCsv(directory);
            var bytes = new DirectoryInfo(directory).GetFiles("*.csv").Sum(f => f.Length);
            output.WriteLine(Invariant($"files: {rows} activity rows, {bytes / 1e6:0.0} MB of contract CSV in {directory}"));
            var contenders = new List<Contender> { new("cae", () => FilesReport.Library(data, directory), EngineReport.Figures) };
            if (names.Contains("duckdb"))
            {
                contenders.Add(new Contender("duckdb", () => { using var db = DuckDbReport.FromFiles(data, directory); return db.Compute(); }, r => (ReportFigures)r));
            }

            contenders.Add(new Contender("cae-load", () => FilesReport.LoadOnly(data, directory), FilesReport.NoFigures, Array.Empty<string>()));
            contenders.Add(new Contender("floor", () => FilesReport.Floor(directory), FilesReport.NoFigures, Array.Empty<string>()));
            if (!Agree(contenders, output))
            {
                return 1;
            }

            var (loopBefore, walkBefore) = (MachineProbe.RegisterLoopMilliseconds(), MachineProbe.MemoryWalkMilliseconds());
            var measurements = Rounds.Take(contenders, repetitions);
            var (loopAfter, walkAfter) = (MachineProbe.RegisterLoopMilliseconds(), MachineProbe.MemoryWalkMilliseconds());
            output.WriteLine();
            output.WriteLine(Invariant($"{"contender",-10} {"median ms",12} {"min ms",10} {"rows/s",14} {"MB/s",8} {"bytes/row",11} {"GCs",5}"));
            foreach (var m in measurements)
            {
                var seconds = m.MedianMilliseconds / 1000.0;
                output.WriteLine(Invariant($"{m.Name,-10} {m.MedianMilliseconds,12:0.0} {m.Milliseconds.Min(),10:0.0} {data.ActivityRows / seconds,14:N0} {bytes / 1e6 / seconds,8:0.0} {m.MedianAllocatedBytes / data.ActivityRows,11:0.0} {m.Collections,5}"));
            }

            foreach (var m in measurements)
            {
                output.WriteLine(Invariant($"{m.Name} ms: {string.Join(" ", m.Milliseconds.Select(t => t.ToString("0.0", CultureInfo.InvariantCulture)))}"));
            }

            double? Median(string name) => measurements.FirstOrDefault(m => m.Name == name)?.MedianMilliseconds;
            static string Ratio(double? a, double? b) => a is { } x && b is { } y && y > 0 ? (x / y).ToString("0.00", CultureInfo.InvariantCulture) : "n/a";
            output.WriteLine(Invariant($"repetitions: {string.Join("/", measurements.Select(m => m.Milliseconds.Count))} after one warm-up each, in rounds (one of each contender per round); medians; files in the page cache; allocations are managed bytes (DuckDB's native memory is not counted)"));
            output.WriteLine(Invariant($"machine: before the timings and after, a register loop took {loopBefore:0.0} and {loopAfter:0.0} ms, a random walk through memory {walkBefore:0.0} and {walkAfter:0.0} ms"));
            output.WriteLine($"ratios: duckdb/cae={Ratio(Median("duckdb"), Median("cae"))} cae/floor={Ratio(Median("cae"), Median("floor"))}");
            return 0;
        }
        finally
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    /// <summary>The contenders, in the order of the table.</summary>
    private static readonly string[] AllContenders = { "cae", "cae-par", "duckdb", "linq", "floor" };

    /// <summary>Checks that the contenders agree, times them and prints the table and the ratios.</summary>
    private static int Run(List<Contender> contenders, BenchmarkData data, int repetitions, TextWriter output)
    {
        if (!Agree(contenders, output))
        {
            return 1;
        }

        var measurements = contenders.Select(c => Measurement.Take(c, repetitions)).ToList();
        output.WriteLine();
        output.WriteLine(Invariant($"{"contender",-10} {"median ms",12} {"min ms",10} {"rows/s",14} {"bytes/row",11} {"GCs",5}"));
        foreach (var m in measurements)
        {
            var rowsPerSecond = data.ActivityRows / (m.MedianMilliseconds / 1000.0);
            output.WriteLine(Invariant($"{m.Name,-10} {m.MedianMilliseconds,12:0.00} {m.Milliseconds.Min(),10:0.00} {rowsPerSecond,14:N0} {m.MedianAllocatedBytes / data.ActivityRows,11:0.000} {m.Collections,5}"));
        }

        foreach (var m in measurements)
        {
            output.WriteLine(Invariant($"{m.Name} ms: {string.Join(" ", m.Milliseconds.Select(t => t.ToString("0.0", CultureInfo.InvariantCulture)))}"));
        }

        double? Median(string name) => measurements.FirstOrDefault(m => m.Name == name)?.MedianMilliseconds;
        static string Ratio(double? a, double? b) => a is { } x && b is { } y && y > 0 ? (x / y).ToString("0.00", CultureInfo.InvariantCulture) : "n/a";
        output.WriteLine(Invariant($"repetitions: {string.Join("/", measurements.Select(m => m.Milliseconds.Count))} after one warm-up each, back to back; medians; allocations are managed bytes of all threads (DuckDB's native memory is not counted); GCs ran during the timed repetitions"));
        output.WriteLine($"ratios: duckdb/cae={Ratio(Median("duckdb"), Median("cae"))} linq/cae={Ratio(Median("linq"), Median("cae"))} cae/floor={Ratio(Median("cae"), Median("floor"))}");
        return 0;
    }

    /// <summary>Checks every contender's figures against the first full contender's (the floor's own figures when it is alone); prints the differences.</summary>
    private static bool Agree(IReadOnlyList<Contender> contenders, TextWriter output)
    {
        var reference = contenders.FirstOrDefault(c => c.FigurePaths is null) ?? contenders[0];
        var expected = reference.Figures(reference.Run());
        var agree = true;
        foreach (var contender in contenders)
        {
            if (ReferenceEquals(contender, reference))
            {
                continue;
            }

            var differences = expected.Differences(contender.Figures(contender.Run()), contender.FigurePaths);
            if (differences.Count == 0)
            {
                output.WriteLine(Invariant($"check: {contender.Name} agrees with {reference.Name} on {contender.FigurePaths?.Count ?? expected.Count} figures"));
                continue;
            }

            agree = false;
            Console.Error.WriteLine(Invariant($"check FAILED: {contender.Name} differs from {reference.Name} on {differences.Count} figures:"));
            foreach (var d in differences.Take(40))
            {
                Console.Error.WriteLine("  " + d);
            }
        }

        return agree;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>The command's arguments.</summary>
    private static class Arguments
    {
        public static bool TryParse(string[] args, out int people, out int year, out ulong seed, out int repetitions, out HashSet<string> contenders, out bool byMonth, out string error)
        {
            people = 0;
            byMonth = false;
            contenders = new HashSet<string>(AllContenders, StringComparer.Ordinal);
            year = PopulationGenerator.DefaultYear;
            seed = PopulationGenerator.DefaultSeed;
            repetitions = 7;
            error = string.Empty;
            for (var i = 0; i < args.Length; i++)
            {
                var value = i + 1 < args.Length ? args[i + 1] : null;
                var ok = args[i] switch
                {
                    "--people" => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out people) && people > 0,
                    "--year" => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out year) && year is >= 1900 and <= 9000,
                    "--seed" => ulong.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out seed),
                    "--repetitions" => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out repetitions) && repetitions > 0,
                    "--contenders" => TryParseContenders(value, out contenders),
                    "--row-order" => TryParseOrder(value, out byMonth),
                    _ => false,
                };
                if (!ok)
                {
                    error = value is null || !args[i].StartsWith("--", StringComparison.Ordinal) ? $"unexpected '{args[i]}'" : $"{args[i]}: '{value}' is not valid";
                    return false;
                }

                i++;
            }

            if (people == 0)
            {
                error = "--people is required";
                return false;
            }

            return true;
        }

        /// <summary>The order of the activity rows: <c>person</c> (as generated) or <c>month</c>.</summary>
        private static bool TryParseOrder(string? value, out bool byMonth)
        {
            byMonth = value == "month";
            return value is "person" or "month";
        }

        /// <summary>A comma-separated list of known contenders, at least one.</summary>
        private static bool TryParseContenders(string? value, out HashSet<string> contenders)
        {
            contenders = new HashSet<string>(StringComparer.Ordinal);
            foreach (var name in (value ?? string.Empty).Split(','))
            {
                if (!AllContenders.Contains(name, StringComparer.Ordinal))
                {
                    return false;
                }

                contenders.Add(name);
            }

            return contenders.Count > 0;
        }
    }
}
