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

    private static IEnumerable<int> Shuffle(Random random, IEnumerable<int> items) => items.OrderBy(_ => random.Next()).ToArray();
}
