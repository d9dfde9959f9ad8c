using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace Cae.Cli.Tests.Commands;

public class WhatIfCommandTest
{
    private static readonly string[] ReportSections =
    {
        "year", "flows", "exits", "path_duration_months", "turnover", "salary", "contributions", "typology", "self_financing", "rejected_rows", "input",
    };

    private static string Scenario(string file)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "samples", "coopilote-2015", "scenarios", file);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException(file);
    }

    [Fact]
    public void Json_gives_name_baseline_scenario_delta_and_actual()
    {
        var run = CliRun.Of("whatif", "--scenario", Scenario("contribution-8-percent.json"), "--format", "json");
        Assert.True(run.Code == 0, run.Error);
        using var json = run.Json;
        var root = json.RootElement;
        Assert.Equal(new[] { "name", "baseline", "scenario", "delta", "actual" }, root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Contribution of 8 % of gross margin", root.GetProperty("name").GetString());
        foreach (var report in new[] { "baseline", "scenario", "delta", "actual" })
        {
            Assert.Equal(ReportSections, root.GetProperty(report).EnumerateObject().Select(p => p.Name));
        }

        decimal At(string report, params string[] path) => path.Aggregate(root.GetProperty(report), (e, name) => e.GetProperty(name)).GetDecimal();
        Assert.Equal(2015m, At("baseline", "year"));
        Assert.Equal(0m, At("delta", "year"));
        Assert.Equal(At("scenario", "salary", "total", "hours") - At("baseline", "salary", "total", "hours"), At("delta", "salary", "total", "hours"));
        Assert.True(At("delta", "salary", "total", "hours") > 0);
        Assert.True(At("delta", "contributions", "total") < 0);
        Assert.Equal(At("scenario", "self_financing") - At("baseline", "self_financing"), At("delta", "self_financing"));
        Assert.Equal(53_880m, At("actual", "salary", "total", "hours"));
        Assert.Equal(0m, At("delta", "turnover", "by_unit", "Coopilote B", "total"));
        Assert.Equal(JsonValueKind.Null, root.GetProperty("delta").GetProperty("path_duration_months").GetProperty("by_category").GetProperty("training").ValueKind);
    }

    [Fact]
    public void A_scenario_that_changes_nothing_gives_zero_everywhere()
    {
        var file = CliRun.PolicyJson("nothing", "{ \"name\": \"nothing\" }");
        var run = CliRun.Of("whatif", "--scenario", file, "--format", "json");
        Assert.True(run.Code == 0, run.Error);
        using var json = run.Json;
        var numbers = Numbers(json.RootElement.GetProperty("delta")).ToArray();
        Assert.True(numbers.Length > 300);
        Assert.All(numbers, n => Assert.True(n.Value.ValueKind == JsonValueKind.Null || n.Value.GetDecimal() == 0m, n.Path));
    }

    [Fact]
    public void Markdown_shows_indicator_baseline_scenario_delta_for_people()
    {
        var run = CliRun.Of("whatif", "--scenario", Scenario("two-assemblies-a-year.json"), "--lang", "en");
        Assert.True(run.Code == 0, run.Error);
        var lines = run.Out.Split('\n');
        Assert.Equal("# What-if: Two general assemblies a year (June and December) (2015)", lines[0]);
        Assert.Contains("| Indicator | Baseline | Scenario | Delta |", lines);
        Assert.Contains("| Exits as associate | 10 | 22 | +12 |", lines);
        Assert.Contains(lines, l => l.StartsWith("| Associates' average path (months) | 35.00 | ", StringComparison.Ordinal));
        Assert.Contains("| CP0084 | 2015-11-02 | 2016-06-18 | 2015-12-12 | 6 |", lines);
        Assert.Contains("| flows.total.present_end | 94 | 82 | -12 |", lines);
    }

    [Fact]
    public void Markdown_is_in_french_by_default_with_the_reports_words_and_numbers()
    {
        var run = CliRun.Of("whatif", "--scenario", Scenario("two-assemblies-a-year.json"));
        Assert.True(run.Code == 0, run.Error);
        var lines = run.Out.Split('\n');
        Assert.Equal("# Simulation : Two general assemblies a year (June and December) (2015)", lines[0]);
        Assert.Contains("## Chiffres clés", lines);
        Assert.Contains("| Indicateur | Référence | Scénario | Écart |", lines);
        Assert.Contains("| Sorties comme associé | 10 | 22 | +12 |", lines);
        Assert.Contains(lines, l => l.StartsWith("| Taux de sorties positives | 55,7\u00A0% | ", StringComparison.Ordinal) && l.EndsWith("\u00A0pts |", StringComparison.Ordinal));
        Assert.Contains("| Personne | Candidature | Référence | Scénario | Mois plus tôt |", lines);
    }

    [Fact]
    public void Xlsx_writes_a_workbook_of_the_key_figures_admissions_and_changes()
    {
        var folder = Path.Combine(Path.GetTempPath(), "cae-whatif-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var file = Path.Combine(folder, "simulation.xlsx");
            var run = CliRun.Of("whatif", "--scenario", Scenario("two-assemblies-a-year.json"), "--format", "xlsx", "--out", file);
            var sweep = CliRun.Of("whatif", "--sweep", "contribution_rate=0.08,0.1", "--format", "xlsx", "--out", Path.Combine(folder, "sweep.xlsx"));

            Assert.True(run.Code == 0, run.Error);
            Assert.True(sweep.Code == 0, sweep.Error);
            using var zip = new System.IO.Compression.ZipArchive(File.OpenRead(file));
            Assert.Equal(4, zip.Entries.Count(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)));
            Assert.Equal(2, Directory.GetFiles(folder).Length);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Markdown_says_when_no_figure_changes()
    {
        var run = CliRun.Of("whatif", "--scenario", Scenario("support-limit-30-months.json"), "--lang", "en");
        Assert.True(run.Code == 0, run.Error);
        Assert.Contains("No figure of the report changes.", run.Out);
        Assert.Contains("| Supported past the support limit on 31 December | 12 | 0 | -12 |", run.Out.Split('\n'));
        Assert.DoesNotContain("Admissions as associate that move", run.Out);
    }

    [Fact]
    public void A_bad_scenario_file_is_a_usage_error_with_its_line_and_path()
    {
        var file = CliRun.PolicyJson("typo", "{\n  \"name\": \"typo\",\n  \"support_limit_month\": 30\n}");
        var run = CliRun.Of("whatif", "--scenario", file);
        Assert.Equal(2, run.Code);
        Assert.StartsWith(file + ":3: $.support_limit_month: unknown field 'support_limit_month'; the fields are support_limit_months, ", Assert.Single(run.ErrorLines), System.StringComparison.Ordinal);
        Assert.Empty(run.Out);

        var rate = CliRun.PolicyJson("rate", "{ \"contribution\": { \"rates\": [ { \"from\": \"2014-01-01\", \"rate\": 1.5 } ] } }");
        var bad = CliRun.Of("whatif", "--scenario", rate);
        Assert.Equal(2, bad.Code);
        Assert.StartsWith(rate + ":1: $.contribution.rates[0].rate: ", Assert.Single(bad.ErrorLines), StringComparison.Ordinal);

        var broken = CliRun.PolicyJson("broken", "{ \"name\": ");
        Assert.Equal(2, CliRun.Of("whatif", "--scenario", broken).Code);
        Assert.Equal(2, CliRun.Of("whatif", "--scenario", Path.Combine(Path.GetTempPath(), "no-such-scenario.json")).Code);
    }

    [Theory]
    [InlineData("whatif")]
    [InlineData("whatif", "--scenario", "s.json", "--format", "html", "--lang", "de")]
    [InlineData("whatif", "--scenario", "s.json", "--format", "csv")]
    [InlineData("whatif", "--scenario", "s.json", "--paths", "paths.csv")]
    [InlineData("whatif", "--sweep", "contribution_rat=0.06:0.12:0.01")]
    [InlineData("whatif", "--sweep", "contribution_rate=0.12:0.06:0.01")]
    [InlineData("whatif", "--sweep", "contribution_rate=0.06:0.12")]
    [InlineData("whatif", "--sweep", "contribution_rate=abc")]
    [InlineData("whatif", "--sweep", "contribution_rate=1.5")]
    [InlineData("whatif", "--sweep", "support_limit_months=24.5")]
    [InlineData("whatif", "--sweep", "contribution_rate=0.08", "--indicators", "salary.total")]
    [InlineData("whatif", "--scenario", "s.json", "--indicators", "salary.total.hours")]
    [InlineData("whatif", "--sweep", "contribution_rate=0.08", "--year", "0")]
    public void Usage_errors_exit_2_with_one_line(params string[] args)
    {
        var run = CliRun.Of(args);
        Assert.Equal(2, run.Code);
        Assert.NotEmpty(run.ErrorLines);
        Assert.StartsWith("cae: ", run.ErrorLines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error);
    }

    [Fact]
    public void Person_gives_one_entrepreneur_s_hours_contribution_and_admission_under_both_policies()
    {
        var run = CliRun.Of("whatif", "--scenario", Scenario("two-assemblies-a-year.json"), "--person", "CP0084", "--format", "json");
        Assert.True(run.Code == 0, run.Error);
        using var json = run.Json;
        var root = json.RootElement;
        Assert.Equal("CP0084", root.GetProperty("entrepreneur_id").GetString());
        Assert.Equal(2015, root.GetProperty("year").GetInt32());
        Assert.Equal("2016-06-18", root.GetProperty("baseline").GetProperty("admission").GetString());
        Assert.Equal("2015-12-12", root.GetProperty("scenario").GetProperty("admission").GetString());
        Assert.Equal(root.GetProperty("baseline").GetProperty("hours").GetDecimal(), root.GetProperty("scenario").GetProperty("hours").GetDecimal());

        var md = CliRun.Of("whatif", "--scenario", Scenario("two-assemblies-a-year.json"), "--person", "CP0084");
        Assert.Contains("| Admission as associate | 2016-06-18 | 2015-12-12 |", md.Out, StringComparison.Ordinal);

        var unknown = CliRun.Of("whatif", "--scenario", Scenario("two-assemblies-a-year.json"), "--person", "nobody");
        Assert.Equal(2, unknown.Code);
        Assert.Contains("cae: --person: 'nobody' is neither supported nor active in 2015", unknown.Error, StringComparison.Ordinal);
        Assert.Equal(2, CliRun.Of("whatif", "--sweep", "contribution_rate=0.08", "--person", "CP0084").Code);
    }

    [Fact]
    public void A_sweep_indicator_with_a_typo_names_the_unknown_part_and_the_candidates()
    {
        var run = CliRun.Of("whatif", "--sweep", "contribution_rate=0.08", "--indicators", "salary.totl.hours");
        Assert.Equal(2, run.Code);
        Assert.Contains(run.ErrorLines, l => l.StartsWith("cae: --indicators: 'salary.totl.hours'", StringComparison.Ordinal) && l.Contains("no 'totl' in 'salary'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_rule_missing_a_parameter_for_a_date_of_the_data_is_a_usage_error_in_a_sweep_too()
    {
        // The sample's 2014 rows have no contribution rate in force under this baseline.
        var policy = CliRun.PolicyJson("late-rate", "{ \"contribution\": { \"rates\": [ { \"from\": \"2015-01-01\", \"rate\": 0.1 } ] } }");
        foreach (var args in new[]
        {
            new[] { "whatif", "--policy", policy, "--sweep", "support_limit_months=18:36:6" },
            new[] { "whatif", "--policy", policy, "--scenario", Scenario("support-limit-30-months.json") },
        })
        {
            var run = CliRun.Of(args);
            Assert.Equal(2, run.Code);
            Assert.StartsWith("cae: contribution.rates", run.ErrorLines[^1], StringComparison.Ordinal); // after the loader's warnings (no assembly in this policy)
        }
    }

    [Fact]
    public void Rejected_rows_exit_1_and_are_listed()
    {
        var run = CliRun.Of("whatif", "--scenario", Scenario("contribution-8-percent.json"), "--paths", TestData.Path("bad", "paths.csv"), "--activity", TestData.Path("bad", "activity.csv"), "--policy", CliRun.PolicyJson("whatif-bad-rows", """{ "employer_charges": [ { "from": "2011-12-01", "rate": 0.45 } ] }"""), "--year", "2015", "--format", "json");
        Assert.Equal(1, run.Code);
        using var json = run.Json;
        var rejected = json.RootElement.GetProperty("baseline").GetProperty("rejected_rows").GetArrayLength();
        Assert.True(rejected > 0);
        Assert.Equal(rejected, json.RootElement.GetProperty("scenario").GetProperty("rejected_rows").GetArrayLength());
        Assert.True(run.ErrorLines.Length >= rejected);
    }

    [Fact]
    public void A_sweep_prints_an_array_in_json_and_a_table_in_markdown()
    {
        var json = CliRun.Of("whatif", "--sweep", "contribution_rate=0.06:0.12:0.01", "--sweep", "support_limit_months=18,30", "--indicators", "salary.total.hours, contributions.total,self_financing", "--format", "json");
        Assert.True(json.Code == 0, json.Error);
        using var document = json.Json;
        var rows = document.RootElement.EnumerateArray().ToArray();
        Assert.Equal(14, rows.Length);
        Assert.Equal(new[] { "contribution_rate", "support_limit_months", "salary.total.hours", "contributions.total", "self_financing" }, rows[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(0.06m, rows[0].GetProperty("contribution_rate").GetDecimal());
        Assert.Equal(30m, rows[1].GetProperty("support_limit_months").GetDecimal());
        Assert.Equal(0.12m, rows[13].GetProperty("contribution_rate").GetDecimal());
        var contributions = rows.Where((_, i) => i % 2 == 0).Select(r => r.GetProperty("contributions.total").GetDecimal()).ToArray();
        Assert.Equal(contributions.OrderBy(c => c), contributions);
        var hours = rows.Where((_, i) => i % 2 == 0).Select(r => r.GetProperty("salary.total.hours").GetDecimal()).ToArray();
        Assert.Equal(hours.OrderByDescending(h => h), hours);

        var eight = CliRun.Of("whatif", "--scenario", Scenario("contribution-8-percent.json"), "--format", "json");
        using var compared = eight.Json;
        Assert.Equal(compared.RootElement.GetProperty("scenario").GetProperty("salary").GetProperty("total").GetProperty("hours").GetDecimal(), rows[4].GetProperty("salary.total.hours").GetDecimal());

        var md = CliRun.Of("whatif", "--sweep", "assemblies_per_year=1:2:1", "--indicators", "path_duration_months.by_category.associate,exits.positive_rate", "--lang", "en");
        Assert.True(md.Code == 0, md.Error);
        var lines = md.Out.Split('\n');
        Assert.Contains("| assemblies_per_year | path_duration_months.by_category.associate | exits.positive_rate |", lines);
        Assert.Contains("| 1 | 35.00 | 55.7% |", lines);
        Assert.Contains("| 2 | 29.86 | 63.0% |", lines);
    }

    [Fact]
    public void A_sweep_varies_over_the_scenario_given()
    {
        var run = CliRun.Of("whatif", "--scenario", Scenario("two-assemblies-a-year.json"), "--sweep", "contribution_rate=0.10", "--indicators", "exits.total.associate", "--format", "json");
        Assert.True(run.Code == 0, run.Error);
        using var json = run.Json;
        Assert.Equal(22m, json.RootElement[0].GetProperty("exits.total.associate").GetDecimal());
    }

    private static System.Collections.Generic.IEnumerable<(string Path, JsonElement Value)> Numbers(JsonElement element, string prefix = "")
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    foreach (var n in Numbers(property.Value, prefix + "." + property.Name))
                    {
                        yield return n;
                    }
                }

                break;
            case JsonValueKind.Number:
            case JsonValueKind.Null:
                yield return (prefix, element);
                break;
        }
    }

    [Fact]
    public void An_empty_assembly_calendar_is_a_warning_naming_the_calendar()
    {
        var policy = CliRun.PolicyJson("whatif-no-assemblies", """{ "employer_charges": [ { "from": "2011-12-01", "rate": 0.45 } ] }""");

        var run = CliRun.Of("whatif", "--scenario", Scenario("contribution-8-percent.json"), "--policy", policy, "--format", "json");

        Assert.Equal(0, run.Code);
        Assert.Contains("cae: warning: baseline policy: the general-assembly calendar (assemblies;", run.Error, System.StringComparison.Ordinal);
        Assert.Contains("no admission as associate can be modelled", run.Error, System.StringComparison.Ordinal);
        Assert.DoesNotContain("cae: warning:", CliRun.Of("whatif", "--scenario", Scenario("contribution-8-percent.json"), "--format", "json").Error, System.StringComparison.Ordinal);
    }
}
