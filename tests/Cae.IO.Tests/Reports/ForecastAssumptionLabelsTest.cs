using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Cae.IO.Reports.Labels;
using Cae.Rules.Forecast;
using Xunit;

namespace Cae.IO.Tests.Reports;

/// <summary>The forecast's assumptions are data, written in each language's words from its catalogue.</summary>
public class ForecastAssumptionLabelsTest
{
    public static IEnumerable<object[]> Targets() => new[]
    {
        new object[] { string.Empty, string.Empty },
        new object[] { "Besançon=40,Montbéliard=30", "Besançon=30,Montbéliard=30" },
        new object[] { "Besançon=40", string.Empty },
        new object[] { string.Empty, "Montbéliard=3" },
    };

    [Theory]
    [MemberData(nameof(Targets))]
    public void The_english_catalogue_gives_the_forecasts_own_sentences_and_the_french_one_its_own_words(string entries, string exits)
    {
        var forecast = Forecaster().Project(2016, Parse(entries), Parse(exits));
        Assert.Equal(forecast.Assumptions.Count, forecast.KeyedAssumptions.Count);
        Assert.Equal(forecast.Assumptions, forecast.KeyedAssumptions.Select(ReportLabels.English.Assumption));
        var french = forecast.KeyedAssumptions.Select(ReportLabels.French.Assumption).ToList();
        Assert.All(french.Zip(forecast.Assumptions, (fr, en) => (fr, en)), p => Assert.NotEqual(p.en, p.fr));
        Assert.All(french, t => Assert.DoesNotContain("{", t, StringComparison.Ordinal));
        Assert.StartsWith("présents au début : les personnes présentes à la fin de 2015", french[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Every_key_has_a_text_in_every_language_and_a_value_is_never_filled_in_turn()
    {
        foreach (var language in ReportLabels.Languages)
        {
            var labels = ReportLabels.For(language)!;
            foreach (ForecastAssumptionKey key in Enum.GetValues(typeof(ForecastAssumptionKey)))
            {
                Assert.False(string.IsNullOrWhiteSpace(labels.Assumption(new ForecastAssumption(key, Array.Empty<string>()))));
            }

            var text = labels.Assumption(new ForecastAssumption(ForecastAssumptionKey.EntriesTargets, new[] { "A{1}", "2014" }));
            Assert.Contains("A{1}", text, StringComparison.Ordinal);
            Assert.Contains("2014", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_catalogue_without_a_forecast_assumption_is_refused()
    {
        using var stream = typeof(ReportLabels).Assembly.GetManifestResourceStream("Cae.IO.Reports.Labels.Catalogues.en.json")!;
        var json = new StreamReader(stream).ReadToEnd();
        var broken = json.Replace("\"Rounding\":", "\"Roundings\":", StringComparison.Ordinal);
        Assert.NotEqual(json, broken);
        var e = Assert.Throws<InvalidOperationException>(() => LabelCatalogue.Parse("en", broken));
        Assert.Contains("forecast_assumptions: missing Rounding; unknown Roundings", e.Message, StringComparison.Ordinal);
    }

    private static FlowForecaster Forecaster()
    {
        var policy = PolicyJson.Read(Path.Combine(SampleReport.Folder, "policy.json"));
        var loaded = ContractCsv.Load(Path.Combine(SampleReport.Folder, "paths.csv"), Path.Combine(SampleReport.Folder, "activity.csv"), policy);
        return new FlowForecaster(loaded.Dataset, policy);
    }

    private static Dictionary<string, int>? Parse(string targets) => targets.Length == 0
        ? null
        : targets.Split(',').Select(t => t.Split('=')).ToDictionary(t => t[0], t => int.Parse(t[1], System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal);
}
