using System;
using System.Linq;
using Cae.Domain.Policy;
using Cae.Domain.Values;
using Cae.Rules.Indicators;
using Cae.Rules.Pay;
using Cae.Rules.WhatIf;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Cae.Rules.Tests.WhatIf;

public class WhatIfProperties
{
    private static readonly CaePolicy Policy = WhatIfPopulation.Policy;

    /// <summary>Scenario changes with random values, for the chaining property.</summary>
    private static readonly Gen<Scenario> AnyChange = Gen.OneOf(
        Gen.Choose(0, 200).Select(r => Scenario.Named("rate").WithContributionRate(r / 1000m)),
        Gen.Choose(6, 48).Select(m => Scenario.Named("limit").WithSupportLimit(m)),
        Gen.Choose(1, 4).Select(n => Scenario.Named("per year").WithAssembliesPerYear(n)),
        Gen.Choose(0, 60).Select(d => Scenario.Named("cut-off").WithApplicationCutoffDays(d)),
        Gen.Choose(800, 1500).Select(c => Scenario.Named("smic").WithSmicHourly(c / 100m)),
        Gen.Choose(0, 60).Select(r => Scenario.Named("charges").WithEmployerCharges(EmployerChargeSchedule.Flat(Rate.FromFraction(r / 100m)))),
        Gen.Elements(AdmissionMode.NextAssembly, AdmissionMode.Automatic).Select(m => Scenario.Named("mode").WithAdmission(m)),
        Gen.Choose(1, 28).Select(d => Scenario.Named("December").WithMoreAssemblies(new[] { new LocalDate(2013, 12, d), new LocalDate(2014, 12, d), new LocalDate(2015, 12, d) })),
        Gen.Choose(1_000, 2_000).Select(h => Scenario.Named("fte").WithFteAnnualHours(h)));

    [Property(MaxTest = 30)]
    public Property Identity_reproduces_the_baseline_with_every_delta_zero(int seed, byte size)
    {
        var data = WhatIfPopulation.Create(seed, 1 + (size % 60));
        var result = WhatIfEngine.Compare(data, Policy, Scenario.Identity, 2015);
        var wrong = ReportNumbers.NonZero(result.Delta, result.Baseline.ToTree());
        return (wrong.Count == 0 && result.Scenario.ToTree().Equals(result.Baseline.ToTree()) && result.AdmissionChanges.Count == 0)
            .Label(string.Join("\n", wrong));
    }

    [Property(MaxTest = 30)]
    public Property A_lower_contribution_rate_never_lowers_hours_nor_raises_contributions(int seed, byte size, byte a, byte b)
    {
        var data = WhatIfPopulation.Create(seed, 1 + (size % 40));
        var (low, high) = (Math.Min(a, b) / 400m, Math.Max(a, b) / 400m);
        var engine = new WhatIfEngine(data, Policy);
        var lower = engine.Model(Scenario.Named("low").WithContributionRate(low));
        var higher = engine.Model(Scenario.Named("high").WithContributionRate(high));
        for (var r = 0; r < data.ActivityCount; r++)
        {
            var @base = data.Turnover[r] - data.Purchases[r];
            var contributionOk = @base >= 0 ? lower.Contribution[r] <= higher.Contribution[r] : lower.Contribution[r] >= higher.Contribution[r];
            if (!contributionOk || lower.SalaryHours[r] < higher.SalaryHours[r])
            {
                return false.Label(TestText($"row {r}: base {@base}, contributions {lower.Contribution[r]} / {higher.Contribution[r]}, hours {lower.SalaryHours[r]} / {higher.SalaryHours[r]}"));
            }
        }

        // In the report: hours never fall, and contributions never rise on positive margins (the population's
        // credit notes are rare; compare the report totals only when every row's base is positive).
        var low2015 = new AnnualReportEngine(lower, Policy).Compute(2015);
        var high2015 = new AnnualReportEngine(higher, Policy).Compute(2015);
        var allPositive = Enumerable.Range(0, data.ActivityCount).All(r => data.Turnover[r] - data.Purchases[r] >= 0);
        return (low2015.Salary.Total.Hours >= high2015.Salary.Total.Hours
                && (!allPositive || low2015.Contributions.Total <= high2015.Contributions.Total))
            .Label("report totals");
    }

    [Property(MaxTest = 30)]
    public Property Adding_assemblies_never_lengthens_any_path(int seed, byte size, int[] days)
    {
        var data = WhatIfPopulation.Create(seed, 1 + (size % 60));
        var extra = (days ?? Array.Empty<int>()).Take(8).Select(d => new LocalDate(2012, 1, 1).PlusDays(Math.Abs(d % 1800))).ToArray();
        var engine = new WhatIfEngine(data, Policy);
        var before = engine.Model(Scenario.Identity);
        var after = engine.Model(Scenario.Named("more").WithMoreAssemblies(extra));
        for (var p = 0; p < data.PersonCount; p++)
        {
            if (after.ExitKey[p] > before.ExitKey[p] || after.AssociateMonth[p] > before.AssociateMonth[p])
            {
                return false.Label(TestText($"{data.Paths[p]}: exit {before.ExitKey[p]} → {after.ExitKey[p]}"));
            }
        }

        return true.ToProperty();
    }

