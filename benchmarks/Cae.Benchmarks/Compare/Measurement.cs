using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;

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
    /// Runs a contender once to warm it up, then <paramref name="repetitions"/> times back to back (at most
    /// <see cref="SlowRepetitions"/> when the warm-up took longer than <see cref="SlowWarmUp"/>), each after a
    /// full collection. Before the warm-up, the process settles (<see cref="Settle"/>), so that no contender pays
    /// for the garbage or the threads of the one before it; the warm-up then takes the first run after the pause.
    /// </summary>
    /// <param name="contender">The contender.</param>
    /// <param name="repetitions">The number of measured runs.</param>
    public static Measurement Take(Contender contender, int repetitions)
    {
        ArgumentNullException.ThrowIfNull(contender);
        repetitions = WarmUp(contender, repetitions);
        var times = new List<double>(repetitions);
        var bytes = new List<long>(repetitions);
        var collections = 0;
        for (var r = 0; r < repetitions; r++)
        {
            var (milliseconds, allocated, gcs) = TimeOnce(contender);
            times.Add(milliseconds);
            bytes.Add(allocated);
            collections += gcs;
        }

        return new Measurement(contender.Name, times, bytes, collections);
    }

    /// <summary>
    /// Settles (<see cref="Settle"/>), then runs a contender once, untimed, to warm it up: the repetitions it is due,
    /// <paramref name="repetitions"/>, or <see cref="SlowRepetitions"/> at most when the warm-up took longer than
    /// <see cref="SlowWarmUp"/>.
    /// </summary>
    /// <param name="contender">The contender.</param>
    /// <param name="repetitions">The repetitions asked for.</param>
    internal static int WarmUp(Contender contender, int repetitions)
    {
        ArgumentNullException.ThrowIfNull(contender);
        Settle();
        var warmUp = Stopwatch.StartNew();
        GC.KeepAlive(contender.Run());
        return warmUp.Elapsed > SlowWarmUp ? Math.Min(repetitions, SlowRepetitions) : repetitions;
    }

    /// <summary>
    /// One timed run after a full collection: its wall time, the managed bytes it allocated (all threads) and the
    /// collections that ran during it.
    /// </summary>
    /// <param name="contender">The contender.</param>
    internal static (double Milliseconds, long AllocatedBytes, int Collections) TimeOnce(Contender contender)
    {
        ArgumentNullException.ThrowIfNull(contender);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var gen0 = GC.CollectionCount(0);
        var clock = Stopwatch.StartNew();
        var result = contender.Run();
        clock.Stop();
        var collections = GC.CollectionCount(0) - gen0; // every collection counts in generation 0
        var after = GC.GetTotalAllocatedBytes(precise: true);
        GC.KeepAlive(result);
        return (clock.Elapsed.TotalMilliseconds, after - before, collections);
    }

    /// <summary>
    /// A full, compacting collection, then a pause of <see cref="SettleTime"/>: the memory a previous contender
    /// freed is returned to the system, and the worker threads of DuckDB go idle, before the clock starts.
    /// </summary>
    public static void Settle()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        Thread.Sleep(SettleTime);
    }

    /// <summary>The pause of <see cref="Settle"/>.</summary>
    public static readonly TimeSpan SettleTime = TimeSpan.FromSeconds(1);

    private static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
