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
        var json = Json(ReportFixture.Create(), ReportFixture.Diagnostics());
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
    public void The_rejected_rows_are_those_of_the_diagnostics_beside_the_report_not_of_the_report()
    {
        var report = ReportFixture.Create();
        var diagnostics = ReportFixture.Diagnostics(new RejectedRow("a.csv", 2, "month", "missing"), new RejectedRow("b.csv", 7, "turnover", "'x' is not a number"))
            .WithWarnings(new[] { new InputWarning("a.csv", 1, "colour", "unknown column, ignored") });
        using var document = JsonDocument.Parse(Json(report, diagnostics));
        using var bare = JsonDocument.Parse(ReportJson.ToJson(report));

        Assert.Equal(
            new[] { "a.csv:2: month: missing", "b.csv:7: turnover: 'x' is not a number" },
            document.RootElement.GetProperty("rejected_rows").EnumerateArray().Select(r => r.GetString()).ToArray());
        Assert.Equal(0, bare.RootElement.GetProperty("rejected_rows").GetArrayLength());
        Assert.DoesNotContain("colour", Json(report, diagnostics), StringComparison.Ordinal);
        Assert.Equal(ReportJson.ToJson(report), Json(report, ReportDiagnostics.Empty));
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
            ? new[] { new RejectedRow("paths.csv", 4, "exit_date", "the exit is not before the entry"), new RejectedRow("activity.csv", 9, "month", "\"13/2015\" is not a month (\u001b)") }
            : Array.Empty<RejectedRow>();
        var input = new InputSummary(data.PersonCount + rows.Length, data.PersonCount, data.ActivityCount + 7, data.ActivityCount);
        var report = new AnnualReportEngine(data, policy).Compute(previousYear ? 2015 : 2014, input);
        var diagnostics = new ReportDiagnostics(rows, Array.Empty<InputWarning>());

        var back = RoundTrip(report, diagnostics, out var backDiagnostics);
        return (back.Equals(report) && backDiagnostics.Equals(diagnostics) && RoundTrip(report).Equals(report)
                && Json(back, backDiagnostics) == Json(report, diagnostics))
            .Label(Json(report, diagnostics));
    }

    [Property(MaxTest = 200)]
    public Property The_rejected_rows_read_back_from_the_json_equal_the_diagnostics_written()
    {
        // Texts of letters, digits, colons, spaces, path separators, quotes, an accent and a control character: a
        // file may hold colons (C:\data\paths.csv) but not ":digits: ", a column not ": " (no contract column does).
        var text = Gen.Elements('a', 'Z', '0', '7', ':', ' ', '/', '\\', '"', 'é', '\u001b', '.').ArrayOf().Select(c => new string(c));
        var row = Gen.Zip(
                Gen.Zip(text.Where(f => !System.Text.RegularExpressions.Regex.IsMatch(f, ":[0-9]+: ")), Gen.Choose(0, int.MaxValue)),
                Gen.Zip(text.Where(c => !c.Contains(": ", StringComparison.Ordinal)), text))
            .Select(t => new RejectedRow(t.Item1.Item1, t.Item1.Item2, t.Item2.Item1, t.Item2.Item2));
        return Prop.ForAll(
            row.ListOf().ToArbitrary(),
            rows =>
            {
                var report = ReportFixture.Create();
                var diagnostics = new ReportDiagnostics(rows, Array.Empty<InputWarning>());
                var back = RoundTrip(report, diagnostics, out var backDiagnostics);
                return (back.Equals(report) && backDiagnostics.Equals(diagnostics))
                    .Label(string.Join(" | ", rows) + " => " + string.Join(" | ", backDiagnostics.Rejections.Select(r => $"[{r.File}][{r.Line}][{r.Column}][{r.Reason}]")));
            });
    }

    [Theory]
    [InlineData("not a rejected row")]
    [InlineData("paths.csv:x: month: missing")]
    [InlineData("paths.csv:12 month missing")]
    public void A_rejected_row_that_does_not_read_back_is_an_input_error_naming_it(string entry)
    {
        var json = ReplaceFirst(Json(ReportFixture.Create(), ReportFixture.Diagnostics(ReportFixture.Rejected, ReportFixture.Rejected)), "\"paths.csv:4: exit_date: the exit is not before the entry\"", JsonSerializer.Serialize(entry));
        var bytes = Encoding.UTF8.GetBytes(json);

        var e = Assert.Throws<InputException>(() => ReportJson.Read(new MemoryStream(bytes), "bilan.json", out _));
        Assert.Matches("^bilan\\.json:[0-9]+: \\$\\.rejected_rows\\[0\\]: '", e.Message);
        Assert.Contains(entry, e.Message, StringComparison.Ordinal);
        Assert.Equal(ReportFixture.Create(), ReportJson.Read(new MemoryStream(bytes), "bilan.json"));
    }

    [Fact]
    public void A_file_name_with_a_drive_colon_and_a_reason_with_colons_read_back()
    {
        var rows = new[] { new RejectedRow("C:\\data\\paths.csv", 12, "entry_date", "'2015-13-04' is not a date: yyyy-MM-dd: or dd/MM/yyyy") };
        RoundTrip(ReportFixture.Create(), new ReportDiagnostics(rows, Array.Empty<InputWarning>()), out var back);
        Assert.Equal(rows, back.Rejections);
        Assert.Empty(back.Warnings);
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

    private static string Json(AnnualReport report, ReportDiagnostics diagnostics)
    {
        using var text = new StringWriter { NewLine = "\n" };
        ReportJson.Write(report, null, diagnostics, text);
        return text.ToString();
    }

    private static AnnualReport RoundTrip(AnnualReport report, ReportDiagnostics diagnostics, out ReportDiagnostics back)
    {
        using var stream = new MemoryStream();
        ReportJson.Write(report, null, diagnostics, stream);
        stream.Position = 0;
        return ReportJson.Read(stream, "bilan.json", out back);
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
