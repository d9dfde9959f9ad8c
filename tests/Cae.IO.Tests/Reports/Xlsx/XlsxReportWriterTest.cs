using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using Cae.IO.Reports.Labels;
using Cae.IO.Reports.Tables;
using Cae.IO.Reports.Xlsx;
using Cae.Rules.Indicators;
using Xunit;
using Xunit.Abstractions;

namespace Cae.IO.Tests.Reports.Xlsx;

public class XlsxReportWriterTest
{
    private static readonly Lazy<byte[]> SampleBytes = new(() => XlsxReportWriter.Render(SampleReport.Value, ReportLabels.For("fr")!));

    private readonly ITestOutputHelper output;

    public XlsxReportWriterTest(ITestOutputHelper output) => this.output = output;

    [Fact]
    public void Every_number_of_the_sample_workbook_is_the_json_reports()
    {
        var report = SampleReport.Value;
        var json = Numbers(report.ToTree()).ToHashSet();
        var workbook = Workbook.Read(SampleBytes.Value);
        var tables = ReportTableLayout.Tables(report, ReportLabels.French);
        var checkedNumbers = 0;
        var computed = new List<string>();
        Assert.Equal(tables.Count + 1, workbook.Sheets.Count);
        for (var t = 0; t < tables.Count; t++)
        {
            var (table, sheet) = (tables[t], workbook.Sheets[t]);
            Assert.Equal(table.Title, sheet[0, 1]!.Text);
            Assert.Equal(table.Columns, table.Columns.Select((_, c) => sheet[c, 2]!.Text));
            for (var r = 0; r < table.Rows.Count; r++)
            {
                var row = table.Rows[r];
                Assert.Equal(row.Label, sheet[0, r + 3]!.Text);
                for (var c = 0; c < row.Cells.Count; c++)
                {
                    var expected = row.Cells[c];
                    var cell = sheet[c + 1, r + 3];
                    Assert.Equal(expected.Value, cell?.Number);
                    if (expected.Value is { } value)
                    {
                        checkedNumbers++;
                        if (!json.Contains(value))
                        {
                            computed.Add($"{table.Id}/{row.Key}/{c}: {value}");
                        }
                    }
                }
            }
        }

        // The two all-units averages of the turnover table are the layout's own: the JSON has their parts.
        var tree = report.ToTree();
        var units = ((ReportTree)tree.Find("turnover", "by_unit")!).Children.Select(u => (ReportTree)u.Value).ToList();
        var salaried = units.Sum(u => u.Number("salaried_accompanied")!.Value);
        var associates = units.Sum(u => u.Number("associates_count")!.Value);
        var derived = new[]
        {
            $"TurnoverByUnit/AveragePerSalariedAccompanied/{units.Count}: {ReportRounding.Average(tree.Number("turnover", "accompanied")!.Value, (long)salaried)}",
            $"TurnoverByUnit/AveragePerAssociate/{units.Count}: {ReportRounding.Average(tree.Number("turnover", "associates")!.Value, (long)associates)}",
        };
        output.WriteLine($"{checkedNumbers} numbers checked; derived from the JSON report's: {string.Join("; ", computed)}");
        Assert.True(checkedNumbers > 250, $"{checkedNumbers} numbers");
        Assert.Equal(derived, computed);
    }

    [Fact]
    public void The_additions_have_a_sheet_per_table_before_the_rejected_rows_with_the_json_reports_numbers()
    {
        var report = SampleReport.Value;
        var (loaded, _) = SampleReport.Load();
        var additions = Cae.Rules.Indicators.Additions.ReportAdditions.Compute(loaded.Dataset, report.Year);
        using var buffer = new MemoryStream();
        XlsxReportWriter.Write(report, additions, ReportLabels.French, buffer);
        using var json = new MemoryStream();
        ReportJson.Write(report, additions, json);
        var numbers = JsonNumbers(System.Text.Json.JsonDocument.Parse(json.ToArray()).RootElement).ToHashSet();
        var sheets = Workbook.Read(buffer.ToArray()).Sheets;
        var layout = ReportTableLayout.Tables(report, ReportLabels.French).Count;
        var tables = AdditionTables.Tables(additions, ReportLabels.French);
        var checkedNumbers = 0;

        Assert.Equal(layout + tables.Count + 1, sheets.Count);
        for (var t = 0; t < tables.Count; t++)
        {
            var sheet = sheets[layout + t];
            Assert.Equal(tables[t].Title, sheet[0, 1]!.Text);
            for (var r = 0; r < tables[t].Rows.Count; r++)
            {
                for (var c = 0; c < tables[t].Rows[r].Cells.Count; c++)
                {
                    var expected = tables[t].Rows[r].Cells[c].Value;
                    Assert.Equal(expected, sheet[c + 1, r + 3]?.Number);
                    if (expected is { } value)
                    {
                        Assert.Contains(value, numbers);
                        checkedNumbers++;
                    }
                }
            }
        }

        Assert.True(checkedNumbers > 30, $"{checkedNumbers} numbers");
        Assert.Equal(ReportLabels.French[Label.RejectedRows], sheets[^1][0, 1]!.Text);
    }

