using System.IO;
using Xunit;

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
        Assert.Equal(string.Empty, run.Error);
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
        Assert.StartsWith("Bilan d'activité 2015\n\nFlux des entrepreneurs accompagnés par établissement\n", run.Out);
        Assert.Contains("\nTotal,95,60,155,61,94\n", run.Out);
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
    [InlineData("report", "--format", "html")]
    [InlineData("report", "--format", "pdf")]
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
    public void Html_is_announced_as_not_yet_supported()
    {
        var run = CliRun.Of("report", "--format", "html");
        Assert.Equal(2, run.Code);
        Assert.Equal(new[] { "cae: --format html is not supported yet; use json, md or csv." }, run.ErrorLines);
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
        var policy = CliRun.PolicyFile("report-assemblies", "{ \"assemblies\": [\"2015-06-20\"] }");
        var run = CliRun.Of("report", "--paths", TestData.Path("good", "paths.csv"), "--activity", TestData.Path("good", "activity.csv"), "--policy", policy, "--format", "json");
        Assert.Equal(0, run.Code);
        Assert.Contains(run.ErrorLines, line => line.Contains("paths.csv:3: associate_date: 2015-06-13", System.StringComparison.Ordinal));
        Assert.Equal(0, run.Json.RootElement.GetProperty("rejected_rows").GetArrayLength());
    }

    [Fact]
    public void An_unknown_policy_field_exits_2()
    {
        var policy = CliRun.PolicyFile("report-typo", "{ \"fte_anual_hours\": 1820 }");
        var run = CliRun.Of("report", "--policy", policy);
        Assert.Equal(2, run.Code);
        Assert.Single(run.ErrorLines);
    }

    [Theory]
    [InlineData("fr-FR")]
    [InlineData("tr-TR")]
    public void Json_and_Markdown_do_not_depend_on_the_current_culture(string culture)
    {
        foreach (var format in new[] { "json", "md", "csv" })
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
