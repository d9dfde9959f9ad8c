using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;

namespace Cae.Benchmarks.Compare;

/// <summary>The repeated timings and allocations of one contender.</summary>
/// <param name="Name">The contender.</param>
/// <param name="Milliseconds">Wall time of each repetition.</param>
/// <param name="AllocatedBytes">Managed bytes allocated by each repetition, all threads.</param>
/// <param name="Collections">Garbage collections (any generation) that ran during the timed repetitions, all together.</param>
public sealed record Measurement(string Name, IReadOnlyList<double> Milliseconds, IReadOnlyList<long> AllocatedBytes, int Collections)
{
    /// <summary>The median wall time.</summary>
    public double MedianMilliseconds => Median(Milliseconds);

    /// <summary>The median allocation.</summary>
    public double MedianAllocatedBytes => Median(AllocatedBytes.Select(b => (double)b).ToList());

    /// <summary>A warm-up longer than this marks a slow contender, measured <see cref="SlowRepetitions"/> times at most.</summary>
    public static readonly TimeSpan SlowWarmUp = TimeSpan.FromSeconds(10);

    /// <summary>The most repetitions of a slow contender.</summary>
    public const int SlowRepetitions = 3;

    /// <summary>
    /// Runs a contender once to warm it up, then <paramref name="repetitions"/> times (at most
    /// <see cref="SlowRepetitions"/> when the warm-up took longer than <see cref="SlowWarmUp"/>), each after a full collection.
    /// </summary>
    /// <param name="contender">The contender.</param>
    /// <param name="repetitions">The number of measured runs.</param>
    public static Measurement Take(Contender contender, int repetitions) => TakeInTurns(new[] { contender }, repetitions)[0];

    /// <summary>
    /// Warms every contender up (one run each), then times them in turns: each round runs every contender that
    /// has repetitions left once, each run after a full collection. A slow contender (warm-up longer than
    /// <see cref="SlowWarmUp"/>) has at most <see cref="SlowRepetitions"/> repetitions, the others
    /// <paramref name="repetitions"/>. Taking turns spreads every contender's runs over the same stretch of
    /// time, so that a burst of load from elsewhere on the machine does not fall on one contender only.
    /// </summary>
    /// <param name="contenders">The contenders.</param>
    /// <param name="repetitions">The number of measured runs of a contender that is not slow.</param>
    public static IReadOnlyList<Measurement> TakeInTurns(IReadOnlyList<Contender> contenders, int repetitions)
    {
        ArgumentNullException.ThrowIfNull(contenders);
        var planned = new int[contenders.Count];
        for (var c = 0; c < contenders.Count; c++)
        {
            var warmUp = Stopwatch.StartNew();
            GC.KeepAlive(contenders[c].Run());
            planned[c] = warmUp.Elapsed > SlowWarmUp ? Math.Min(repetitions, SlowRepetitions) : repetitions;
        }

        var times = contenders.Select(_ => new List<double>()).ToArray();
        var bytes = contenders.Select(_ => new List<long>()).ToArray();
        var collections = new int[contenders.Count];
        for (var round = 0; round < repetitions; round++)
        {
            for (var c = 0; c < contenders.Count; c++)
            {
                if (round >= planned[c])
                {
                    continue;
                }

                GC.Collect();
                GC.WaitForPendingFinalizers();
                GC.Collect();
                var before = GC.GetTotalAllocatedBytes(precise: true);
                var gen0 = GC.CollectionCount(0);
                var clock = Stopwatch.StartNew();
                var result = contenders[c].Run();
                clock.Stop();
                collections[c] += GC.CollectionCount(0) - gen0; // every collection counts in generation 0
                var after = GC.GetTotalAllocatedBytes(precise: true);
                GC.KeepAlive(result);
                times[c].Add(clock.Elapsed.TotalMilliseconds);
                bytes[c].Add(after - before);
            }
        }

        return contenders.Select((contender, c) => new Measurement(contender.Name, times[c], bytes[c], collections[c])).ToList();
    }

    private static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
