using System;
using System.IO;
using System.Linq;
using System.Text;
using Cae.IO.Reports.Labels;
using Cae.IO.Reports.Csv;
using Cae.Rules.Indicators;
using Xunit;

namespace Cae.IO.Tests.Reports.Csv;

public class CsvReportWriterTest
{
    private static readonly string[] Dangerous =
    {
        "=HYPERLINK(\"http://evil.example\",\"clic\")",
        "+cmd|' /C calc'!A0",
        "-2+3+cmd|' /C calc'!A0",
        "@SUM(1+1)*cmd|' /C calc'!A0",
        "\t=1+1",
        "\r=1+1",
    };

    public static TheoryData<int, string, string> Cases()
    {
        var cases = new TheoryData<int, string, string>();
        for (var i = 0; i < Dangerous.Length; i++)
        {
            cases.Add(i, "en", "en");
            cases.Add(i, "fr", "fr");
        }

        return cases;
    }

    private static AnnualReport Poisoned(int i) => ReportFixture.Create(
        establishment: Dangerous[i],
        structure: Dangerous[(i + 1) % Dangerous.Length]);

    /// <summary>A rejected row whose text begins like a formula: a file named like one.</summary>
    private static ReportDiagnostics PoisonedRows(int i) => ReportFixture.Diagnostics(new RejectedRow(Dangerous[(i + 2) % Dangerous.Length], 2, "x", "y"));

    private static string Render(AnnualReport report, ReportDiagnostics diagnostics, ReportLabels labels, CsvExportDialect dialect)
    {
        using var text = new StringWriter();
        CsvReportWriter.Write(report, null, diagnostics, labels, dialect, text);
        return text.ToString();
    }

    private static ReportLabels Labels(string language) => ReportLabels.For(language)!;

    [Theory]
    [MemberData(nameof(Cases))]
    public void No_cell_of_an_export_whose_labels_begin_like_formulas_would_run_as_a_formula(int i, string dialectName, string language)
    {
        var dialect = CsvExportDialect.Parse(dialectName);
        var cells = CsvRecords.Parse(Render(Poisoned(i), PoisonedRows(i), Labels(language), dialect).TrimStart('\uFEFF'), dialect.Separator).SelectMany(r => r).ToList();

        // The dataset trims names, so a name that began with a tab or a line break begins with what followed it.
        foreach (var label in new[] { Dangerous[i], Dangerous[(i + 1) % Dangerous.Length] })
        {
            Assert.Contains(cells, c => c == "'" + label || c == "'" + label.Trim());
        }

        Assert.Contains("'" + Dangerous[(i + 2) % Dangerous.Length] + ":2: x: y", cells);

        Assert.Contains("'=cmd|' /C calc'!A0", cells);
        foreach (var cell in cells)
        {
            Assert.False(WouldRun(cell), $"The cell [{cell}] would run as a formula.");
        }
    }

    [Fact]
    public void Negative_numbers_are_written_as_numbers_not_prefixed()
    {
        var report = ReportFixture.Create(creditNote: true);
        var en = CsvRecords.Parse(CsvReportWriter.Render(report, ReportLabels.English, CsvExportDialect.English), ',');
        var fr = CsvRecords.Parse(CsvReportWriter.Render(report, ReportLabels.French, CsvExportDialect.French).TrimStart('\uFEFF'), ';');

        Assert.Contains(en, r => r[0] == "Accompanied turnover" && r.Contains("-12.5"));
        Assert.Contains(fr, r => r[0] == "CA des accompagnés" && r.Contains("-12,5"));
        Assert.DoesNotContain(en.Concat(fr).SelectMany(r => r), c => c.StartsWith("'-", StringComparison.Ordinal));
    }

    [Fact]
    public void Each_table_is_a_block_of_a_title_a_header_its_rows_and_a_blank_line()
    {
        var text = Render(ReportFixture.Create(), ReportFixture.Diagnostics(), ReportLabels.English, CsvExportDialect.English);

        Assert.StartsWith(
            "Activity report 2015\r\n\r\nFlows of accompanied entrepreneurs by establishment\r\n"
            + "Establishment,Present on 1 January,Entries,Accompanied,Exits,Present on 31 December\r\nBesançon,1,0,1,0,1\r\n",
            text,
            StringComparison.Ordinal);
        Assert.Contains("\r\nTotal turnover,2345.67,12800,1500,16645.67\r\n", text, StringComparison.Ordinal);
        Assert.Contains("\r\nPositive exit rate,1,\r\n", text, StringComparison.Ordinal);
        Assert.Contains("\r\nRejected rows\r\npaths.csv:4: exit_date: the exit is not before the entry\r\n\r\n", text, StringComparison.Ordinal);
        Assert.Contains("\r\nRejected rows,1\r\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("paths.csv:4", CsvReportWriter.Render(ReportFixture.Create(), ReportLabels.English, CsvExportDialect.English), StringComparison.Ordinal);
        Assert.EndsWith("\r\n\r\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", text.Replace("\r\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void The_french_dialect_has_semicolons_decimal_commas_and_a_byte_order_mark()
    {
        var bytes = Encode(CsvReportWriter.Render(ReportFixture.Create(), ReportLabels.French, CsvExportDialect.French));
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.StartsWith("Bilan d'activité 2015\r\n\r\n", text, StringComparison.Ordinal);
        Assert.Contains("\r\nÉtablissement;Présents au 1er janvier;Entrées;Accompagnés;Sorties;Présents au 31 décembre\r\n", text, StringComparison.Ordinal);
        Assert.Contains("\r\nCA total;2345,67;12800;1500;16645,67\r\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain(CsvRecords.Parse(text, ';').SelectMany(r => r), c => CsvCell.IsPlainNumber(c) && c.Contains('.', StringComparison.Ordinal));
    }

    [Fact]
    public void The_english_dialect_has_commas_decimal_points_and_no_byte_order_mark()
    {
        var bytes = Encode(CsvReportWriter.Render(ReportFixture.Create(), ReportLabels.English, CsvExportDialect.English));

        Assert.Equal((byte)'A', bytes[0]);
        Assert.Contains("\r\nTotal turnover,2345.67,12800,1500,16645.67\r\n", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_report_gives_the_same_text_whatever_the_culture()
    {
        var expected = CsvReportWriter.Render(Poisoned(0), ReportLabels.French, CsvExportDialect.French);
        foreach (var culture in new[] { string.Empty, "fr-FR", "tr-TR", "en-US" })
        {
            using (new CultureScope(culture))
            {
                Assert.Equal(expected, CsvReportWriter.Render(Poisoned(0), ReportLabels.French, CsvExportDialect.French));
            }
        }
    }

    private static byte[] Encode(string text)
    {
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
        {
            writer.Write(text);
        }

        return stream.ToArray();
    }

    /// <summary>Whether a spreadsheet would run the cell as a formula (= + - @, a tab or a CR first), plain numbers aside.</summary>
    private static bool WouldRun(string cell) =>
        cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && !CsvCell.IsPlainNumber(cell);
}
