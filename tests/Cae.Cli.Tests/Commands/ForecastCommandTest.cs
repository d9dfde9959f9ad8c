using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace Cae.Cli.Tests.Commands;

/// <summary><c>cae forecast</c> on the bundled sample against the 2016 forecast table ("prévisionnel") of Coopilote's 2015 report.</summary>
public class ForecastCommandTest
{
    public static IEnumerable<object[]> Published() =>
        new (string Path, int[] Figures)[]
        {
            ("Besançon", new[] { 48, 40, 88, 30, 58 }),
            ("Montbéliard", new[] { 46, 30, 76, 30, 46 }),
            ("total", new[] { 94, 70, 164, 60, 104 }),
        }.SelectMany(g => new[] { "present_start", "entries", "accompanied", "exits", "present_end" }.Select((f, i) => new object[] { g.Path, f, g.Figures[i] }));

    [Theory]
    [MemberData(nameof(Published))]
    public void The_published_2016_forecast_is_reproduced_cell_by_cell(string group, string field, int published)
    {
        var run = CliRun.Of("forecast", "--year", "2016", "--entries", "Besançon=40,Montbéliard=30", "--exits", "Besançon=30,Montbéliard=30", "--format", "json");
        Assert.Equal(0, run.Code);
        var flows = run.Json.RootElement.GetProperty("flows");
        var node = group == "total" ? flows.GetProperty("total") : flows.GetProperty("by_establishment").GetProperty(group);
        Assert.Equal(published, node.GetProperty(field).GetInt32());
    }

    [Fact]
    public void Target_names_match_without_case_or_accents()
    {
        var run = CliRun.Of("forecast", "--year", "2016", "--entries", "besancon=40,MONTBELIARD=30", "--format", "json");
        Assert.Equal(0, run.Code);
        Assert.Equal(70, run.Json.RootElement.GetProperty("flows").GetProperty("total").GetProperty("entries").GetInt32());
        Assert.NotEmpty(run.Json.RootElement.GetProperty("assumptions").EnumerateArray());
    }

    [Fact]
    public void The_backtest_of_2015_runs_on_the_sample_beside_the_actual_figures()
    {
        var run = CliRun.Of("forecast", "--year", "2015", "--backtest", "--format", "json");
        Assert.Equal(0, run.Code);
        var root = run.Json.RootElement;
        Assert.Equal(94, root.GetProperty("actual").GetProperty("total").GetProperty("present_end").GetInt32());
        var projected = root.GetProperty("flows").GetProperty("total").GetProperty("present_end").GetInt32();
        Assert.Equal(projected - 94, root.GetProperty("error").GetProperty("total").GetProperty("present_end").GetInt32());
        Assert.Equal(JsonValueKind.Number, root.GetProperty("self_financing").ValueKind);
    }

    [Theory]
    [InlineData("md", "| Total | 94 | 70 | 164 | 60 | 104 |")]
    [InlineData("html", "<svg")]
    public void People_formats_show_the_table(string format, string expected)
    {
        var run = CliRun.Of("forecast", "--year", "2016", "--entries", "Besançon=40,Montbéliard=30", "--exits", "Besançon=30,Montbéliard=30", "--format", format);
        Assert.Equal(0, run.Code);
        Assert.Contains(expected, run.Out, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fr", "## Hypothèses", "- présents au début : les personnes présentes à la fin de 2015")]
    [InlineData("en", "## Assumptions", "- present_start: the people present at the end of 2015")]
    public void The_assumptions_are_written_in_the_language_of_the_page(string language, string head, string first)
    {
        var run = CliRun.Of("forecast", "--year", "2016", "--exits", "Besançon=30", "--format", "md", "--lang", language);
        Assert.Equal(0, run.Code);
        Assert.Contains(head, run.Out, System.StringComparison.Ordinal);
        Assert.Contains(first, run.Out, System.StringComparison.Ordinal);
        var other = language == "fr" ? "the targets given" : "les objectifs donnés";
        Assert.DoesNotContain(other, run.Out, System.StringComparison.Ordinal);

        // The JSON states them in English, whatever --lang says.
        var json = CliRun.Of("forecast", "--year", "2016", "--format", "json", "--lang", language).Json.RootElement.GetProperty("assumptions");
        Assert.StartsWith("present_start: the people present", json[0].GetString(), System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--entries", "Dole=3")]
    [InlineData("--entries", "Besançon=x")]
    [InlineData("--exits", "Besançon=1000")]
    [InlineData("--year", "2030")]
    public void Bad_arguments_are_usage_errors_without_a_stack_trace(string option, string value)
    {
        var args = new List<string> { "forecast", "--format", "json" };
        if (option != "--year")
        {
            args.AddRange(new[] { "--year", "2016" });
        }

        args.AddRange(new[] { option, value });
        var run = CliRun.Of(args.ToArray());
        Assert.Equal(2, run.Code);
        Assert.StartsWith("cae: ", run.Error, System.StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, System.StringComparison.Ordinal);
    }
}
