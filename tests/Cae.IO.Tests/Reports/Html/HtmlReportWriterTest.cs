using System;
using System.Linq;
using System.Xml.Linq;
using Cae.IO.Reports.Labels;
using Cae.IO.Reports.Tables;
using Cae.IO.Reports.Html;
using Xunit;

namespace Cae.IO.Tests.Reports.Html;

public class HtmlReportWriterTest
{
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <summary>The page of the bundled sample, as <c>cae report --format html</c> prints it.</summary>
    private static readonly Lazy<string> SampleHtml = new(() => HtmlReportWriter.Render(SampleReport.Value, ReportLabels.For("fr")!));

    [Theory]
    [InlineData("fr")]
    [InlineData("en")]
    public void Is_one_well_formed_self_contained_page_without_script(string language)
    {
        var html = HtmlReportWriter.Render(ReportFixture.Create(), ReportLabels.For(language)!);
        var page = Markup.Parse(html);
        var style = page.Descendants(Xhtml + "style").Single().Value;

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Equal(language, (string?)page.Root!.Attribute("lang"));
        Assert.Empty(page.Descendants(Xhtml + "script"));
        Assert.Empty(page.Descendants(Xhtml + "link"));
        Assert.Empty(page.Descendants(Xhtml + "img"));
        Assert.DoesNotContain("url(", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("@media print", style, StringComparison.Ordinal);
        Assert.Contains("size: A4", style, StringComparison.Ordinal);
        Assert.Contains("break-before: page", style, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sample_report_has_the_sections_of_the_published_report_and_at_least_four_charts()
    {
        var page = Markup.Parse(SampleHtml.Value);
        var sections = page.Descendants(Xhtml + "section").Select(s => (string)s.Attribute("id")!).ToList();
        var charts = page.Descendants(Svg + "svg").ToList();

        Assert.Equal(new[] { "key-figures", "flows", "exits", "path-duration", "turnover", "salary", "contributions", "typology", "growth", "rejected-rows" }, sections);
        Assert.True(charts.Count >= 4, $"{charts.Count} charts");
        Assert.Equal(charts.Count, charts.Select(c => (string)c.Attribute("id")!).Distinct().Count());
        Assert.All(charts, c => Assert.Equal("img", (string?)c.Attribute("role")));
        Assert.All(charts, c => Assert.Equal(Xhtml + "figure", c.Parent!.Name));
        Assert.Equal("Bilan d'activité 2015", page.Descendants(Xhtml + "h1").Single().Value);
    }

    [Fact]
    public void The_key_figure_tiles_are_the_one_list_of_key_figures_with_their_values()
    {
        var page = Markup.Parse(SampleHtml.Value);
        var section = page.Descendants(Xhtml + "section").Single(s => (string?)s.Attribute("id") == "key-figures");
        var tiles = section.Descendants(Xhtml + "div").Where(d => ((string?)d.Attribute("class"))?.StartsWith("tile", StringComparison.Ordinal) == true && (string?)d.Attribute("class") != "tiles").ToList();
        var tree = SampleReport.Value.ToTree();
        string Span(XElement tile, string name) => tile.Elements(Xhtml + "span").Single(e => (string?)e.Attribute("class") == name).Value;

        Assert.Equal(KeyFigures.All.Select(f => ReportLabels.French[f.Label]), tiles.Select(t => Span(t, "caption")));
        Assert.Equal(KeyFigures.All.Select(f => ReportLabels.French.Format(f.In(tree)!)), tiles.Select(t => Span(t, "figure")));
        Assert.Equal(KeyFigures.All.Select(f => f.Highlight), tiles.Select(t => (string?)t.Attribute("class") == "tile highlight"));
    }

    [Fact]
    public void The_positive_and_perennial_rates_are_highlighted()
    {
        var page = Markup.Parse(SampleHtml.Value);
        var exits = page.Descendants(Xhtml + "section").Single(s => (string?)s.Attribute("id") == "exits");
        var highlighted = exits.Descendants(Xhtml + "div").Where(d => (string?)d.Attribute("class") == "tile highlight").Select(d => d.Value).ToList();

        Assert.Equal(2, highlighted.Count);
        Assert.StartsWith("55,7\u00A0%Taux de sorties positives", highlighted[0], StringComparison.Ordinal);
        Assert.StartsWith("34,4\u00A0%Taux de pérennisation", highlighted[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Is_french_by_default_and_english_with_the_english_labels()
    {
        var french = Markup.Parse(HtmlReportWriter.Render(ReportFixture.Create(), ReportLabels.French)).Root!.Value;
        var english = Markup.Parse(HtmlReportWriter.Render(ReportFixture.Create(), ReportLabels.English)).Root!.Value;

        Assert.Contains("Flux des parcours d'accompagnement", french, StringComparison.Ordinal);
        Assert.Contains("16\u00A0646", french, StringComparison.Ordinal);
        Assert.Contains("Enseignement supérieur", french, StringComparison.Ordinal);
        Assert.Contains("Flows of support paths", english, StringComparison.Ordinal);
        Assert.Contains("16,646", english, StringComparison.Ordinal);
        Assert.Contains("Higher education", english, StringComparison.Ordinal);
        Assert.DoesNotContain("Sorties", english, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_label_from_the_data_stays_text()
    {
        const string Script = "<script>alert('x')</script>";
        var report = ReportFixture.Create(establishment: Script, structure: "A & B <i>");
        var html = HtmlReportWriter.Render(report, null, ReportFixture.Diagnostics(new RejectedRow("paths.csv", 2, "x", "<img src=x onerror=alert(1)>")), ReportLabels.French);
        var page = Markup.Parse(html);

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<i>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Empty(page.Descendants(Xhtml + "script"));
        Assert.Contains(page.Descendants(Xhtml + "th"), th => th.Value == Script);
        Assert.Contains(page.Descendants(Xhtml + "th"), th => th.Value == "A & B <i>");
        Assert.Contains(page.Descendants(Svg + "text"), t => t.Value == Script);
        Assert.Contains(page.Descendants(Xhtml + "li"), li => li.Value == "paths.csv:2: x: <img src=x onerror=alert(1)>");
    }

    [Fact]
    public void The_same_report_gives_the_same_bytes_whatever_the_culture()
    {
        var report = ReportFixture.Create();
        var french = HtmlReportWriter.Render(report, ReportLabels.French);
        var english = HtmlReportWriter.Render(report, ReportLabels.English);
        foreach (var culture in new[] { string.Empty, "fr-FR", "tr-TR", "en-US" })
        {
            using (new CultureScope(culture))
            {
                Assert.Equal(french, HtmlReportWriter.Render(report, ReportLabels.French));
                Assert.Equal(english, HtmlReportWriter.Render(report, ReportLabels.English));
            }
        }
    }

    [Fact]
    public void Without_rejected_rows_it_says_so()
    {
        var html = HtmlReportWriter.Render(ReportFixture.Create(), null, ReportDiagnostics.Empty, ReportLabels.English);

        Assert.Contains("No rejected row", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<ul", html, StringComparison.Ordinal);
        Assert.Equal(html, HtmlReportWriter.Render(ReportFixture.Create(), ReportLabels.English));
    }

    [Fact]
    public void The_rejected_rows_and_their_count_are_those_of_the_diagnostics_beside_the_report()
    {
        var report = ReportFixture.Create();
        var diagnostics = ReportFixture.Diagnostics(ReportFixture.Rejected, new RejectedRow("activity.csv", 9, "month", "'13/2015' is not a month"));
        var page = Markup.Parse(HtmlReportWriter.Render(report, null, diagnostics, ReportLabels.English));

        Assert.Equal(
            new[] { "paths.csv:4: exit_date: the exit is not before the entry", "activity.csv:9: month: '13/2015' is not a month" },
            page.Descendants(Xhtml + "section").Single(e => (string?)e.Attribute("id") == "rejected-rows").Descendants(Xhtml + "li").Select(li => li.Value).ToArray());
        var input = page.Descendants(Xhtml + "tr").Single(tr => tr.Elements().First().Value == ReportLabels.English[Cae.IO.Reports.Labels.Label.RejectedRows]);
        Assert.Equal("2", input.Elements().Last().Value);
    }

    [Fact]
    public void Every_table_of_the_layout_is_on_the_page()
    {
        var report = ReportFixture.Create();
        var captions = Markup.Parse(HtmlReportWriter.Render(report, ReportLabels.English)).Descendants(Xhtml + "caption").Select(c => c.Value).ToList();

        Assert.All(ReportTableLayout.Tables(report, ReportLabels.English), t => Assert.Contains(t.Title, captions));
        Assert.DoesNotContain(captions, c => c == ReportLabels.English[Label.SectionOther]);
    }
}
