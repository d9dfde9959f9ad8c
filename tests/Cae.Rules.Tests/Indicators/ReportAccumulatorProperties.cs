using System;
using System.Collections.Generic;
using System.Linq;
using Cae.Rules.Indicators;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Cae.Rules.Tests.Indicators;

public class ReportAccumulatorProperties
{
    [Property(MaxTest = 40)]
    public Property Merged_random_shards_equal_the_whole(int seed, byte size, byte shardCount)
    {
        var data = RandomPopulation.Create(seed, 1 + (size % 60));
        var engine = new AnnualReportEngine(data, TestData.Policy);
        var whole = engine.Compute(2015).ToTree();

        // A random partition of persons and rows into shards (a person's rows spread over several shards).
        var random = new Random(seed ^ 0x5EED);
        var shards = 1 + (shardCount % 7);
        var parts = Enumerable.Range(0, shards).Select(_ => engine.CreateAccumulator(2015)).ToList();
        var persons = Enumerable.Range(0, shards).Select(_ => new List<int>()).ToArray();
        var rows = Enumerable.Range(0, shards).Select(_ => new List<int>()).ToArray();
        foreach (var p in Shuffle(random, Enumerable.Range(0, data.PersonCount)))
        {
            persons[random.Next(shards)].Add(p);
        }

        foreach (var r in Shuffle(random, Enumerable.Range(0, data.ActivityCount)))
        {
            rows[random.Next(shards)].Add(r);
        }

        for (var i = 0; i < shards; i++)
        {
            parts[i].AddPersons(persons[i]);
            parts[i].AddRows(rows[i]);
        }

        // Merge in a random order and a random bracketing.
        while (parts.Count > 1)
        {
            var a = random.Next(parts.Count);
            var b = random.Next(parts.Count - 1);
            if (b >= a)
            {
                b++;
            }

            parts[a].MergeFrom(parts[b]);
            parts.RemoveAt(b);
        }

        var merged = parts[0].ToReport().ToTree();
        return merged.Equals(whole).Label(merged.ToString() + "\n---\n" + whole);
    }

    [Property(MaxTest = 40)]
    public Property Flow_identity_holds_in_every_group(int seed, byte size, bool previousYear)
    {
        var data = RandomPopulation.Create(seed, 1 + (size % 80));
        var report = new AnnualReportEngine(data, TestData.Policy).Compute(previousYear ? 2014 : 2015);
        var groups = new List<FlowCounts> { report.Flows.Total };
        groups.AddRange(report.Flows.ByEstablishment.Select(g => g.Value));
        groups.AddRange(report.Flows.ByStructure.Select(g => g.Value));
        groups.AddRange(report.Flows.ByStructureAndEstablishment.SelectMany(s => s.Value.Select(g => g.Value)));
        var identity = groups.All(f => f.PresentStart + f.Entries - f.Exits == f.PresentEnd && f.PresentEnd >= 0);
        var sums = report.Flows.ByEstablishment.Sum(g => g.Value.Accompanied) == report.Flows.Total.Accompanied
            && report.Flows.ByStructure.Sum(g => g.Value.PresentEnd) == report.Flows.Total.PresentEnd
            && report.Exits.Total.Total == report.Flows.Total.Exits;
        return (identity && sums).ToProperty();
    }

    [Property(MaxTest = 25)]
    public Property Parallel_computation_gives_the_sequential_figures(int seed, byte size, byte threads)
    {
        var data = RandomPopulation.Create(seed, 1 + (size % 120));
        var engine = new AnnualReportEngine(data, TestData.Policy);
        var sequential = engine.Compute(2015).ToTree();
        var parallel = engine.ComputeParallel(2015, 1 + (threads % 8)).ToTree();
        return parallel.Equals(sequential).ToProperty();
    }

    [Property(MaxTest = 15)]
    public Property Rows_in_any_order_give_the_same_report(int seed, byte size, bool previousYear, bool byMonth)
    {
        // Person by person (long runs), month by month (runs of one row) or shuffled; 2015 has a two-year
        // window, 2014 one year with the rows of 2015 outside it.
        var persons = 1 + (size % 100);
        var year = previousYear ? 2014 : 2015;
        var inOrder = new AnnualReportEngine(RandomPopulation.Create(seed, persons), TestData.Policy).Compute(year).ToTree();
        var random = new Random(seed);
        var reordered = RandomPopulation.Create(
            seed,
            persons,
            rows => byMonth ? rows.OrderBy(r => r.Month).ThenBy(r => r.EntrepreneurId, StringComparer.Ordinal) : rows.OrderBy(_ => random.Next()));
        var other = new AnnualReportEngine(reordered, TestData.Policy).Compute(year).ToTree();
        return other.Equals(inOrder).Label(other.ToString() + "\n---\n" + inOrder);
    }

    [Property(MaxTest = 12)]
    public Property The_whole_pass_equals_rows_added_one_at_a_time_across_chunks(int seed, bool previousYear, byte order)
    {
        // 300 to 400 persons: about 5 000 rows, more than one chunk of the row pass, so runs are cut by chunks,
        // and the rows are person by person (long runs), by month (a chunk of short runs makes the next one add
        // its rows one by one), shuffled, or by month then person by person (back from short runs to runs).
        var persons = 300 + Math.Abs(seed % 100);
        var random = new Random(seed);
        var data = (order % 4) switch
        {
            0 => RandomPopulation.Create(seed, persons),
            1 => RandomPopulation.Create(seed, persons, rows => rows.OrderBy(r => r.Month)),
            2 => RandomPopulation.Create(seed, persons, rows => rows.OrderBy(_ => random.Next())),
            _ => RandomPopulation.Create(seed, persons, rows => rows.Take(rows.Count / 2).OrderBy(r => r.Month).Concat(rows.Skip(rows.Count / 2))),
        };
        var engine = new AnnualReportEngine(data, TestData.Policy);
        var year = previousYear ? 2014 : 2015;
        var one = engine.CreateAccumulator(year);
        one.AddPersons(Enumerable.Range(0, data.PersonCount));
        one.AddRows(Enumerable.Range(0, data.ActivityCount));
        var whole = engine.Compute(year).ToTree();
        var byRow = one.ToReport().ToTree();
        return (data.ActivityCount > 4096 && byRow.Equals(whole)).Label($"{data.ActivityCount} rows\n" + byRow + "\n---\n" + whole);
    }

    private static IEnumerable<int> Shuffle(Random random, IEnumerable<int> items) => items.OrderBy(_ => random.Next()).ToArray();
}
