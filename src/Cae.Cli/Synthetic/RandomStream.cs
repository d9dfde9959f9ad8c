using System;

namespace Cae.Cli.Synthetic;

/// <summary>A SplitMix64 random stream per (seed, person, purpose): cheap, allocation-free and the same on every platform.</summary>
internal struct RandomStream
{
    private ulong state;

    public RandomStream(ulong seed, int person, int purpose)
    {
        state = unchecked(seed ^ ((ulong)(uint)person * 0x9E3779B97F4A7C15UL) ^ ((ulong)(uint)purpose << 56));
        Next();
    }

    public ulong Next()
    {
        unchecked
        {
            var z = state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    /// <summary>A uniform double in [0, 1).</summary>
    public double Next01() => (Next() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A uniform integer in [0, n).</summary>
    public int Below(int n) => (int)(Next01() * n);

    /// <summary>A uniform integer in [low, high].</summary>
    public int Between(int low, int high) => low + Below(high - low + 1);

    public bool Chance(double p) => Next01() < p;

    /// <summary>An index drawn with the given weights (summing to 1).</summary>
    public int Pick(double[] weights)
    {
        var u = Next01();
        for (var i = 0; i < weights.Length - 1; i++)
        {
            u -= weights[i];
            if (u < 0)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }

    /// <summary>A log-normal factor of median 1: exp(σ·z), z standard normal (Box–Muller).</summary>
    public double LogNormal(double sigma)
    {
        var z = Math.Sqrt(-2.0 * Math.Log(1.0 - Next01())) * Math.Cos(2.0 * Math.PI * Next01());
        return Math.Exp(sigma * z);
    }
}
