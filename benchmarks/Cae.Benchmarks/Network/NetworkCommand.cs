using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Cae.Cli.Synthetic;
using Cae.Domain.Activity;
using Cae.Domain.Paths;
using Cae.IO;
using Cae.Rules.Data;
using Cae.Rules.Indicators;
using Cae.Rules.Network;

namespace Cae.Benchmarks.Network;

/// <summary>
/// <c>network</c>: the costs of the network's report (issue 16): merging the partials of
/// <c>--caes</c> CAEs (default 160, the whole sector), the size of a CAE's partial, and <c>cae trend</c> over
/// <c>--years</c> years (default 10) of <c>--trend-people</c> people (default 10^5) against one year's report.
/// </summary>
/// <remarks>Wall times by <see cref="Stopwatch"/>, median of <c>--repetitions</c> runs (default 7) after a warm-up run, each after a full collection.</remarks>
internal static class NetworkCommand
{
    public static int Run(string[] args, TextWriter output)
    {
        var caes = Option(args, "--caes", 160);
        var people = Option(args, "--people", 1_000);
        var years = Option(args, "--years", 10);
        var trendPeople = Option(args, "--trend-people", 100_000);
        var repetitions = Option(args, "--repetitions", 7);

        if (Array.IndexOf(args, "--no-merge") < 0)
        {
            Merge(output, caes, people, repetitions);
        }

        Trend(output, years, trendPeople, repetitions);
        return 0;
    }

    private static void Merge(TextWriter output, int caes, int people, int repetitions)
    {
        var folder = Path.Combine(Path.GetTempPath(), "cae-network-bench-" + Guid.NewGuid().ToString("N"));
        try
        {
            var clock = Stopwatch.StartNew();
            NetworkGenerator.Write(folder, caes, people, 2015, 2015);
            var documents = new List<string>();
            var sizes = new List<(int People, int Bytes)>();
            foreach (var cae in Directory.GetDirectories(folder).OrderBy(d => d, StringComparer.Ordinal))
            {
                var policy = PolicyJson.Read(Path.Combine(cae, "policy.json"));
                var loaded = ContractCsv.Load(Path.Combine(cae, "paths.csv"), Path.Combine(cae, "activity.csv"), policy);
                var engine = new AnnualReportEngine(loaded.Dataset, policy);
                var accumulator = engine.CreateAccumulator(2015);
                accumulator.AddPersons(0, engine.Data.PersonCount);
                accumulator.AddRows(0, engine.Data.ActivityCount);
                var json = PartialJson.ToJson(ReportPartial.Of(accumulator));
                documents.Add(json);
                sizes.Add((engine.Data.PersonCount, Encoding.UTF8.GetByteCount(json)));
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{caes} CAEs of {sizes.Min(s => s.People)} to {sizes.Max(s => s.People)} people written, loaded and aggregated ({clock.Elapsed.TotalSeconds:0.0} s, not timed)"));
            var nearest = sizes.OrderBy(s => Math.Abs(s.People - 1_000)).First();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"partial size: {nearest.Bytes / 1024.0:0.0} kB for the CAE of {nearest.People} people; largest {sizes.Max(s => s.Bytes) / 1024.0:0.0} kB (CAE of {sizes.OrderBy(s => s.Bytes).Last().People} people)"));

            var partials = documents.Select(d => PartialJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(d)), "partial.json")).ToList();
            var combine = Time(repetitions, () => ReportPartial.CombineAll(2015, partials).ToReport());
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"merge {caes} partials (Combine + ToReport): median {combine.Median:0.00} ms, fastest {combine.Fastest:0.00} ms"));
            var readAndCombine = Time(repetitions, () =>
            {
                var read = documents.Select(d => PartialJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(d)), "partial.json"));
                return ReportPartial.CombineAll(2015, read).ToReport();
            });
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"merge {caes} partials (parse JSON + Combine + ToReport): median {readAndCombine.Median:0.00} ms, fastest {readAndCombine.Fastest:0.00} ms"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void Trend(TextWriter output, int years, int people, int repetitions)
    {
        // One cohort a year, 2015 − years + 1 … 2015, of people / years people each (ids prefixed by the year):
        // a dataset of `people` people whose paths and activity span `years` years.
        var clock = Stopwatch.StartNew();
        var builder = new CaeDatasetBuilder();
        var first = 2015 - years + 1;
        var cohorts = new List<(PopulationGenerator Generator, IReadOnlyList<PathRecord> Paths, string Prefix)>();
        for (var y = first; y <= 2015; y++)
        {
            var generator = new PopulationGenerator(people / years, y, (ulong)y);
            var prefix = y.ToString(CultureInfo.InvariantCulture) + "-";
            var paths = generator.Paths();
            foreach (var p in paths)
            {
                builder.TryAddPath(new PathRecord(prefix + p.EntrepreneurId, p.Establishment, p.Structure, p.EntryDate, p.CesaDate, p.AssociateApplicationDate, p.AssociateDate, p.ExitDate, p.ExitCategory, p.Typology));
            }

            cohorts.Add((generator, paths, prefix));
        }

        foreach (var (generator, paths, prefix) in cohorts)
        {
            foreach (var a in generator.Activity(paths))
            {
                builder.TryAddActivity(new MonthlyActivity(prefix + a.EntrepreneurId, a.Month, a.Structure, a.Establishment, a.Turnover, a.Purchases, a.Contribution, a.SalaryHours));
            }
        }

        var last = cohorts[^1].Generator;
        var data = builder.Build();
        var engine = new AnnualReportEngine(data, last.Policy);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"trend data: {data.PersonCount} people, {data.ActivityCount} activity rows over {first}–2015 ({clock.Elapsed.TotalSeconds:0.0} s, not timed)"));
        var report = Time(repetitions, () => engine.Compute(2015));
        var trend = Time(repetitions, () => ReportTrend.Compute(engine, first, 2015));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"one year's report (2015, with 2014): median {report.Median:0.0} ms, fastest {report.Fastest:0.0} ms"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"trend {first}–2015 ({years} reports): median {trend.Median:0.0} ms, fastest {trend.Fastest:0.0} ms"));
        var pass = Time(repetitions, () => TrendPass.Run(engine, first, 2015));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  of which the pass over the data: median {pass.Median:0.0} ms, fastest {pass.Fastest:0.0} ms"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio trend/report = {trend.Median / report.Median:0.00}"));
        var figures = ReportTrend.Compute(engine, first, 2015);
        for (var y = first; y <= 2015; y++)
        {
            if (!Same(figures.Reports[y - first].ToTree(), engine.Compute(y).ToTree()))
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"the trend's {y} differs from the report of {y}"));
            }
        }
    }

    /// <summary>Whether two report trees hold the same figures, whatever the order of their groups.</summary>
    private static bool Same(ReportNode a, ReportNode b) => Canonical(a).Equals(Canonical(b));

    private static ReportNode Canonical(ReportNode node) => node is ReportTree tree
        ? new ReportTree(tree.Children.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => new KeyValuePair<string, ReportNode>(c.Key, Canonical(c.Value))))
        : node;

    private static (double Median, double Fastest) Time(int repetitions, Func<object> run)
    {
        run();
        var times = new List<double>();
        for (var i = 0; i < repetitions; i++)
        {
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            var clock = Stopwatch.StartNew();
            GC.KeepAlive(run());
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return (times[times.Count / 2], times[0]);
    }

    private static int Option(string[] args, string name, int value)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : value;
    }
}
