using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Cae.Domain.Organisation;
using Cae.Domain.Policy;
using Cae.Domain.Values;
using Cae.IO.Tests.Reports;
using Cae.Rules.Indicators;
using Cae.Rules.Tests.Indicators;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace Cae.IO.Tests.Json;

public class ReportJsonTest
{
    private static readonly CaePolicy Policy = CaePolicy.Default with
    {
        ReportingUnits = new ReportingUnitMap(new[]
        {
            new ReportingUnit(new Structure("Coopilote"), new Establishment("Besançon"), "Coopilote B"),
            new ReportingUnit(new Structure("Coopilote"), new Establishment("Montbéliard"), "Coopilote M"),
        }),
    };

    [Fact]
    public void Writes_the_contract_names_numbers_and_nulls()
    {
        var json = ReportJson.ToJson(ReportFixture.Create());
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Equal(2015, root.GetProperty("year").GetInt32());
        Assert.Equal(3, root.GetProperty("flows").GetProperty("total").GetProperty("accompanied").GetInt32());
        Assert.Equal(16645.67m, root.GetProperty("turnover").GetProperty("total").GetDecimal());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("turnover").GetProperty("by_unit").GetProperty("Coopilote B").GetProperty("average_per_associate").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("path_duration_months").GetProperty("by_category").GetProperty("training").ValueKind);
        Assert.Equal(0.2817m, root.GetProperty("self_financing").GetDecimal());
        Assert.Equal("paths.csv:4: exit_date: the exit is not before the entry", root.GetProperty("rejected_rows")[0].GetString());
        Assert.Equal(6, root.GetProperty("input").GetProperty("activity_read").GetInt32());
        Assert.Contains("\"Montbéliard\"", json);
        Assert.Equal(1000m, root.GetProperty("turnover").GetProperty("previous_year").GetProperty("total").GetDecimal());
    }

    [Fact]
    public void Writes_beside_the_contract_the_figures_a_report_is_read_back_from()
    {
        var report = ReportFixture.Create();
        using var document = JsonDocument.Parse(ReportJson.ToJson(report));
        var root = document.RootElement;
        Assert.Equal(report.Typology.Women, root.GetProperty("typology").GetProperty("women").GetInt64());
        Assert.Equal(report.Typology.Men, root.GetProperty("typology").GetProperty("men").GetInt64());
        Assert.Equal(report.SupportBudget!.Value.Euros, root.GetProperty("support_budget").GetDecimal());
        var previous = root.GetProperty("previous_year");
        Assert.Equal(2014, previous.GetProperty("year").GetInt32());
        Assert.False(previous.TryGetProperty("input", out _));
        Assert.False(previous.TryGetProperty("rejected_rows", out _));
        Assert.Equal(
            root.GetProperty("turnover").GetProperty("previous_year").GetProperty("total").GetDecimal(),
            previous.GetProperty("turnover").GetProperty("total").GetDecimal());

        // The tree the other formats and the what-if deltas use is unchanged.
        var names = report.ToTree().Children.Select(c => c.Key).ToArray();
        Assert.Equal(names, root.EnumerateObject().Select(p => p.Name).Where(n => n is not "support_budget" and not "previous_year"));
    }

    [Property(MaxTest = 40)]
    public Property A_report_read_back_from_its_json_equals_it(int seed, byte size, bool withBudget, bool rejected, bool previousYear)
    {
        var data = RandomPopulation.Create(seed, size % 50);
        var policy = withBudget ? Policy with { SupportBudget = new Dictionary<int, Money> { [2014] = Money.FromCents(1 + (seed & 0xFFFFFF)), [2015] = Money.FromEuros(50_000.01m) } } : Policy;
        var rows = rejected
            ? new[] { "paths.csv:4: exit_date: the exit is not before the entry", "activity.csv:9: month: \"13/2015\" is not a month (\u001b)" }
            : Array.Empty<string>();
        var input = new InputSummary(data.PersonCount + rows.Length, data.PersonCount, data.ActivityCount + 7, data.ActivityCount, rows);
        var report = new AnnualReportEngine(data, policy).Compute(previousYear ? 2015 : 2014, input);

        var back = RoundTrip(report);
        return (back.Equals(report) && ReportJson.ToJson(back) == ReportJson.ToJson(report))
            .Label(ReportJson.ToJson(report));
    }

    [Fact]
    public void The_2015_sample_report_reads_back_equal_and_writes_the_same_bytes()
    {
        var policy = PolicyJson.Read(Path.Combine(SampleReport.Folder, "policy.json"));
        var loaded = ContractCsv.Load(Path.Combine(SampleReport.Folder, "paths.csv"), Path.Combine(SampleReport.Folder, "activity.csv"), policy);
        var report = new AnnualReportEngine(loaded.Dataset, policy).Compute(2015);
        Assert.NotNull(report.PreviousYear);
        Assert.Equal(155, report.Flows.Total.Accompanied);

        using var output = new MemoryStream();
        ReportJson.Write(report, output);
        var bytes = output.ToArray();
        Assert.False(bytes.Take(3).SequenceEqual(new byte[] { 0xEF, 0xBB, 0xBF }));
        Assert.Equal((byte)'\n', bytes[^1]);
        var back = ReportJson.Read(new MemoryStream(bytes));
        Assert.Equal(report, back);
        Assert.Equal(report.ToTree(), back.ToTree());
        using var again = new MemoryStream();
        ReportJson.Write(back, again);
        Assert.Equal(bytes, again.ToArray());
    }

    [Fact]
    public void The_text_writer_writes_what_the_stream_writer_writes()
    {
        var report = ReportFixture.Create();
        using var stream = new MemoryStream();
        ReportJson.Write(report, stream);
        using var text = new StringWriter { NewLine = "\n" };
        ReportJson.Write(report, text);
        Assert.Equal(Encoding.UTF8.GetString(stream.ToArray()), text.ToString());
    }

    [Theory]
    [InlineData("\"year\": 2015", "\"year\": \"2015\"", "$.year: a whole number is expected")]
    [InlineData("\"present_start\": 2", "\"present_start\": -2", "$.flows.total.present_start: a whole number of zero or more is expected")]
    [InlineData("\"total\": 16645.67", "\"total\": 16645.675", "$.turnover.total: an amount of money is exact to the cent")]
    [InlineData("\"women\": ", "\"woman\": ", "$.typology: 'women' is missing")]
    public void A_document_that_is_not_a_report_is_an_input_error_at_its_line(string find, string replace, string message)
    {
        var json = ReportJson.ToJson(ReportFixture.Create());
        Assert.Contains(find, json);
        var bad = ReplaceFirst(json, find, replace);
        var e = Assert.Throws<InputException>(() => ReportJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(bad)), "bilan.json"));
        var path = message.Split(':')[0];
        Assert.Contains(message, e.Message);
        Assert.Matches("^bilan\\.json:[0-9]+: " + System.Text.RegularExpressions.Regex.Escape(path), e.Message);
    }

    [Fact]
    public void Not_json_is_an_input_error()
    {
        var e = Assert.Throws<InputException>(() => ReportJson.Read(new MemoryStream(Encoding.UTF8.GetBytes("{\n  \"year\": 2015,,\n}"))));
        Assert.StartsWith("report.json:2: $: not valid JSON", e.Message);
    }

    [Fact]
    public void Unknown_fields_of_a_later_version_are_skipped()
    {
        var json = ReportJson.ToJson(ReportFixture.Create());
        var later = ReplaceFirst(json, "\"flows\": {", "\"info_sessions\": { \"sessions\": 68 },\n  \"flows\": { \"later\": [1, 2],");
        Assert.Equal(ReportFixture.Create(), ReportJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(later))));
    }

    private static AnnualReport RoundTrip(AnnualReport report)
    {
        using var stream = new MemoryStream();
        ReportJson.Write(report, stream);
        stream.Position = 0;
        return ReportJson.Read(stream);
    }

    private static string ReplaceFirst(string text, string find, string replace)
    {
        var i = text.IndexOf(find, StringComparison.Ordinal);
        return text.Substring(0, i) + replace + text.Substring(i + find.Length);
    }
}
