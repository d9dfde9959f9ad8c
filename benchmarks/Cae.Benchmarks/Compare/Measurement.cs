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

    /// <summary>Runs a contender once to warm it up, then <paramref name="repetitions"/> times, each after a full collection.</summary>
    /// <param name="contender">The contender.</param>
    /// <param name="repetitions">The number of measured runs.</param>
    public static Measurement Take(Contender contender, int repetitions)
    {
        ArgumentNullException.ThrowIfNull(contender);
        GC.KeepAlive(contender.Run());
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
