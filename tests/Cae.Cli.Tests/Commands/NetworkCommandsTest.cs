using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit;

namespace Cae.Cli.Tests.Commands;

/// <summary><c>cae aggregate</c>, <c>cae merge</c> and <c>cae trend</c> on the bundled sample.</summary>
public class NetworkCommandsTest
{
    [Fact]
    public void Trend_2014_to_2015_gives_the_published_139_to_155_accompanied()
    {
        var run = CliRun.Of("trend", "--from", "2014", "--to", "2015", "--format", "json");
        Assert.True(run.Code == 0, run.Error);
        var root = run.Json.RootElement;
        Assert.Equal(new[] { 2014, 2015 }, root.GetProperty("years").EnumerateArray().Select(y => y.GetInt32()));
        Assert.Equal(new decimal?[] { 139m, 155m }, Series(root, "flows.total.accompanied"));
        Assert.Equal(new decimal?[] { 44m, 61m }, Series(root, "flows.total.exits"));
    }

    [Fact]
    public void Trend_gives_every_figure_the_2015_report_compares_with_2014()
    {
        var report = CliRun.Of("report", "--format", "json").Json.RootElement;
        var compared = new List<(string Indicator, decimal? Previous, decimal? Current)>();
        // The information sessions come from sessions.csv and candidates.csv, which trend does not read.
        foreach (var section in report.EnumerateObject().Where(s => s.Name != "info_sessions" && s.Value.ValueKind == JsonValueKind.Object && s.Value.TryGetProperty("previous_year", out _)))
        {
            // The flows compare their total; the other sections compare figures of the same names.
            foreach (var (path, previous) in Leaves(section.Value.GetProperty("previous_year"), section.Name == "flows" ? "flows.total" : section.Name))
            {
                compared.Add((path, previous, Number(Find(report, path))));
            }
        }

        Assert.True(compared.Count >= 20, string.Join(", ", compared));
        var run = CliRun.Of("trend", "--from", "2014", "--to", "2015", "--format", "json", "--indicators", string.Join(",", compared.Select(c => c.Indicator)));
        Assert.True(run.Code == 0, run.Error);
        var root = run.Json.RootElement;
        foreach (var (indicator, previous, current) in compared)
        {
            var series = root.GetProperty("indicators").GetProperty(indicator).EnumerateArray().Select(Number).ToArray();
            Assert.True(series[0] == previous && series[1] == current, $"{indicator}: trend {series[0]} → {series[1]}, report {previous} → {current}");
        }
    }

