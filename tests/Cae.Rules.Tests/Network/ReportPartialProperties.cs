using System;
using System.Collections.Generic;
using System.Linq;
using Cae.Domain.Activity;
using Cae.Domain.Paths;
using Cae.Domain.Policy;
using Cae.Domain.Values;
using Cae.Rules.Data;
using Cae.Rules.Indicators;
using Cae.Rules.Indicators.Additions;
using Cae.Rules.Network;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace Cae.Rules.Tests.Network;

public class ReportPartialProperties
{
    [Property(MaxTest = 30)]
    public Property Merged_partials_of_caes_sharing_no_person_give_the_report_of_their_pooled_data(int seed, byte count)
    {
        var random = new Random(seed);
        var caes = Enumerable.Range(0, 1 + (count % 5)).Select(i => NetworkPopulation.Create(random, i, 1 + random.Next(40))).ToList();
        var parts = caes.Select(c => PartialOf(c.Dataset(), c.Policy, 2015)).ToList();
        var whole = PooledReport(caes, 2015);

        // A CAE whose data starts in 2015 has no 2014 to compare with: the network then shows no comparison.
        var pooled = Canonical((parts.All(p => p.HasPreviousYear) ? whole : WithoutPreviousYear(whole)).ToTree());
        var merged = CombineRandomly(random, parts);

        var report = Canonical(merged.ToReport().ToTree());
        return report.Equals(pooled).Label(report + "\n---\n" + pooled);
    }

    [Property(MaxTest = 30)]
    public Property Merged_partials_carry_the_report_additions_of_the_pooled_data(int seed, byte count)
    {
        var random = new Random(seed);
        var caes = Enumerable.Range(0, 1 + (count % 5)).Select(i => NetworkPopulation.Create(random, i, 1 + random.Next(40))).ToList();
        var parts = caes.Select(c => PartialOf(c.Dataset(), c.Policy, 2015)).ToList();
        var merged = CombineRandomly(random, parts);
        var pooled = ReportAdditions.Compute(PooledDataset(caes), 2015);

        // The counters are equal, and so are the averages recomputed from them (annualised averages by support year).
        var tree = Canonical(merged.Additions!.GraftInto(new ReportTree(Array.Empty<KeyValuePair<string, ReportNode>>())));
        var expected = Canonical(pooled.GraftInto(new ReportTree(Array.Empty<KeyValuePair<string, ReportNode>>())));
        return (merged.Additions.Equals(pooled) && tree.Equals(expected)).Label(tree + "\n---\n" + expected);
    }

    [Fact]
    public void A_partial_without_the_additions_merges_into_a_report_without_them()
    {
        var random = new Random(11);
        var cae = NetworkPopulation.Create(random, 0, 20);
        var data = cae.Dataset();
        var accumulator = new AnnualReportEngine(data, cae.Policy).CreateAccumulator(2015);
        accumulator.AddPersons(0, data.PersonCount);
        accumulator.AddRows(0, data.ActivityCount);
        var without = ReportPartial.Of(accumulator);
        var with = PartialOf(data, cae.Policy, 2015);
        Assert.Null(without.Additions);
        Assert.Null(with.Combine(without).Additions);
        Assert.Null(ReportPartial.CombineAll(2015, new[] { with, without }).Additions);
        Assert.Equal(with.Additions, ReportPartial.Empty(2015).Combine(with).Additions);
        Assert.NotEqual(with, without);
        Assert.Throws<ArgumentException>(() => without.WithAdditions(ReportAdditions.Empty(2014)));
    }

