using System;
using System.Diagnostics;

namespace Cae.Benchmarks.Compare;

/// <summary>
/// Two fixed pieces of work on one thread, timed: the same instructions every time, so their times tell how fast
/// the machine runs at that moment. A loop in registers shows the core's clock; a walk through 64 MiB in random
/// order shows the memory's latency, which other tenants of a shared host slow down without changing the clock.
/// Printed before and after the timings of <c>compare --from-files</c>, they show whether and how the machine
/// changed during the run.
/// </summary>
public static class MachineProbe
{
    /// <summary>The steps of the register loop, six dependent operations each: about 0.3 s on this machine.</summary>
    public const int Steps = 100_000_000;

    /// <summary>The entries of the memory walk: 64 MiB of <see cref="int"/>, well beyond the caches.</summary>
    public const int WalkEntries = 16 << 20;

    /// <summary>The steps of the memory walk, each a cache miss: about 0.35 s on this machine.</summary>
    public const int WalkSteps = 2_000_000;

    private static ulong sink;

    /// <summary>Runs the register loop; returns its wall time in milliseconds (the fastest of three runs).</summary>
    public static double RegisterLoopMilliseconds() => Fastest(run => Work(Steps, (ulong)run + 1));

    /// <summary>Runs the memory walk; returns its wall time in milliseconds (the fastest of three runs).</summary>
    public static double MemoryWalkMilliseconds()
    {
        var next = Cycle(WalkEntries);
        return Fastest(run => Walk(next, WalkSteps, run));
    }

    private static double Fastest(Func<int, ulong> work)
    {
        var fastest = double.MaxValue;
        for (var run = 0; run < 3; run++)
        {
            var clock = Stopwatch.StartNew();
            sink ^= work(run); // kept, so the work cannot be left out
            clock.Stop();
            fastest = Math.Min(fastest, clock.Elapsed.TotalMilliseconds);
        }

        return fastest;
    }

    /// <summary>A xorshift sequence, each step depending on the one before: neither vectorised nor folded away.</summary>
    private static ulong Work(int steps, ulong state)
    {
        unchecked
        {
            var sum = 0UL;
            for (var i = 0; i < steps; i++)
            {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                sum += state >> 32;
            }

            return sum;
        }
    }

    /// <summary>One random cycle through every entry (Sattolo's shuffle, fixed seed), so a walk never settles in a cache.</summary>
    private static int[] Cycle(int entries)
    {
        var next = new int[entries];
        for (var i = 0; i < entries; i++)
        {
            next[i] = i;
        }

        var random = new Random(20261203);
        for (var i = entries - 1; i > 0; i--)
        {
            var j = random.Next(i);
            (next[i], next[j]) = (next[j], next[i]);
        }

        return next;
    }

    /// <summary>Follows the cycle: each load's address is the previous load's value.</summary>
    private static ulong Walk(int[] next, int steps, int start)
    {
        var at = start;
        for (var i = 0; i < steps; i++)
        {
            at = next[at];
        }

        return (ulong)at;
    }
}