    [Fact]
    public void Numbers_have_the_format_of_their_kind_and_totals_are_bold()
    {
        var sheets = Workbook.Read(SampleBytes.Value).Sheets;
        var flows = sheets[0];
        var turnover = sheets[(int)TableId.TurnoverByUnit];
        var outcomes = sheets[(int)TableId.Outcomes];

        Assert.Equal("#,##0", flows[1, 3]!.Format);
        Assert.Contains("€", turnover[1, 3]!.Format, StringComparison.Ordinal);
        Assert.Equal("0.0%", outcomes[1, 5]!.Format);
        var total = Enumerable.Range(3, flows.RowCount).First(r => flows[0, r]?.Text == "Total");
        Assert.NotEqual(0u, flows[0, total]!.Font);
        Assert.NotEqual(0u, flows[1, total]!.Font);
        Assert.Equal(0u, flows[1, 3]!.Font);
    }

    [Fact]
    public void Every_sheet_has_its_headings_frozen_and_columns_wide_enough_for_its_labels()
    {
        var workbook = Workbook.Read(SampleBytes.Value);
        foreach (var sheet in workbook.Sheets)
        {
            Assert.Equal("B3", sheet.FrozenAt);
            Assert.True(sheet.Name.Length <= 31, sheet.Name);
            var labels = Enumerable.Range(3, sheet.RowCount - 2).Select(r => sheet[0, r]?.Text ?? string.Empty);
            Assert.True(sheet.Widths[1] >= labels.Max(l => l.Length), $"{sheet.Name}: column A is {sheet.Widths[1]} wide");
        }

        Assert.Equal(workbook.Sheets.Count, workbook.Sheets.Select(s => s.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void The_rejected_rows_are_on_the_last_sheet()
    {
        var report = ReportFixture.Create();
        var diagnostics = ReportFixture.Diagnostics(new RejectedRow("paths.csv", 4, "gender", "'X' is not F, M or empty"));
        using var buffer = new MemoryStream();
        XlsxReportWriter.Write(report, null, diagnostics, ReportLabels.English, buffer);
        var workbook = Workbook.Read(buffer.ToArray());
        var english = workbook.Sheets[^1];
        var input = workbook.Sheets.Single(s => s[0, 1]?.Text == ReportLabels.English[Label.Input]);
        var none = Workbook.Read(SampleBytes.Value).Sheets[^1];
        var withoutDiagnostics = Workbook.Read(XlsxReportWriter.Render(report, ReportLabels.English)).Sheets[^1];

        Assert.Equal(ReportLabels.English[Label.RejectedRows], english[0, 1]!.Text);
        Assert.Equal("paths.csv:4: gender: 'X' is not F, M or empty", english[0, 3]!.Text);
        Assert.Equal(1m, input[1, 7]?.Number);
        Assert.Equal(ReportLabels.French[Label.NoRejectedRows], none[0, 3]!.Text);
        Assert.Equal(ReportLabels.English[Label.NoRejectedRows], withoutDiagnostics[0, 3]!.Text);
    }

    [Fact]
    public void The_same_report_gives_the_same_bytes_with_fixed_dates()
    {
        var again = XlsxReportWriter.Render(SampleReport.Value, ReportLabels.French);
        var english = XlsxReportWriter.Render(SampleReport.Value, ReportLabels.English);
        using var zip = new ZipArchive(new MemoryStream(again), ZipArchiveMode.Read);

        Assert.Equal(SampleBytes.Value, again);
        Assert.NotEqual(SampleBytes.Value, english);
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(1980, 1, 1), e.LastWriteTime.DateTime));
        Assert.DoesNotContain(zip.Entries, e => e.FullName.StartsWith("docProps/", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void LibreOffice_opens_the_sample_workbook()
    {
        Skip.If(LibreOffice.Program is null, LibreOffice.Missing);
        var folder = TestData.NewDirectory();
        try
        {
            var workbook = Path.Combine(folder, "bilan-2015.xlsx");
            File.WriteAllBytes(workbook, SampleBytes.Value);
            var log = LibreOffice.ConvertToPdf(folder, workbook);
            var pdf = Path.Combine(folder, "bilan-2015.pdf");
            output.WriteLine(log);
            Assert.True(File.Exists(pdf), "no PDF: " + log);
            var bytes = File.ReadAllBytes(pdf);
            Assert.True(bytes.Length > 10_000, $"the PDF has {bytes.Length} bytes");
            var kept = Path.Combine(Path.GetTempPath(), "cae-xlsx-report", "bilan-2015.pdf");
            Directory.CreateDirectory(Path.GetDirectoryName(kept)!);
            File.Copy(pdf, kept, overwrite: true);
            File.Copy(workbook, Path.ChangeExtension(kept, ".xlsx"), overwrite: true);
            output.WriteLine($"PDF of the workbook kept at {kept}");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static IEnumerable<decimal> JsonNumbers(System.Text.Json.JsonElement element) => element.ValueKind switch
    {
        System.Text.Json.JsonValueKind.Number => new[] { element.GetDecimal() },
        System.Text.Json.JsonValueKind.Object => element.EnumerateObject().SelectMany(p => JsonNumbers(p.Value)),
        System.Text.Json.JsonValueKind.Array => element.EnumerateArray().SelectMany(JsonNumbers),
        _ => Enumerable.Empty<decimal>(),
    };

    private static IEnumerable<decimal> Numbers(ReportNode node) => node switch
    {
        ReportNumber { Value: { } value } => new[] { value },
        ReportTree tree => tree.Children.SelectMany(c => Numbers(c.Value)),
        _ => Enumerable.Empty<decimal>(),
    };
}