    [Property(MaxTest = 30)]
    public Property Combine_is_commutative_and_associative_and_empty_is_its_identity(int seed)
    {
        var random = new Random(seed);
        var p = Enumerable.Range(0, 3).Select(i => NetworkPopulation.Create(random, i, 1 + random.Next(30))).Select(c => PartialOf(c.Dataset(), c.Policy, 2015)).ToArray();
        var empty = ReportPartial.Empty(2015);
        return (p[0].Combine(empty).Equals(p[0])
                && empty.Combine(p[0]).Equals(p[0])
                && p[0].Combine(p[1]).Equals(p[1].Combine(p[0]))
                && p[0].Combine(p[1]).Combine(p[2]).Equals(p[0].Combine(p[1].Combine(p[2])))
                && ReportPartial.CombineAll(2015, p).Equals(p[0].Combine(p[1]).Combine(p[2]))
                && ReportPartial.CombineAll(2015, Array.Empty<ReportPartial>()).Equals(empty)
                && !p[0].Combine(p[1]).Equals(p[0])
                && p[0].Additions!.Combine(p[1].Additions!).Equals(p[1].Additions!.Combine(p[0].Additions!))
                && p[0].Combine(p[1]).Additions!.Equals(p[0].Additions!.Combine(p[1].Additions!)))
            .Label("monoid laws");
    }

    [Property(MaxTest = 30)]
    public Property One_caes_partial_gives_its_own_report(int seed)
    {
        var random = new Random(seed);
        var cae = NetworkPopulation.Create(random, 0, 1 + random.Next(60));
        var engine = new AnnualReportEngine(cae.Dataset(), cae.Policy);
        var own = Canonical(engine.Compute(2015).ToTree());
        var accumulator = engine.CreateAccumulator(2015);
        accumulator.AddPersons(0, engine.Data.PersonCount);
        accumulator.AddRows(0, engine.Data.ActivityCount);
        var fromPartial = Canonical(ReportPartial.Of(accumulator).ToReport().ToTree());
        return fromPartial.Equals(own).Label(fromPartial + "\n---\n" + own);
    }

    [Fact]
    public void Partials_of_different_years_do_not_combine()
    {
        Assert.Throws<ArgumentException>(() => ReportPartial.Empty(2015).Combine(ReportPartial.Empty(2014)));
    }

    [Fact]
    public void Outcomes_and_fte_are_counted_under_each_caes_policy_then_added()
    {
        var random = new Random(7);
        var a = NetworkPopulation.Create(random, 0, 40);
        var b = NetworkPopulation.Create(random, 1, 40);
        var policyA = a.Policy with { PositiveExits = ExitCategorySet.Of(ExitCategory.Creation), FteAnnualHours = DatedParameter<Hours>.Always("fte_annual_hours", "test", Hours.FromHundredths(160_000), new Reference("test", null)) };
        var policyB = b.Policy with { PositiveExits = ExitCategorySet.Of(ExitCategory.Training, ExitCategory.Other) };
        var reportA = new AnnualReportEngine(a.Dataset(), policyA).Compute(2015);
        var reportB = new AnnualReportEngine(b.Dataset(), policyB).Compute(2015);

        var merged = PartialOf(a.Dataset(), policyA, 2015).Combine(PartialOf(b.Dataset(), policyB, 2015)).ToReport();

        Assert.Equal(reportA.Exits.Positive + reportB.Exits.Positive, merged.Exits.Positive);
        Assert.Equal(ReportRounding.Rate(merged.Exits.Positive, reportA.Exits.Total.Total + reportB.Exits.Total.Total), merged.Exits.PositiveRate);
        var exactFte = (reportA.Salary.Total.Hours.Value / 1600m) + (reportB.Salary.Total.Hours.Value / 1820m);
        Assert.Equal(Rounding.ToDecimals(exactFte, 2), merged.Salary.Total.Fte);
        Assert.Equal(reportA.Salary.Total.Hours.Value + reportB.Salary.Total.Hours.Value, merged.Salary.Total.Hours.Value);
    }

    [Fact]
    public void The_year_before_is_kept_only_when_every_partial_has_it()
    {
        var random = new Random(3);
        var cae = NetworkPopulation.Create(random, 0, 20);
        var with = PartialOf(cae.Dataset(), cae.Policy, 2015);
        var without = PartialOf(cae.Dataset(), cae.Policy, 2014);
        Assert.True(with.HasPreviousYear);
        Assert.False(without.HasPreviousYear);
        Assert.True(ReportPartial.Empty(2015).HasPreviousYear);
        Assert.Null(without.Combine(ReportPartial.Empty(2014)).ToReport().PreviousYear);
        Assert.NotNull(with.Combine(ReportPartial.Empty(2015)).ToReport().PreviousYear);
    }

