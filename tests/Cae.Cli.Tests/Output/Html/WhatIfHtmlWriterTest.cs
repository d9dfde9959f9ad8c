using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using Cae.Cli.Tests.Commands;
using Cae.IO.Tests.Reports.Html;
using Xunit;

namespace Cae.Cli.Tests.Output.Html;

public class WhatIfHtmlWriterTest
{
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static string ScenarioFile(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "samples", "coopilote-2015", "scenarios", name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException(name);
    }

    [Fact]
    public void A_scenario_page_puts_baseline_scenario_and_delta_side_by_side()
    {
        var run = CliRun.Of("whatif", "--scenario", ScenarioFile("contribution-8-percent.json"), "--format", "html");
        var page = Markup.Parse(run.Out);

        Assert.Equal(0, run.Code);
        Assert.Empty(page.Descendants(Xhtml + "script"));
        var keyFigures = page.Descendants(Xhtml + "table").First();
        Assert.Equal(new[] { "Indicateur", "Référence", "Scénario", "Écart" }, keyFigures.Descendants(Xhtml + "thead").Descendants(Xhtml + "th").Select(th => th.Value));
        var sideBySide = page.Descendants(Xhtml + "div").Where(d => (string?)d.Attribute("class") == "side-by-side").ToList();
        Assert.NotEmpty(sideBySide);
        Assert.All(sideBySide, d => Assert.Equal(3, d.Elements(Xhtml + "table").Count()));
        Assert.True(page.Descendants(Svg + "svg").Count() >= 2);
        Assert.Contains(page.Descendants(Xhtml + "td"), td => (string?)td.Attribute("class") is "up" or "down");
    }

    [Fact]
    public void A_sweep_page_draws_one_line_chart_per_indicator()
    {
        var run = CliRun.Of("whatif", "--sweep", "contribution_rate=0.06:0.12:0.02", "--indicators", "contributions.total,self_financing", "--format", "html", "--lang", "en");
        var page = Markup.Parse(run.Out);

        Assert.Equal(0, run.Code);
        Assert.Equal("en", (string?)page.Root!.Attribute("lang"));
        var charts = page.Descendants(Svg + "svg").ToList();
        Assert.Equal(2, charts.Count);
        Assert.All(charts, c => Assert.Single(c.Elements(Svg + "path"), p => (string?)p.Attribute("fill") == "none"));
        Assert.Equal(4, page.Descendants(Xhtml + "tbody").Single().Elements(Xhtml + "tr").Count());
    }

    [Fact]
    public void The_same_what_if_gives_the_same_bytes_whatever_the_culture()
    {
        var args = new[] { "whatif", "--scenario", ScenarioFile("contribution-8-percent.json"), "--format", "html" };
        var expected = CliRun.Of(args).Out;
        Assert.Equal(expected, CliRun.InCulture("tr-TR", args).Out);
        Assert.Equal(expected, CliRun.InCulture("fr-FR", args).Out);
    }
}