    [Fact]
    public void Trend_html_draws_one_line_chart_per_key_figure()
    {
        var run = CliRun.Of("trend", "--from", "2014", "--to", "2015", "--format", "html", "--lang", "en");
        Assert.True(run.Code == 0, run.Error);
        Assert.Equal(Cae.IO.Reports.Tables.KeyFigures.All.Count, run.Out.Split("<svg").Length - 1);
        Assert.Contains("flows.total.accompanied", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_indicator_is_a_usage_error()
    {
        var run = CliRun.Of("trend", "--from", "2014", "--to", "2015", "--indicators", "flows.total.nothing");
        Assert.Equal(2, run.Code);
        Assert.Contains("flows.total.nothing", run.Error, StringComparison.Ordinal);
        Assert.Contains("no 'nothing' in 'flows.total' (it has: present_start, entries, accompanied", run.Error, StringComparison.Ordinal);

        var typo = CliRun.Of("trend", "--from", "2014", "--to", "2015", "--indicators", "turnover.by_unit.Coopilote X.total");
        Assert.Equal(2, typo.Code);
        Assert.Contains("no 'Coopilote X' in 'turnover.by_unit' (it has: Baticoop, Coopilote B, Coopilote M, Formacoop, SVP)", typo.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_writes_the_network_report_as_a_workbook_with_small_counts_blanked()
    {
        var folder = NewFolder();
        var part = Path.Combine(folder, "coopilote.json");
        Assert.Equal(0, CliRun.Of("aggregate", "--out", part).Code);
        var book = Path.Combine(folder, "network.xlsx");
        var merged = CliRun.Of("merge", part, "--format", "xlsx", "--min-cell", "5", "--out", book);
        Assert.True(merged.Code == 0, merged.Error);
        var bytes = File.ReadAllBytes(book);
        Assert.Equal((byte)'P', bytes[0]);
        Assert.Equal((byte)'K', bytes[1]);
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(bytes));
        Assert.Contains(zip.Entries, e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal));
        Assert.Equal(2, CliRun.Of("merge", part, "--format", "xlsx", "--out", part).Code);
    }

    [Theory]
    [InlineData("9999")]
    [InlineData("2030")]
    [InlineData("abc")]
    public void Aggregate_of_a_year_the_data_does_not_cover_is_a_usage_error(string year)
    {
        var run = CliRun.Of("aggregate", "--year", year, "--out", Path.Combine(NewFolder(), "p.json"));
        Assert.Equal(2, run.Code);
        Assert.StartsWith("cae: --year", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Merging_the_samples_partial_gives_the_samples_report()
    {
        var folder = NewFolder();
        var part = Path.Combine(folder, "coopilote.json");
        var aggregate = CliRun.Of("aggregate", "--out", part);
        Assert.True(aggregate.Code == 0, aggregate.Error);
        var merged = CliRun.Of("merge", part, "--format", "json");
        Assert.True(merged.Code == 0, merged.Error);
        var report = CliRun.Of("report", "--format", "json");
        // The whole report, the additions of contract §3' included (crosstabs, people with an activity by
        // structure, turnover by support year).
        var expected = JsonNode.Parse(report.Out)!.AsObject();
        Assert.NotNull(expected["typology"]!["by_establishment_and_structure"]);
        Assert.NotNull(expected["turnover"]!["by_support_year"]);
        Assert.NotNull(expected["people_with_activity_by_structure"]);
        expected.Remove("info_sessions"); // not the sections of sessions.csv and candidates.csv, which aggregate does not read
        expected.Remove("workshops");
        Assert.Equal(Canonical(expected), Canonical(JsonNode.Parse(merged.Out)));
        Assert.DoesNotContain("CP0", File.ReadAllText(part), StringComparison.Ordinal);
    }

    [Fact]
    public void Partials_of_different_years_or_of_an_unknown_version_are_a_usage_error()
    {
        var folder = NewFolder();
        var y2015 = Path.Combine(folder, "2015.json");
        var y2014 = Path.Combine(folder, "2014.json");
        Assert.Equal(0, CliRun.Of("aggregate", "--out", y2015).Code);
        Assert.Equal(0, CliRun.Of("aggregate", "--year", "2014", "--out", y2014).Code);
        var years = CliRun.Of("merge", y2015, y2014);
        Assert.Equal(2, years.Code);
        Assert.Contains("only partials of the same year merge", years.Error, StringComparison.Ordinal);

        var v2 = Path.Combine(folder, "v2.json");
        File.WriteAllText(v2, File.ReadAllText(y2015).Replace("\"version\": 1", "\"version\": 2", StringComparison.Ordinal));
        var version = CliRun.Of("merge", y2015, v2);
        Assert.Equal(2, version.Code);
        Assert.Contains("version 2 of the partial report is unknown", version.Error, StringComparison.Ordinal);

        var overwrite = CliRun.Of("merge", y2015, "--out", y2015);
        Assert.Equal(2, overwrite.Code);
        Assert.StartsWith("{", File.ReadAllText(y2015), StringComparison.Ordinal);
    }

    [Fact]
    public void Min_cell_blanks_small_counts_and_the_figures_computed_from_them()
    {
        var folder = NewFolder();
        var part = Path.Combine(folder, "coopilote.json");
        Assert.Equal(0, CliRun.Of("aggregate", "--out", part).Code);
        var open = CliRun.Of("merge", part, "--format", "json").Json.RootElement;
        var run = CliRun.Of("merge", part, "--format", "json", "--min-cell", "5");
        Assert.True(run.Code == 0, run.Error);
        var root = run.Json.RootElement;

        // SVP has 3 accompanied people: every count of its flows is blank.
        Assert.All(root.GetProperty("flows").GetProperty("by_structure").GetProperty("SVP").EnumerateObject(), f => Assert.Equal(JsonValueKind.Null, f.Value.ValueKind));
        Assert.Equal(155, root.GetProperty("flows").GetProperty("total").GetProperty("accompanied").GetInt32());

        // No training exit: the count and its average duration are blank.
        Assert.Equal(JsonValueKind.Null, root.GetProperty("exits").GetProperty("total").GetProperty("training").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("path_duration_months").GetProperty("by_category").GetProperty("training").ValueKind);

        // Every count below 5 is blank, every other number unchanged or blank.
        foreach (var (path, value) in Leaves(open, string.Empty))
        {
            var blanked = Number(Find(root, path.TrimStart('.')));
            Assert.True(blanked == value || blanked is null, path);
        }

        Assert.DoesNotContain(Leaves(root, string.Empty), l => l.Value is >= 1 and < 5 && !l.Path.Contains("growth", StringComparison.Ordinal) && l.Path.EndsWith(".entries", StringComparison.Ordinal));
        // The additions of contract §3': a crosstab cell below 5 is blank (Montbéliard, PMA, Formacoop: 1), one of 5 or more
        // is kept (Territoire de Belfort, Coopilote: 20); the support years keep their people and averages (at least 27 people).
        var origin = root.GetProperty("typology").GetProperty("by_establishment_and_structure").GetProperty("residence_area").GetProperty("Montbéliard");
        Assert.Equal(JsonValueKind.Null, origin.GetProperty("Formacoop").GetProperty("PMA").ValueKind);
        Assert.Equal(20, origin.GetProperty("Coopilote").GetProperty("Territoire de Belfort").GetInt32());
        Assert.Equal(12, root.GetProperty("people_with_activity_by_structure").GetProperty("SVP").GetInt32());
        Assert.Equal(open.GetProperty("turnover").GetProperty("by_support_year").GetProperty("3").GetProperty("annualised_average").GetDecimal(), root.GetProperty("turnover").GetProperty("by_support_year").GetProperty("3").GetProperty("annualised_average").GetDecimal());
        var few = CliRun.Of("merge", part, "--format", "json", "--min-cell", "30").Json.RootElement.GetProperty("turnover").GetProperty("by_support_year").GetProperty("3");
        Assert.Equal(JsonValueKind.Null, few.GetProperty("people").ValueKind);
        Assert.Equal(JsonValueKind.Null, few.GetProperty("annualised_average").ValueKind);
        var markdown = CliRun.Of("merge", part, "--format", "md", "--min-cell", "30").Out;
        Assert.Contains("| 3e année | – | 93 | 688\u00A0557 | – |", markdown, StringComparison.Ordinal);
        Assert.Equal(2, CliRun.Of("merge", part, "--min-cell", "5", "--format", "html").Code);
    }

    private static decimal?[] Series(JsonElement root, string indicator) =>
        root.GetProperty("indicators").GetProperty(indicator).EnumerateArray().Select(Number).ToArray();

    private static decimal? Number(JsonElement? element) => element is { ValueKind: JsonValueKind.Number } e ? e.GetDecimal() : null;

    private static decimal? Number(JsonElement element) => Number((JsonElement?)element);

    private static JsonElement? Find(JsonElement root, string path)
    {
        var e = root;
        foreach (var name in path.Split('.'))
        {
            if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty(name, out e))
            {
                return null;
            }
        }

        return e;
    }

    private static IEnumerable<(string Path, decimal? Value)> Leaves(JsonElement element, string prefix)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var p in element.EnumerateObject())
            {
                foreach (var leaf in Leaves(p.Value, prefix.Length == 0 ? p.Name : prefix + "." + p.Name))
                {
                    yield return leaf;
                }
            }
        }
        else if (element.ValueKind is JsonValueKind.Number or JsonValueKind.Null)
        {
            yield return (prefix, Number(element));
        }
    }

    private static string Canonical(JsonNode? node) => node switch
    {
        JsonObject o => "{" + string.Join(",", o.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + ":" + Canonical(p.Value))) + "}",
        JsonArray a => "[" + string.Join(",", a.Select(Canonical)) + "]",
        null => "null",
        _ => node.ToJsonString(),
    };

    private static string NewFolder() => TestData.NewDirectory();
}
