using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;

namespace Cae.Benchmarks.Compare;

/// <summary>The repeated timings and allocations of one contender.</summary>
/// <param name="Name">The contender.</param>
/// <param name="Milliseconds">Wall time of each repetition.</param>
/// <param name="AllocatedBytes">Managed bytes allocated by each repetition, all threads.</param>
public sealed record Measurement(string Name, IReadOnlyList<double> Milliseconds, IReadOnlyList<long> AllocatedBytes)
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
    public static Measurement Take(Contender contender, int repetitions)
    {
        ArgumentNullException.ThrowIfNull(contender);
        var warmUp = Stopwatch.StartNew();
        GC.KeepAlive(contender.Run());
        if (warmUp.Elapsed > SlowWarmUp)
        {
            repetitions = Math.Min(repetitions, SlowRepetitions);
        }

        var times = new List<double>(repetitions);
        var bytes = new List<long>(repetitions);
        for (var r = 0; r < repetitions; r++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var clock = Stopwatch.StartNew();
            var result = contender.Run();
            clock.Stop();
            var after = GC.GetTotalAllocatedBytes(precise: true);
            GC.KeepAlive(result);
            times.Add(clock.Elapsed.TotalMilliseconds);
            bytes.Add(after - before);
        }

        return new Measurement(contender.Name, times, bytes);
    }

    private static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
