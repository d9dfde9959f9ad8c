using System;
using System.Linq;
using Cae.Rules.Indicators;
using Cae.Rules.Network;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace Cae.Rules.Tests.Network;

public class ReportTrendProperties
{
    [Property(MaxTest = 30)]
    public Property Each_year_of_the_trend_is_that_years_report(int seed, bool fromFirstYear)
    {
        var random = new Random(seed);
        var cae = NetworkPopulation.Create(random, 0, 1 + random.Next(60));
        var engine = new AnnualReportEngine(cae.Dataset(), cae.Policy);
        var from = fromFirstYear ? 2013 : 2014;
        var trend = ReportTrend.Compute(engine, from, 2016);
        var failures = trend.Years
            .Where(y => !ReportPartialProperties.Canonical(trend.Reports[y - from].ToTree()).Equals(ReportPartialProperties.Canonical(engine.Compute(y).ToTree())))
            .ToList();
        return (failures.Count == 0 && trend.Years.SequenceEqual(Enumerable.Range(from, 2017 - from))).Label(string.Join(", ", failures));
    }

    [Fact]
    public void A_series_reads_a_figure_in_every_year_and_null_where_a_year_has_none()
    {
        var random = new Random(11);
        var cae = NetworkPopulation.Create(random, 0, 50);
        var engine = new AnnualReportEngine(cae.Dataset(), cae.Policy);
        var trend = ReportTrend.Compute(engine, 2014, 2015);
        Assert.Equal(new decimal?[] { engine.Compute(2014).Flows.Total.Accompanied, engine.Compute(2015).Flows.Total.Accompanied }, trend.Series("flows.total.accompanied"));
        Assert.Equal(new decimal?[] { null, null }, trend.Series("flows.no_such_thing"));
        Assert.True(trend.Has("flows.total.accompanied"));
        Assert.False(trend.Has("flows.total"));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportTrend.Compute(engine, 2016, 2015));
    }
}
