using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using Cae.IO;
using Xunit;

namespace Cae.Cli.Tests.Commands;

/// <summary>
/// The figures of Coopilote's 2015 report that come from the report additions of data contract §3' (typology
/// shares, activities under a second structure, turnover by year of support), from <c>cae report --format json</c>
/// on the bundled sample; the origin tables are asserted cell by cell in <see cref="ReportGoldenTest"/>.
/// </summary>
public class ReportGoldenAdditionsTest
{
    private static readonly JsonElement Report = Run();

    [Theory]
    [InlineData("by_qualification", "higher_education", 0.61, 95)]
    [InlineData("by_qualification", "cap_bep", 0.25, 39)]
    [InlineData("by_status_at_entry", "job_seeker+long_term_job_seeker", 0.86, 133)]
    [InlineData("by_status_at_entry", "long_term_job_seeker", 0.35, 54)]
    [InlineData("by_income_at_entry", "unemployment_benefit", 0.67, 104)]
    public void Typology_shares_of_the_accompanied_are_the_published_ones(string section, string codes, double published, int count)
    {
        // The report prints the share of the 155 people accompanied in 2015 (the population of typology).
        var accompanied = Report.GetProperty("flows").GetProperty("total").GetProperty("accompanied").GetInt32();
        var counts = Report.GetProperty("typology").GetProperty(section);
        var n = codes.Split('+').Sum(c => counts.GetProperty(c).GetInt32());
        Assert.Equal(155, accompanied);
        Assert.Equal(count, n);
        Assert.Equal((decimal)published, Math.Round((decimal)n / accompanied, 2, MidpointRounding.AwayFromZero));
    }

    [Fact]
    public void Women_are_45_percent_against_50_percent_the_year_before()
    {
        var typology = Report.GetProperty("typology");
        Assert.Equal(70, typology.GetProperty("women").GetInt32());
        Assert.Equal(85, typology.GetProperty("men").GetInt32());
        Assert.Equal(0.45m, Math.Round(typology.GetProperty("women_share").GetDecimal(), 2));
        Assert.Equal(0.50m, Math.Round(typology.GetProperty("previous_year").GetProperty("women_share").GetDecimal(), 2));
    }

    [Theory]
    [InlineData("Formacoop", 18)]
    [InlineData("SVP", 12)]
    public void People_with_an_activity_under_a_second_structure_are_the_published_ones(string structure, int published)
    {
        // "18 entrepreneurs in all had an activity under Formacoop, and 12 under SVP": people whose path is under
        // another structure (associates included) with an activity row of 2015 under this one.
        var folder = SampleFolder();
        var loaded = ContractCsv.Load(Path.Combine(folder, "paths.csv"), Path.Combine(folder, "activity.csv"), PolicyJson.Read(Path.Combine(folder, "policy.json")));
        var data = loaded.Dataset;
        var mainStructure = data.Paths.ToDictionary(p => p.EntrepreneurId, p => p.Structure.Name, StringComparer.Ordinal);
        var people = Enumerable.Range(0, data.ActivityCount).Select(data.ActivityRow)
            .Where(r => r.Month.Year == 2015 && r.Structure.Name == structure && mainStructure[r.EntrepreneurId] != structure)
            .Select(r => r.EntrepreneurId).Distinct(StringComparer.Ordinal).Count();
        Assert.Equal(published, people);
    }

    [Theory]
    [InlineData("Coopilote", 110)]
    [InlineData("Baticoop", 30)]
    [InlineData("Formacoop", 28)]
    [InlineData("SVP", 12)]
    public void People_with_activity_by_structure_count_the_accompanied_whatever_their_main_structure(string structure, int expected)
    {
        // Contract §3': accompanied people only, their main structure's people included. Formacoop cannot be the
        // published 18 this way: 20 accompanied people were salaried under Formacoop (a published figure).
        Assert.Equal(expected, Report.GetProperty("people_with_activity_by_structure").GetProperty(structure).GetInt32());
    }

    [Fact]
    public void Turnover_by_year_of_support_is_9_000_to_10_000_in_the_first_year_and_about_20_000_in_the_second()
    {
        var years = Report.GetProperty("turnover").GetProperty("by_support_year");
        var first = years.GetProperty("1").GetProperty("annualised_average").GetDecimal();
        var second = years.GetProperty("2").GetProperty("annualised_average").GetDecimal();
        Assert.InRange(first, 9000m, 10000m);
        Assert.Equal(20m, Math.Round(second / 1000m, MidpointRounding.AwayFromZero));

        // The years of support split the accompanied turnover, and each average is 12 × total / person-months.
        var total = years.EnumerateObject().Sum(k => k.Value.GetProperty("total").GetDecimal());
        Assert.Equal(Report.GetProperty("turnover").GetProperty("accompanied").GetDecimal(), total);
        foreach (var k in years.EnumerateObject())
        {
            var expected = Math.Round(12m * k.Value.GetProperty("total").GetDecimal() / k.Value.GetProperty("person_months").GetDecimal(), 2, MidpointRounding.AwayFromZero);
            Assert.True(expected == k.Value.GetProperty("annualised_average").GetDecimal(), string.Create(CultureInfo.InvariantCulture, $"year {k.Name}: {expected}"));
        }
    }

    private static string SampleFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "samples", "coopilote-2015");
            if (File.Exists(Path.Combine(candidate, "paths.csv")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("samples/coopilote-2015 not found above " + AppContext.BaseDirectory);
    }

    private static JsonElement Run()
    {
        var run = CliRun.Of("report", "--format", "json");
        Assert.True(run.Code == 0, run.Error);
        return run.Json.RootElement.Clone();
    }
}
