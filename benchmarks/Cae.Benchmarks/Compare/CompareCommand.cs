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
/// <c>compare --people N [--year Y] [--seed S] [--repetitions R]</c>: generates a population, checks that the
/// contenders agree on every figure, then times each and prints one table and the line
/// <c>ratios: duckdb/cae=X linq/cae=Y cae/floor=Z</c> (ratios of medians).
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
        if (!Arguments.TryParse(args, out var people, out var year, out var seed, out var repetitions, out var error))
        {
            Console.Error.WriteLine($"compare: {error}");
            Console.Error.WriteLine("usage: compare --people N [--year Y] [--seed S] [--repetitions R]");
            return 2;
        }

        var data = BenchmarkData.Create(people, year, seed);
        output.WriteLine(Invariant($"population: {people} people, {data.ActivityRows} activity rows of {year}, seed {seed} (generated and built in {data.Elapsed.TotalSeconds:0.0} s)"));
        var load = System.Diagnostics.Stopwatch.StartNew();
        using var duckdb = new DuckDbReport(data);
        output.WriteLine(Invariant($"duckdb: tables loaded with the appender in {load.Elapsed.TotalSeconds:0.0} s (not timed below)"));

        var contenders = new List<Contender>();
        contenders.Add(new Contender("cae", () => EngineReport.Compute(data), EngineReport.Figures));
        contenders.Add(new Contender("cae-par", () => EngineReport.ComputeParallel(data), EngineReport.Figures));

        contenders.Add(new Contender("duckdb", () => duckdb.Compute(), r => (ReportFigures)r));
        contenders.Add(new Contender("linq", () => LinqReport.Compute(data.Paths, data.Activity, data.Policy, data.Year), r => (ReportFigures)r));
        contenders.Add(new Contender("floor", () => FloorReport.Compute(data.Dataset), r => (ReportFigures)r, FloorReport.FigurePaths));

        if (!Agree(contenders, output))
        {
            return 1;
        }

        var measurements = contenders.Select(c => Measurement.Take(c, repetitions)).ToList();
        output.WriteLine();
        output.WriteLine(Invariant($"{"contender",-10} {"median ms",12} {"min ms",10} {"rows/s",14} {"bytes/row",11}"));
        foreach (var m in measurements)
        {
            var rowsPerSecond = data.ActivityRows / (m.MedianMilliseconds / 1000.0);
            output.WriteLine(Invariant($"{m.Name,-10} {m.MedianMilliseconds,12:0.00} {m.Milliseconds.Min(),10:0.00} {rowsPerSecond,14:N0} {m.MedianAllocatedBytes / data.ActivityRows,11:0.000}"));
        }

        double? Median(string name) => measurements.FirstOrDefault(m => m.Name == name)?.MedianMilliseconds;
        static string Ratio(double? a, double? b) => a is { } x && b is { } y && y > 0 ? (x / y).ToString("0.00", CultureInfo.InvariantCulture) : "n/a";
        output.WriteLine(Invariant($"repetitions: {string.Join("/", measurements.Select(m => m.Milliseconds.Count))} after one warm-up; medians; allocations are managed bytes of all threads (DuckDB's native memory is not counted)"));
        output.WriteLine($"ratios: duckdb/cae={Ratio(Median("duckdb"), Median("cae"))} linq/cae={Ratio(Median("linq"), Median("cae"))} cae/floor={Ratio(Median("cae"), Median("floor"))}");
        return 0;
    }

    /// <summary>Checks every contender's figures against the first full contender's; prints the differences.</summary>
    private static bool Agree(IReadOnlyList<Contender> contenders, TextWriter output)
    {
        var reference = contenders.First(c => c.FigurePaths is null);
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
        public static bool TryParse(string[] args, out int people, out int year, out ulong seed, out int repetitions, out string error)
        {
            people = 0;
            year = PopulationGenerator.DefaultYear;
            seed = PopulationGenerator.DefaultSeed;
            repetitions = 5;
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
    }
}
