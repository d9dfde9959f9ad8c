using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Cae.Domain.Activity;
using Cae.Domain.Organisation;
using Cae.Domain.Paths;
using Cae.Domain.Policy;
using Cae.Domain.Values;
using Cae.Rules.Data;
using Cae.Rules.WhatIf;
using NodaTime;
using NodaTime.Text;

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

    /// <summary>samples/coopilote-2015, read with a minimal reader of its plain dialect, and its policy.json as code.</summary>
    private static class Sample
    {
        public static CaePolicy Policy()
        {
            var reference = Reference.UserPolicy("policy.json");
            return CaePolicy.Default with
            {
                SupportLimitMonths = DatedParameter<int>.Always("support_limit_months", string.Empty, 24, reference),
                Assemblies = new AssemblyCalendar(new[] { "2011-06-18", "2012-06-16", "2013-06-15", "2014-06-14", "2015-06-13", "2016-06-18" }.Select(Date), reference),
                Admission = AdmissionMode.NextAssembly,
                Contribution = new ContributionPolicy(ContributionBase.GrossMargin, new[] { new ContributionRate(new LocalDate(2014, 1, 1), Rate.FromFraction(0.10m), reference) }, Money.Zero),
                FteAnnualHours = DatedParameter<Hours>.Always("fte_annual_hours", string.Empty, Hours.FromDecimal(1820m), reference),
                ReportingUnits = new ReportingUnitMap(new[]
                {
                    new ReportingUnit(new Structure("Coopilote"), new Establishment("Besançon"), "Coopilote B"),
                    new ReportingUnit(new Structure("Coopilote"), new Establishment("Montbéliard"), "Coopilote M"),
                }),
                SupportBudget = new Dictionary<int, Money> { [2015] = Money.FromEuros(440000m) },
            };
        }

        public static CaeDataset Dataset()
        {
            var folder = Folder();
            var builder = new CaeDatasetBuilder();
            foreach (var c in Rows(Path.Combine(folder, "paths.csv")))
            {
                var exit = OptionalDate(c[7]);
                var gender = c[9] == "F" ? Gender.Female : c[9] == "M" ? Gender.Male : Gender.Unknown;
                var path = new PathRecord(
                    c[0], new Establishment(c[1]), new Structure(c[2]), Date(c[3]), OptionalDate(c[4]), OptionalDate(c[5]), OptionalDate(c[6]), exit,
                    exit is null ? null : ExitCategory.Parse(c[8]),
                    new Typology(gender, OptionalDate(c[10]), c[11], c[12], c[13], c[14], c[15]));
                if (builder.TryAddPath(path) is { } error)
                {
                    throw new InvalidDataException(error);
                }
            }

            foreach (var c in Rows(Path.Combine(folder, "activity.csv")))
            {
                var row = new MonthlyActivity(
                    c[0], YearMonthPattern.Iso.Parse(c[1]).Value, new Structure(c[2]), c[3].Length == 0 ? null : new Establishment(c[3]),
                    Amount(c[4]), Amount(c[5]), c[6].Length == 0 ? null : Amount(c[6]), Hours.FromDecimal(decimal.Parse(c[7], CultureInfo.InvariantCulture)));
                if (builder.TryAddActivity(row) is { } error)
                {
                    throw new InvalidDataException(error.ToString());
                }
            }

            return builder.Build();
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

        private static IEnumerable<string[]> Rows(string file) => File.ReadAllLines(file).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(','));

        private static LocalDate Date(string text) => LocalDatePattern.Iso.Parse(text).Value;

        private static LocalDate? OptionalDate(string text) => text.Length == 0 ? null : Date(text);

        private static Money Amount(string text) => Money.FromEuros(decimal.Parse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture));
    }
}