    [Property(MaxTest = 30)]
    public Property A_longer_support_limit_never_makes_an_admission_earlier(int seed, byte size, byte a, byte b)
    {
        var data = WhatIfPopulation.Create(seed, 1 + (size % 60));
        var (shorter, longer) = (1 + (Math.Min(a, b) % 60), 1 + (Math.Max(a, b) % 60));
        if (shorter > longer)
        {
            (shorter, longer) = (longer, shorter);
        }

        var engine = new WhatIfEngine(data, Policy);
        var before = engine.Model(Scenario.Named("short").WithSupportLimit(shorter));
        var after = engine.Model(Scenario.Named("long").WithSupportLimit(longer));
        for (var p = 0; p < data.PersonCount; p++)
        {
            if (after.AssociateMonth[p] < before.AssociateMonth[p] || (after.ExitCategory[p] == 1 && before.ExitCategory[p] == 1 && after.ExitKey[p] < before.ExitKey[p]))
            {
                return false.Label(TestText($"{data.Paths[p]}: {shorter} months → {before.ExitKey[p]}, {longer} months → {after.ExitKey[p]}"));
            }
        }

        return true.ToProperty();
    }

    [Property(MaxTest = 40)]
    public Property Chaining_two_scenarios_is_applying_both(int seed, byte size)
    {
        var data = WhatIfPopulation.Create(seed, 1 + (size % 40));
        return Prop.ForAll(AnyChange.ToArbitrary(), AnyChange.ToArbitrary(), (a, b) =>
        {
            var chained = WhatIfEngine.Compare(data, Policy, a.Then(b), 2015).Scenario.ToTree();
            var both = b.ApplyTo(a.ApplyTo(Policy));
            var direct = new AnnualReportEngine(ModelledValues.Compute(data, both), both).Compute(2015).ToTree();
            var stepwise = new WhatIfEngine(data, a.ApplyTo(Policy)).Compare(b, 2015).Scenario.ToTree();
            return (chained.Equals(direct) && chained.Equals(stepwise)).Label(a.Changes[0] + " then " + b.Changes[0]);
        });
    }

    [Property(MaxTest = 60)]
    public Property The_fast_pay_cascade_gives_the_rule_s_hours(int seed, byte size, int[] points, bool flat, int smicCents)
    {
        var data = WhatIfPopulation.Create(seed, 1 + (size % 30));
        var schedule = flat || points is null || points.Length == 0
            ? EmployerChargeSchedule.Flat(Rate.FromFraction(Math.Abs(seed % 700) / 1000m))
            : seed % 2 == 0
            ? EmployerChargeSchedule.GeneralReduction(Rate.FromFraction(0.33m + (Math.Abs(points[0] % 15) / 100m)), new[] { 0.26m, 0.2835m, 0.3234m }[Math.Abs(seed % 3)], 1.6m)
            : EmployerChargeSchedule.BySmicMultiple(points.Take(5).Select((x, i) => new System.Collections.Generic.KeyValuePair<decimal, Rate>(1m + (i * 0.25m) + (Math.Abs(x % 7) / 100m), Rate.FromFraction(Math.Abs(x % 6000) / 10_000m))));
        var policy = Policy with
        {
            EmployerCharges = DatedParameter<EmployerChargeSchedule>.Always("employer_charges", "test", schedule, TestPolicies.TestReference),
            SmicHourly = DatedParameter<Money>.Always("smic_hourly", "test", Money.FromCents(100 + Math.Abs(smicCents % 1500)), TestPolicies.TestReference),
        };
        var inputs = new ModelInputs(data);
        var random = new Random(seed);
        var contributions = Enumerable.Range(0, data.ActivityCount).Select(r => (long)random.Next(-50_000, 300_000)).ToArray();
        var rule = new PayCascadeRule(policy);
        var fast = ModelledPay.Compute(inputs, contributions, rule, policy, library: true);
        var slow = ModelledPay.Compute(inputs, contributions, rule, policy, library: false);
        var differing = Enumerable.Range(0, fast.Length).Where(r => fast[r] != slow[r]).ToArray();
        return (differing.Length == 0).Label(schedule + ": " + string.Join(", ", differing.Take(5).Select(r => TestText($"row {r}: {fast[r]} vs {slow[r]}"))));
    }

    private static string TestText(FormattableString text) => text.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
