using System;
using System.Collections.Generic;
using System.Linq;
using Cae.Rules.Forecast;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;
using Xunit.Abstractions;

namespace Cae.Rules.Tests.Forecast;

public class FlowForecasterTest
{
    private static readonly Cae.Rules.Data.CaeDataset Population = StationaryPopulation.Build(seed: 1, lastYear: 2015);

    private readonly ITestOutputHelper output;

    public FlowForecasterTest(ITestOutputHelper output) => this.output = output;

    [Fact]
    public void Present_start_is_the_present_at_the_end_of_the_year_before()
    {
        var forecaster = new FlowForecaster(Population, StationaryPopulation.Policy);
        var forecast = forecaster.Project(2016);
        var actual2015 = new Cae.Rules.Indicators.AnnualReportEngine(Population, StationaryPopulation.Policy).Compute(2015).Flows;
        foreach (var (name, flows) in forecast.ByEstablishment)
        {
            Assert.Equal(actual2015.ByEstablishment[name].PresentEnd, flows.PresentStart);
        }
    }

    [Fact]
    public void Without_targets_the_entries_are_the_mean_of_the_last_three_years()
    {
        var forecaster = new FlowForecaster(Population, StationaryPopulation.Policy);
        var forecast = forecaster.Project(2016);
        foreach (var (name, flows) in forecast.ByEstablishment)
        {
            var entries = Population.Paths.Count(p => p.Establishment.Name == name && p.EntryDate.Year is >= 2013 and <= 2015);
            Assert.Equal((int)Math.Round(entries / 3m, MidpointRounding.AwayFromZero), flows.Entries);
        }
    }

    [Property(MaxTest = 50)]
    public Property With_targets_the_flow_identity_holds_in_every_establishment()
    {
        var forecaster = new FlowForecaster(Population, StationaryPopulation.Policy);
        var baseline = forecaster.Project(2016);
        var gen =
            from northEntries in Gen.Choose(0, 120)
            from southEntries in Gen.Choose(0, 120)
            from northShare in Gen.Choose(0, 100)
            from southShare in Gen.Choose(0, 100)
            select (northEntries, southEntries, northShare, southShare);
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var entries = new Dictionary<string, int> { ["Nord"] = t.northEntries, ["Sud"] = t.southEntries };
            var exits = new Dictionary<string, int>
            {
                ["Nord"] = (int)((baseline.ByEstablishment["Nord"].PresentStart + t.northEntries) * t.northShare / 100L),
                ["Sud"] = (int)((baseline.ByEstablishment["Sud"].PresentStart + t.southEntries) * t.southShare / 100L),
            };
            var forecast = forecaster.Project(2016, entries, exits);
            return forecast.ByEstablishment.All(kv =>
                    kv.Value.PresentStart + kv.Value.Entries - kv.Value.Exits == kv.Value.PresentEnd
                    && kv.Value.Entries == entries[kv.Key]
                    && kv.Value.Exits == exits[kv.Key]
                    && kv.Value.Accompanied == kv.Value.PresentStart + kv.Value.Entries)
                && forecast.Total.PresentEnd == forecast.ByEstablishment.Values.Sum(f => f.PresentEnd)
                && forecast.Total.PresentStart + forecast.Total.Entries - forecast.Total.Exits == forecast.Total.PresentEnd;
        });
    }

    [Fact]
    public void Projected_exits_never_exceed_the_accompanied()
    {
        foreach (var seed in Enumerable.Range(1, 5))
        {
            var data = StationaryPopulation.Build(seed, 2015, meanEntries: 3);
            var forecast = new FlowForecaster(data, StationaryPopulation.Policy).Project(2016);
            Assert.All(forecast.ByEstablishment.Values, f => Assert.InRange(f.Exits, 0, f.Accompanied));
        }
    }

    [Fact]
    public void A_target_for_an_unknown_establishment_or_beyond_the_accompanied_is_refused()
    {
        var forecaster = new FlowForecaster(Population, StationaryPopulation.Policy);
        Assert.Throws<ArgumentException>(() => forecaster.Project(2016, new Dictionary<string, int> { ["Est"] = 3 }));
        Assert.Throws<ArgumentException>(() => forecaster.Project(2016, null, new Dictionary<string, int> { ["Nord"] = 10_000 }));
        Assert.Throws<ArgumentException>(() => forecaster.Project(2016, new Dictionary<string, int> { ["Nord"] = -1 }));
    }

    [Fact]
    public void Backtest_error_of_the_present_at_the_end_stays_within_ten_percent_on_a_synthetic_five_year_population()
    {
        // Entries from 2011 to 2015; 2015 is projected from 2011–2014 (rates and mean entries over 2012–2014).
        var errors = new List<decimal>();
        foreach (var seed in Enumerable.Range(1, 10))
        {
            var data = StationaryPopulation.Build(seed, 2015);
            var backtest = new FlowForecaster(data, StationaryPopulation.Policy).Backtest(2015);
            var error = backtest.PresentEndRelativeError!.Value;
            output.WriteLine($"seed {seed}: projected present_end {backtest.Projected.Total.PresentEnd}, actual {backtest.ActualTotal.PresentEnd}, error {error:P1}");
            errors.Add(error);
            Assert.Equal(backtest.ActualTotal.PresentStart, backtest.Projected.Total.PresentStart);
        }

        output.WriteLine($"mean {errors.Average():P1}, max {errors.Max():P1}");
        Assert.All(errors, e => Assert.InRange(e, 0m, 0.10m));
    }

    [Fact]
    public void Nothing_dated_in_the_projected_year_changes_the_projection()
    {
        var full = StationaryPopulation.Build(3, 2016);
        var end = new NodaTime.LocalDate(2015, 12, 31);
        var builder = new Cae.Rules.Data.CaeDatasetBuilder();
        foreach (var p in full.Paths.Where(p => p.EntryDate <= end))
        {
            AddAsSeenAtTheEndOf(ref builder, p, end);
        }

        var cut = builder.Build();
        var fromFull = new FlowForecaster(full, StationaryPopulation.Policy).Project(2016);
        var fromCut = new FlowForecaster(cut, StationaryPopulation.Policy).Project(2016);
        Assert.Equal(fromCut.ByEstablishment, fromFull.ByEstablishment);
    }

    private static void AddAsSeenAtTheEndOf(ref Cae.Rules.Data.CaeDatasetBuilder builder, Cae.Domain.Paths.PathRecord p, NodaTime.LocalDate end)
    {
        var exit = p.ExitDate <= end ? p.ExitDate : null;
        builder.TryAddPath(new Cae.Domain.Paths.PathRecord(
            p.EntrepreneurId,
            p.Establishment,
            p.Structure,
            p.EntryDate,
            p.CesaDate <= end ? p.CesaDate : null,
            p.AssociateApplicationDate <= end ? p.AssociateApplicationDate : null,
            p.AssociateDate <= end ? p.AssociateDate : null,
            exit,
            exit is null ? null : p.ExitCategory,
            p.Typology), out _);
    }
}