    internal static AnnualReport WithoutPreviousYear(AnnualReport r) =>
        new(r.Year, r.Flows, r.Exits, r.PathDurationMonths, r.Turnover, r.Salary, r.Contributions, r.Typology, r.SupportBudget, r.Input, null);

    internal static ReportPartial PartialOf(CaeDataset data, CaePolicy policy, int year)
    {
        var accumulator = new AnnualReportEngine(data, policy).CreateAccumulator(year);
        accumulator.AddPersons(0, data.PersonCount);
        accumulator.AddRows(0, data.ActivityCount);
        return ReportPartial.Of(accumulator).WithAdditions(ReportAdditions.Compute(data, year));
    }

    /// <summary>The CAEs' paths and rows in one dataset (for the additions, which no policy changes).</summary>
    internal static CaeDataset PooledDataset(IReadOnlyList<NetworkPopulation.Cae> caes)
    {
        var builder = new CaeDatasetBuilder();
        foreach (var path in caes.SelectMany(c => c.Paths))
        {
            Assert.True(builder.TryAddPath(path, out _));
        }

        foreach (var row in caes.SelectMany(c => c.Activity))
        {
            Assert.True(builder.TryAddActivity(row, out _));
        }

        return builder.Build();
    }

    internal static ReportPartial CombineRandomly(Random random, List<ReportPartial> parts)
    {
        parts = parts.OrderBy(_ => random.Next()).ToList();
        while (parts.Count > 1)
        {
            var i = random.Next(parts.Count - 1);
            parts[i] = random.Next(2) == 0 ? parts[i].Combine(parts[i + 1]) : parts[i + 1].Combine(parts[i]);
            parts.RemoveAt(i + 1);
        }

        return parts[0];
    }

    /// <summary>
    /// The report of the CAEs' pooled rows under one policy, each row's contribution computed beforehand under its
    /// own CAE's policy, with the CAEs' reporting units and the sum of their budgets (when all give one).
    /// </summary>
    internal static AnnualReport PooledReport(IReadOnlyList<NetworkPopulation.Cae> caes, int year)
    {
        var builder = new CaeDatasetBuilder();
        var units = new List<ReportingUnit>();
        var budgets = new Dictionary<int, Money>();
        foreach (var y in new[] { year - 1, year })
        {
            if (caes.All(c => c.Policy.SupportBudget.ContainsKey(y)))
            {
                budgets[y] = caes.Aggregate(Money.Zero, (sum, c) => sum + c.Policy.SupportBudget[y]);
            }
        }

        foreach (var cae in caes)
        {
            units.AddRange(cae.Policy.ReportingUnits.Units);
            foreach (var path in cae.Paths)
            {
                Assert.True(builder.TryAddPath(path, out _));
            }
        }

        foreach (var cae in caes)
        {
            var values = EffectiveValues.Baseline(cae.Dataset(), cae.Policy);
            Assert.Equal(cae.Activity.Count, values.Data.ActivityCount);
            for (var r = 0; r < cae.Activity.Count; r++)
            {
                var row = cae.Activity[r];
                Assert.True(builder.TryAddActivity(new MonthlyActivity(row.EntrepreneurId, row.Month, row.Structure, row.Establishment, row.Turnover, row.Purchases, Money.FromCents(values.Contribution[r]), row.SalaryHours), out _));
            }
        }

        var policy = CaePolicy.Default with { ReportingUnits = new ReportingUnitMap(units), SupportBudget = budgets };
        return new AnnualReportEngine(builder.Build(), policy).Compute(year);
    }

    /// <summary>The tree with every object's names in ordinal order: the figures, whatever order the groups are listed in.</summary>
    internal static ReportNode Canonical(ReportNode node) => node is ReportTree tree
        ? new ReportTree(tree.Children.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => new KeyValuePair<string, ReportNode>(c.Key, Canonical(c.Value))))
        : node;
}
