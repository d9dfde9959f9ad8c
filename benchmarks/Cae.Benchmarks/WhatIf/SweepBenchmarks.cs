using System;
using System.IO;
using BenchmarkDotNet.Attributes;
using Cae.IO;
using Cae.Domain.Policy;
using Cae.Rules.Data;
using Cae.Rules.WhatIf;

namespace Cae.Benchmarks.WhatIf;

/// <summary>
/// Policy what-if on the bundled Coopilote 2015 sample (222 paths, 3 326 activity rows): sweeps of 1 000 scenarios
/// (one axis of 1 000 contribution rates; 100 rates × 10 support limits), in parallel and sequentially, and one
/// comparison of a scenario with the baseline. The target: a 1 000-scenario sweep under 1 s.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class SweepBenchmarks
{
    private WhatIfEngine engine = null!;
    private SweepAxis[] rates = null!;
    private SweepAxis[] grid = null!;
    private Scenario eightPercent = null!;

    /// <summary>Reads the sample and prepares the axes.</summary>
    [GlobalSetup]
    public void Setup()
    {
        engine = new WhatIfEngine(Sample.Dataset(), Sample.Policy());
        rates = new[] { SweepAxis.Parameter("contribution_rate", SweepAxis.Range(0.0600m, 0.1599m, 0.0001m)) };
        grid = new[]
        {
            SweepAxis.Parameter("contribution_rate", SweepAxis.Range(0.060m, 0.159m, 0.001m)),
            SweepAxis.Parameter("support_limit_months", SweepAxis.Range(18m, 36m, 2m)),
        };
        eightPercent = Scenario.Named("8 %").WithContributionRate(0.08m);
        if (engine.Sweep(Scenario.Identity, rates, null, 2015).Rows.Count != 1_000 || engine.Sweep(Scenario.Identity, grid, null, 2015).Rows.Count != 1_000)
        {
            throw new InvalidOperationException("The sweeps do not hold 1 000 scenarios.");
        }
    }

    /// <summary>1 000 contribution rates, on every processor.</summary>
    [Benchmark]
    public SweepResult ThousandRates() => engine.Sweep(Scenario.Identity, rates, null, 2015, parallel: true);

    /// <summary>1 000 contribution rates, on one thread.</summary>
    [Benchmark]
    public SweepResult ThousandRatesSequential() => engine.Sweep(Scenario.Identity, rates, null, 2015, parallel: false);

    /// <summary>100 contribution rates × 10 support limits, on every processor.</summary>
    [Benchmark]
    public SweepResult RatesBySupportLimits() => engine.Sweep(Scenario.Identity, grid, null, 2015, parallel: true);

    /// <summary>One scenario against the baseline: the actual, baseline and scenario reports and the delta.</summary>
    [Benchmark]
    public WhatIfResult CompareOne() => engine.Compare(eightPercent, 2015);

    /// <summary>samples/coopilote-2015, read with the tool's own loader and policy reader.</summary>
    private static class Sample
    {
        public static CaePolicy Policy() => PolicyJson.Read(Path.Combine(Folder(), "policy.json"));

        public static CaeDataset Dataset()
        {
            var folder = Folder();
            var loaded = ContractCsv.Load(Path.Combine(folder, "paths.csv"), Path.Combine(folder, "activity.csv"));
            return loaded.HasRejectedRows
                ? throw new InvalidDataException("The bundled sample has rejected rows: " + string.Join("; ", loaded.Rejections))
                : loaded.Dataset;
        }

        private static string Folder()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                foreach (var candidate in new[] { Path.Combine(dir.FullName, "samples", "coopilote-2015"), Path.Combine(dir.FullName, "coopilote-2015") })
                {
                    if (File.Exists(Path.Combine(candidate, "paths.csv")))
                    {
                        return candidate;
                    }
                }
            }

            throw new DirectoryNotFoundException("samples/coopilote-2015 not found above " + AppContext.BaseDirectory);
        }
    }
}
