using System;
using System.Linq;
using Cae.Domain.Paths;
using Cae.Rules.Data;
using Cae.Rules.Indicators;
using Xunit;
using static Cae.Rules.Tests.Indicators.TestData;

namespace Cae.Rules.Tests.Indicators;

public class DataCoverageTest
{
    [Fact]
    public void Data_that_stops_in_February_defaults_to_its_last_year()
    {
        // 2013 and 2014 were the answers before: a year is the default only with 10 of its months, else the last one.
        var data = Dataset(
            new[] { Path("A", "Besançon", "Coopilote", "2013-01-01") },
            new[] { Row("A", "2013-11", "Coopilote", 1m, 0m), Row("A", "2013-12", "Coopilote", 1m, 0m), Row("A", "2015-01", "Coopilote", 1m, 0m), Row("A", "2015-02", "Coopilote", 1m, 0m) });
        var coverage = DataCoverage.Of(data);
        Assert.Equal(2015, coverage.DefaultYear);
        Assert.False(coverage.DefaultYearIsFull);
        Assert.Equal(new[] { 2013, 2015 }, coverage.Years);
        Assert.Equal(2, coverage.MonthsWithData(2015));
        Assert.False(coverage.HasData(2014));
    }

    [Fact]
    public void The_last_year_with_ten_months_of_data_is_the_default()
    {
        var rows = Enumerable.Range(3, 10).Select(m => Row("A", $"2014-{m:00}", "Coopilote", 1m, 0m))
            .Concat(new[] { Row("A", "2015-01", "Coopilote", 1m, 0m), Row("A", "2015-02", "Coopilote", 1m, 0m) });
        var coverage = DataCoverage.Of(Dataset(new[] { Path("A", "Besançon", "Coopilote", "2014-01-01") }, rows));
        Assert.Equal(2014, coverage.DefaultYear);
        Assert.True(coverage.DefaultYearIsFull);
        Assert.Equal(10, coverage.MonthsWithData(2014));
    }

    [Fact]
    public void Without_activity_the_path_dates_make_the_years_and_placeholders_do_not()
    {
        var paths = new[]
        {
            Path("A", "Besançon", "Coopilote", "2014-03-10", "2015-02-01", ExitCategory.Other),
            Path("B", "Besançon", "Coopilote", "2015-06-01"),
        };
        var coverage = DataCoverage.Of(Dataset(paths, Array.Empty<Cae.Domain.Activity.MonthlyActivity>()));
        Assert.Equal(new[] { 2014, 2015 }, coverage.Years);
        Assert.Equal(2015, coverage.DefaultYear);
    }

    [Fact]
    public void An_empty_dataset_has_no_year()
    {
        var coverage = DataCoverage.Of(Dataset(Array.Empty<PathRecord>(), Array.Empty<Cae.Domain.Activity.MonthlyActivity>()));
        Assert.Null(coverage.DefaultYear);
        Assert.Empty(coverage.Years);
    }

    [Fact]
    public void A_9999_12_31_date_is_refused_by_the_builder_not_a_crash_of_the_report()
    {
        // "No end" written as 9999-12-31 made the default year 9999, past the accumulator's range; such a date is
        // now outside the contract's range and refused when the row is added.
        var builder = new CaeDatasetBuilder();
        Assert.False(builder.TryAddPath(Path("A", "Besançon", "Coopilote", "2014-03-10", "9999-12-31", ExitCategory.Other), out var rejection));
        Assert.Equal("exit_date", rejection!.Column);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(1899)]
    [InlineData(2101)]
    [InlineData(9999)]
    [InlineData(10000)]
    public void Years_outside_the_contract_range_are_an_error_naming_the_covered_years(int year)
    {
        var engine = new AnnualReportEngine(HandBuiltDataset.Create(), Policy);
        var e = Assert.Throws<Cae.Domain.Errors.DomainRuleException>(() => engine.Compute(year));
        Assert.Equal("year", e.Field);
        Assert.Contains(engine.Coverage.CoveredYears, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1900)]
    [InlineData(2100)]
    public void The_edges_of_the_contract_range_are_years_of_a_report(int year)
    {
        var data = Dataset(new[] { Path("A", "Besançon", "Coopilote", FormattableString.Invariant($"{year}-03-10")) }, new[] { Row("A", FormattableString.Invariant($"{year}-04"), "Coopilote", 10m, 1m) });
        var engine = new AnnualReportEngine(data, Policy);
        Assert.Equal(year, engine.Compute(year).Year);
    }
}
