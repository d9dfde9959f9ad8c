using System.IO;
using Xunit;

using Cae.IO.Tests;

namespace Cae.Cli.Tests.Commands;

public class ReportCommandTest
{
    [Fact]
    public void Without_input_files_it_prints_the_sample_report_in_French()
    {
        var run = CliRun.Of("report");
        Assert.Equal(0, run.Code);
        Assert.StartsWith("# Bilan d'activité 2015\n", run.Out);
        Assert.Contains("| Total | 95 | 60 | 155 | 61 | 94 |", run.Out);
        Assert.Contains("| Taux de sorties positives | 55,7\u00A0% | 56,8\u00A0% |", run.Out);
        Assert.Equal("cae: year 2015: the last year with data in at least 10 of its 12 months (--year for another).\n", run.Error.Replace("\r\n", "\n"));
    }

    [Fact]
    public void Lang_en_prints_English()
    {
        var run = CliRun.Of("report", "--lang", "en");
        Assert.Equal(0, run.Code);
        Assert.StartsWith("# Activity report 2015\n", run.Out);
        Assert.Contains("| Positive exit rate | 55.7% | 56.8% |", run.Out);
    }

    [Fact]
    public void Csv_prints_the_tables_as_blocks()
    {
        var run = CliRun.Of("report", "--format", "csv");
        Assert.Equal(0, run.Code);
        Assert.StartsWith("Bilan d'activité 2015\r\n\r\nFlux des entrepreneurs accompagnés par établissement\r\n", run.Out);
        Assert.Contains("\r\nTotal,95,60,155,61,94\r\n", run.Out);
    }

    [Fact]
    public void Csv_in_the_french_dialect_has_semicolons_decimal_commas_and_a_byte_order_mark()
    {
        var file = Path.Combine(TestData.NewDirectory(), "bilan.csv");
        var run = CliRun.Of("report", "--format", "csv", "--dialect", "fr", "--out", file);
        var bytes = File.ReadAllBytes(file);
        var text = System.Text.Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);

        Assert.Equal(0, run.Code);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.StartsWith("Bilan d'activité 2015\r\n\r\n", text);
        Assert.Contains("\r\nTotal;95;60;155;61;94\r\n", text);
        Assert.Contains("\r\nTaux de sorties positives;0,5574;0,5682\r\n", text);
    }

    [Fact]
    public void Html_prints_the_report_for_people_with_its_charts()
    {
        var run = CliRun.Of("report", "--format", "html", "--lang", "en");
        Assert.Equal(0, run.Code);
        Assert.StartsWith("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">", run.Out);
        Assert.Contains("<h1>Activity report 2015</h1>", run.Out);
        Assert.True(System.Text.RegularExpressions.Regex.Matches(run.Out, "<svg ").Count >= 4);
        Assert.StartsWith("cae: year 2015: ", run.Error);
    }

    [Fact]
    public void Year_selects_another_year()
    {
        var run = CliRun.Of("report", "--format", "json", "--year", "2014");
        Assert.Equal(0, run.Code);
        var root = run.Json.RootElement;
        Assert.Equal(2014, root.GetProperty("year").GetInt32());
        Assert.Equal(139, root.GetProperty("flows").GetProperty("total").GetProperty("accompanied").GetInt32());

        // The data starts in January 2014: no year before to compare with.
        Assert.False(root.GetProperty("flows").TryGetProperty("previous_year", out _));
    }

    [Fact]
    public void Out_writes_a_file()
    {
        var file = Path.Combine(TestData.NewDirectory(), "report.json");
        var run = CliRun.Of("report", "--format", "json", "--out", file);
        Assert.Equal(0, run.Code);
        Assert.Equal(string.Empty, run.Out);
        Assert.Equal(CliRun.Of("report", "--format", "json").Out, File.ReadAllText(file));
    }

    [Theory]
    [InlineData("report", "--format", "pdf")]
    [InlineData("report", "--format", "csv", "--dialect", "de")]
    [InlineData("report", "--lang", "de")]
    [InlineData("report", "--paths", "paths.csv")]
    [InlineData("report", "--year", "last")]
    public void Usage_errors_exit_2_with_a_message_on_stderr(params string[] args)
    {
        var run = CliRun.Of(args);
        Assert.Equal(2, run.Code);
        Assert.Equal(string.Empty, run.Out);
        Assert.NotEmpty(run.ErrorLines);
        Assert.DoesNotContain("   at ", run.Error);
    }

    [Fact]
    public void An_unreadable_file_exits_2_with_one_line()
    {
        var missing = Path.Combine(TestData.NewDirectory(), "missing.csv");
        var run = CliRun.Of("report", "--paths", missing, "--activity", missing);
        Assert.Equal(2, run.Code);
        Assert.Single(run.ErrorLines);
        Assert.Contains("missing.csv", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
    }

    [Fact]
    public void An_associate_date_off_the_policy_calendar_is_a_warning_not_a_rejection()
    {
        var policy = CliRun.PolicyJson("report-assemblies", "{ \"assemblies\": [\"2015-06-20\"] }");
        var run = CliRun.Of("report", "--paths", TestData.Path("good", "paths.csv"), "--activity", TestData.Path("good", "activity.csv"), "--policy", policy, "--format", "json");
        Assert.Equal(0, run.Code);
        Assert.Contains(run.ErrorLines, line => line.Contains("paths.csv:3: associate_date: 2015-06-13", System.StringComparison.Ordinal));
        Assert.Equal(0, run.Json.RootElement.GetProperty("rejected_rows").GetArrayLength());
    }

    [Fact]
    public void An_unknown_policy_field_exits_2()
    {
        var policy = CliRun.PolicyJson("report-typo", "{ \"fte_anual_hours\": 1820 }");
        var run = CliRun.Of("report", "--policy", policy);
        Assert.Equal(2, run.Code);
        Assert.Single(run.ErrorLines);
    }

    [Theory]
    [InlineData("fr-FR")]
    [InlineData("tr-TR")]
    public void No_output_depends_on_the_current_culture(string culture)
    {
        foreach (var format in new[] { "json", "md", "csv", "html" })
        {
            string invariant;
            using (new CultureScope(string.Empty))
            {
                invariant = CliRun.Of("report", "--format", format).Out;
            }

            Assert.Equal(invariant, CliRun.InCulture(culture, "report", "--format", format).Out);
        }
    }
}
