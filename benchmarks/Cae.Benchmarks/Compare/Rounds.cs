using System;
using System.Collections.Generic;
using System.Linq;

namespace Cae.Benchmarks.Compare;

/// <summary>
/// Times contenders in rounds, one repetition of each per round, instead of each contender's repetitions back to
/// back: a machine whose speed drifts during the run (a virtual machine slowed by the host after minutes of load)
/// then slows every contender alike, not the ones timed last.
/// </summary>
public static class Rounds
{
    /// <summary>
    /// Warms up each contender once (<see cref="Measurement.WarmUp"/>), then runs <paramref name="repetitions"/>
    /// rounds. In each round every contender due runs once, after a settle, in the given order. A contender whose
    /// warm-up took longer than <see cref="Measurement.SlowWarmUp"/> runs <see cref="Measurement.SlowRepetitions"/>
    /// times at most, in rounds spread over the whole run (for 3 of 7: the first, the fourth and the sixth).
    /// </summary>
    /// <param name="contenders">The contenders.</param>
    /// <param name="repetitions">The rounds, at least one.</param>
    /// <returns>One measurement per contender, in the given order.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="repetitions"/> is below one.</exception>
    public static IReadOnlyList<Measurement> Take(IReadOnlyList<Contender> contenders, int repetitions)
    {
        ArgumentNullException.ThrowIfNull(contenders);
        ArgumentOutOfRangeException.ThrowIfLessThan(repetitions, 1);
        var due = new int[contenders.Count];
        for (var c = 0; c < contenders.Count; c++)
        {
            due[c] = Measurement.WarmUp(contenders[c], repetitions);
        }

        var times = contenders.Select(_ => new List<double>()).ToArray();
        var bytes = contenders.Select(_ => new List<long>()).ToArray();
        var collections = new int[contenders.Count];
        for (var round = 0; round < repetitions; round++)
        {
            for (var c = 0; c < contenders.Count; c++)
            {
                if (!Runs(round, due[c], repetitions))
                {
                    continue;
                }

                Measurement.Settle();
                var (milliseconds, allocated, gcs) = Measurement.TimeOnce(contenders[c]);
                times[c].Add(milliseconds);
                bytes[c].Add(allocated);
                collections[c] += gcs;
            }
        }

        return contenders.Select((c, i) => new Measurement(c.Name, times[i], bytes[i], collections[i])).ToList();
    }

    /// <summary>Whether a contender of <paramref name="due"/> repetitions runs in a round of <paramref name="rounds"/>: every round when it is due in all, else spread evenly, the first round included.</summary>
    internal static bool Runs(int round, int due, int rounds) => due >= rounds || (long)round * due % rounds < due;
}
