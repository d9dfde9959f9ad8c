using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using Cae.Domain.Paths;
using Cae.IO.Reports.Labels;
using Cae.IO.Reports.Markdown;
using Xunit;

namespace Cae.IO.Tests.Reports.Labels;

public class LabelCatalogueTest
{
    private static string Source(string language)
    {
        using var stream = typeof(ReportLabels).Assembly.GetManifestResourceStream("Cae.IO.Reports.Labels.Catalogues." + language + ".json")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [Fact]
    public void The_languages_are_the_embedded_catalogues()
    {
        Assert.Equal(new[] { "en", "fr" }, ReportLabels.Languages);
        Assert.Same(ReportLabels.French, ReportLabels.For("fr"));
        Assert.Null(ReportLabels.For("de"));
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("en")]
    public void Every_catalogue_has_every_key_every_exit_category_and_the_same_typology_codes(string language)
    {
        var labels = ReportLabels.For(language)!;
        var french = JsonNode.Parse(Source("fr"))!["typology"]!.AsObject().Select(p => p.Key).OrderBy(k => k, StringComparer.Ordinal);
        var own = JsonNode.Parse(Source(language))!["typology"]!.AsObject().Select(p => p.Key).OrderBy(k => k, StringComparer.Ordinal);

        Assert.All(Enum.GetValues<Label>(), key => Assert.False(string.IsNullOrWhiteSpace(labels[key]), $"{language}: {key} is empty"));
        Assert.All(Enumerable.Range(0, ExitCategory.Count).Select(ExitCategory.FromValue), c => Assert.False(string.IsNullOrWhiteSpace(labels.Category(c))));
        Assert.Equal(french, own);
    }

    [Fact]
    public void A_catalogue_without_a_key_or_with_an_unknown_one_is_refused_by_name()
    {
        var catalogue = JsonNode.Parse(Source("en"))!;
        catalogue["labels"]!.AsObject().Remove("Total");
        catalogue["labels"]!["Totl"] = "Total";

        var error = Assert.Throws<InvalidOperationException>(() => LabelCatalogue.Parse("en", catalogue.ToJsonString()));
        Assert.Contains("missing Total", error.Message, StringComparison.Ordinal);
        Assert.Contains("unknown Totl", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_third_language_is_one_more_catalogue_file()
    {
        var catalogue = JsonNode.Parse(Source("en"))!;
        catalogue["language"] = "xx";
        catalogue["labels"]!["Title"] = "Rapport {year}";
        catalogue["labels"]!["Total"] = "Summe";
        catalogue["number"]!["decimal_separator"] = "·";
        var labels = ReportLabels.From(LabelCatalogue.Parse("xx", catalogue.ToJsonString()));
        using var text = new StringWriter();

        MarkdownReportWriter.Write(ReportFixture.Create(), labels, text);

        Assert.Equal("xx", labels.Language);
        Assert.StartsWith("# Rapport 2015\n", text.ToString(), StringComparison.Ordinal);
        Assert.Contains("| Summe |", text.ToString(), StringComparison.Ordinal);
        Assert.Equal("12·50", labels.Format(new Cae.Rules.Indicators.ReportNumber(12.5m, Cae.Rules.Indicators.ReportValueKind.Average)));
    }
}
