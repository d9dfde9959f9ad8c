using System;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Cae.IO.Reports.Html;
using Xunit;

namespace Cae.IO.Tests.Reports.Html;

public class ChartTest
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly Func<decimal, string> Format = v => v.ToString("#,0.##", CultureInfo.GetCultureInfo("fr-FR"));

    public static TheoryData<string> Charts() => new() { "bar", "stacked", "donut", "line" };

    private static string Render(string chart) => chart switch
    {
        "bar" => BarChart.Render(
            ["Besançon", "Montbéliard <b>"],
            [new ChartSeries("Entrées", [31m, 29m]), new ChartSeries("Sorties", [-2.5m, null])],
            Options("Flux & sorties")),
        "stacked" => StackedBarChart.Render(
            ["Coopilote B", "SVP"],
            [new ChartSeries("Associés", [417129.5m, 0m]), new ChartSeries("Accompagnés", [627750m, -12.5m])],
            Options("Chiffre d'affaires")),
        "donut" => DonutChart.Render(
            ["Création", "Associé", "Formation"],
            [11m, 10m, 0m],
            Options("Sorties"),
            v => (v * 100).ToString("0.0", CultureInfo.GetCultureInfo("fr-FR")) + " %",
            ("55,7 %", "positives")),
        _ => LineChart.Render(
            [0.06m, 0.08m, 0.10m],
            [new ChartSeries("Contributions", [200000m, null, 260000m]), new ChartSeries("Autofinancement", [0.5m, 0.55m, 0.6m])],
            Options("Balayage"),
            v => v.ToString("0.##", CultureInfo.InvariantCulture)),
    };

    private static ChartOptions Options(string title) => new("chart-9", title, "Valeur (€)", "Groupe", Format);

    [Theory]
    [MemberData(nameof(Charts))]
    public void Is_an_accessible_well_formed_svg(string chart)
    {
        var svg = Markup.Parse(Render(chart)).Root!;

        Assert.Equal(Svg + "svg", svg.Name);
        Assert.Equal("img", (string?)svg.Attribute("role"));
        Assert.False(string.IsNullOrWhiteSpace((string?)svg.Attribute("aria-label")));
        Assert.Equal((string?)svg.Attribute("aria-label"), svg.Element(Svg + "title")!.Value);
        var desc = svg.Element(Svg + "desc")!;
        Assert.Equal("chart-9-desc", (string?)desc.Attribute("id"));
        Assert.Equal("chart-9-desc", (string?)svg.Attribute("aria-describedby"));
        Assert.NotEmpty(desc.Value);
        Assert.True(double.Parse((string)svg.Attribute("width")!, CultureInfo.InvariantCulture) > 0);
        Assert.True(double.Parse((string)svg.Attribute("height")!, CultureInfo.InvariantCulture) > 0);
    }

    [Theory]
    [MemberData(nameof(Charts))]
    public void Writes_its_axis_labels_and_its_values(string chart)
    {
        var texts = Markup.Parse(Render(chart)).Descendants(Svg + "text").Select(t => t.Value).ToList();

        Assert.Contains("Valeur (€)", texts);
        Assert.Contains(chart == "donut" ? "55,7 %" : "Groupe", texts);
        Assert.Contains(chart switch { "bar" => "31", "stacked" => "1 044 879,5".Replace(' ', '\u202F'), "donut" => "11", _ => "260 000".Replace(' ', '\u202F') }, texts);
    }

    [Theory]
    [MemberData(nameof(Charts))]
    public void Writes_invariant_numbers_in_its_attributes_whatever_the_culture(string chart)
    {
        var invariant = Render(chart);
        foreach (var culture in new[] { "fr-FR", "tr-TR", "ar-SA" })
        {
            using (new CultureScope(culture))
            {
                Assert.Equal(invariant, Render(chart));
            }
        }

        foreach (var attribute in Markup.Parse(invariant).Descendants().Attributes()
                     .Where(a => a.Name.LocalName is "x" or "y" or "x1" or "x2" or "y1" or "y2" or "width" or "height" or "cx" or "cy" or "r" or "d" or "viewBox"))
        {
            Assert.Matches(new Regex("^[-0-9. MLAZ]+$"), attribute.Value);
        }
    }

    [Fact]
    public void Escapes_labels_from_the_data()
    {
        var markup = BarChart.Render(["<script>alert(1)</script>"], [new ChartSeries("\"quoted\" & <b>", [1m])], Options("<title>"));

        Assert.DoesNotContain("<script>", markup, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", markup, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", markup, StringComparison.Ordinal);
        Assert.Contains("<script>alert(1)</script>", Markup.Parse(markup).Root!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void A_series_of_another_length_than_the_categories_is_refused() =>
        Assert.Throws<ArgumentException>(() => BarChart.Render(["a", "b"], [new ChartSeries("s", [1m])], Options("t")));

    [Fact]
    public void A_donut_of_a_single_item_draws_a_whole_ring_and_of_nothing_a_grey_one()
    {
        var one = Markup.Parse(DonutChart.Render(["Autre"], [5m], Options("t"), v => v.ToString(CultureInfo.InvariantCulture))).Root!;
        var none = Markup.Parse(DonutChart.Render(["Autre"], [0m], Options("t"), v => v.ToString(CultureInfo.InvariantCulture))).Root!;

        Assert.Single(one.Elements(Svg + "path"));
        Assert.Empty(none.Elements(Svg + "path"));
        Assert.Equal(2, none.Elements(Svg + "circle").Count());
    }

    [Fact]
    public void Bars_grow_with_their_values()
    {
        var svg = Markup.Parse(BarChart.Render(["a", "b", "c"], [new ChartSeries("s", [10m, 20m, 40m])], Options("t"))).Root!;
        var widths = svg.Elements(Svg + "rect").Select(r => double.Parse((string)r.Attribute("width")!, CultureInfo.InvariantCulture)).ToList();

        Assert.Equal(3, widths.Count);
        Assert.Equal(widths[0] * 2, widths[1], 1);
        Assert.Equal(widths[1] * 2, widths[2], 1);
    }

    [Theory]
    [InlineData(0, 7, new[] { "0", "2", "4", "6", "8" })]
    [InlineData(0, 155, new[] { "0", "50", "100", "150", "200" })]
    [InlineData(-1200, 3400, new[] { "-2000", "-1000", "0", "1000", "2000", "3000", "4000" })]
    [InlineData(0, 0, new[] { "0", "0.2", "0.4", "0.6", "0.8", "1" })]
    public void The_axis_has_nice_ticks_covering_the_data_and_zero(int low, int high, string[] ticks) =>
        Assert.Equal(ticks, AxisScale.Covering(low, high).Ticks.Select(t => t.ToString("0.##", CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData(12.345, "12.35")]
    [InlineData(-0.001, "0")]
    [InlineData(3, "3")]
    [InlineData(-2.5, "-2.5")]
    public void Svg_numbers_are_invariant_and_short(double value, string text) => Assert.Equal(text, SvgNumber.Format(value));

    [Fact]
    public void Html_text_escaping_covers_markup_quotes_and_forbidden_controls() =>
        Assert.Equal("&lt;a href=&quot;x&quot;&gt;&amp;&#39;\uFFFD\t", HtmlText.Escape("<a href=\"x\">&'\u0001\t"));
}
