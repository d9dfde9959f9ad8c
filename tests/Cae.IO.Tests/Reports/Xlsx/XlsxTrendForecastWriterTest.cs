using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using Cae.IO.Reports.Forecast;
using Cae.IO.Reports.Labels;
using Cae.IO.Reports.Tables;
using Cae.IO.Reports.Trend;
using Cae.IO.Reports.Xlsx;
using Cae.Rules.Forecast;
using Cae.Rules.Indicators;
using Cae.Rules.Network;
using Xunit;
using Xunit.Abstractions;

namespace Cae.IO.Tests.Reports.Xlsx;

/// <summary>The workbooks of <c>cae trend</c> and <c>cae forecast</c>, read back with DocumentFormat.OpenXml against their JSON.</summary>
public class XlsxTrendForecastWriterTest
{
    private static readonly string[] Flows = { "present_start", "entries", "accompanied", "exits", "present_end" };

    private static readonly Lazy<Sample> Data = new(Sample.Compute);

    private readonly ITestOutputHelper output;

    public XlsxTrendForecastWriterTest(ITestOutputHelper output) => this.output = output;

    [Theory]
    [InlineData("fr")]
    [InlineData("en")]
    public void Every_number_of_the_trend_workbook_is_the_trend_json(string language)
    {
        var sample = Data.Value;
        var labels = ReportLabels.For(language)!;
        var json = JsonDocument.Parse(TrendWriter.Json(sample.Trend, sample.Indicators)).RootElement;
        var sheets = Workbook.Read(Trend(sample, labels)).Sheets;
        var sheet = sheets[0];

        Assert.Equal(2, sheets.Count);
        Assert.Equal(labels[Label.TrendTitle].Replace("{from}", "2014").Replace("{to}", "2015"), sheet[0, 1]!.Text);
        Assert.Equal(new[] { labels[Label.Indicator], "2014", "2015" }, Enumerable.Range(0, 3).Select(c => sheet[c, 2]!.Text));
        var years = json.GetProperty("years").EnumerateArray().Select(y => y.GetInt32()).ToList();
        Assert.Equal(new[] { 2014, 2015 }, years);
        var checkedNumbers = 0;
        var indicators = json.GetProperty("indicators").EnumerateObject().ToList();
        Assert.Equal(sample.Indicators, indicators.Select(i => i.Name));
        for (var r = 0; r < indicators.Count; r++)
        {
            Assert.Equal(indicators[r].Name, sheet[0, r + 3]!.Text);
            var values = indicators[r].Value.EnumerateArray().ToList();
            for (var y = 0; y < years.Count; y++)
            {
                var expected = values[y].ValueKind == JsonValueKind.Null ? (decimal?)null : values[y].GetDecimal();
                Assert.Equal(expected, sheet[y + 1, r + 3]?.Number);
                checkedNumbers += expected is null ? 0 : 1;
            }
        }

        output.WriteLine($"{checkedNumbers} numbers checked");
        Assert.True(checkedNumbers >= 30, $"{checkedNumbers} numbers");
        Assert.Equal(labels[Label.RejectedRows], sheets[1][0, 1]!.Text);
        Assert.Equal(labels[Label.NoRejectedRows], sheets[1][0, 3]!.Text);
    }

    [Fact]
    public void The_trend_workbook_formats_each_indicator_as_its_kind()
    {
        var sample = Data.Value;
        var sheet = Workbook.Read(Trend(sample, ReportLabels.French)).Sheets[0];
        string Format(string indicator) => sheet[2, sample.Indicators.ToList().IndexOf(indicator) + 3]!.Format;

        Assert.Equal("#,##0", Format("flows.total.accompanied"));
        Assert.Contains("€", Format("contributions.total"), StringComparison.Ordinal);
        Assert.Equal("0.0%", Format("exits.positive_rate"));
        Assert.Equal("B3", sheet.FrozenAt);
        Assert.True(sheet.Widths[1] >= sample.Indicators.Max(i => i.Length), $"column A is {sheet.Widths[1]} wide");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Every_number_of_the_forecast_workbook_is_the_forecast_json(bool backtest)
    {
        var sample = Data.Value;
        var (forecast, test) = backtest ? (sample.Backtest.Projected, sample.Backtest) : (sample.Forecast, (ForecastBacktest?)null);
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        if (test is null)
        {
            ForecastJsonWriter.Write(forecast, text);
        }
        else
        {
            ForecastJsonWriter.Write(test, text);
        }

        var json = JsonDocument.Parse(text.ToString()).RootElement;
        var bytes = XlsxForecastWriter.Render(forecast, test, ReportLabels.French, ReportFixture.Diagnostics(new RejectedRow("paths.csv", 4, "gender", "'X' is not F, M or empty")));
        var sheets = Workbook.Read(bytes).Sheets;
        var flows = sheets[0];
        var groups = forecast.ByEstablishment.Keys.Append("Total").ToList();
        var blocks = test is null ? new[] { "flows" } : new[] { "flows", "actual", "error" };
        var row = 3;
        var checkedNumbers = 0;
        foreach (var group in groups)
        {
            foreach (var block in blocks)
            {
                var node = group == "Total" ? json.GetProperty(block).GetProperty("total") : json.GetProperty(block).GetProperty("by_establishment").GetProperty(group);
                Assert.StartsWith(group, flows[0, row]!.Text, StringComparison.Ordinal);
                for (var c = 0; c < Flows.Length; c++)
                {
                    Assert.Equal(node.GetProperty(Flows[c]).GetDecimal(), flows[c + 1, row]!.Number);
                    Assert.Equal("#,##0", flows[c + 1, row]!.Format);
                    checkedNumbers++;
                }

                row++;
            }
        }

        Assert.Null(flows[0, row]);
        if (forecast.Money is not null)
        {
            var money = sheets[1];
            var names = new[] { "turnover", "contributions", "support_budget", "self_financing" };
            for (var i = 0; i < names.Length; i++)
            {
                Assert.Equal(json.GetProperty(names[i]).GetDecimal(), money[1, i + 3]!.Number);
                checkedNumbers++;
            }

            Assert.Contains("€", money[1, 3]!.Format, StringComparison.Ordinal);
            Assert.Equal("0.0%", money[1, 6]!.Format);
        }

        var assumptions = sheets[^2];
        Assert.Equal(ReportLabels.French[Label.Assumptions], assumptions[0, 1]!.Text);
        var expected = ForecastTables.Assumptions(forecast, ReportLabels.French);
        Assert.Equal(expected, Enumerable.Range(3, expected.Count).Select(r => assumptions[0, r]!.Text));
        Assert.Null(assumptions[0, expected.Count + 3]);
        Assert.Equal("paths.csv:4: gender: 'X' is not F, M or empty", sheets[^1][0, 3]!.Text);
        Assert.All(sheets, s => Assert.Equal("B3", s.FrozenAt));
        output.WriteLine($"{checkedNumbers} numbers checked");
        Assert.True(checkedNumbers >= (backtest ? 45 : 15), $"{checkedNumbers} numbers");
    }

    [Fact]
    public void The_same_trend_or_forecast_gives_the_same_bytes()
    {
        var sample = Data.Value;
        var none = ReportDiagnostics.Empty;

        Assert.Equal(Trend(sample, ReportLabels.French), Trend(sample, ReportLabels.French));
        Assert.NotEqual(Trend(sample, ReportLabels.French), Trend(sample, ReportLabels.English));
        Assert.Equal(XlsxForecastWriter.Render(sample.Forecast, null, ReportLabels.French, none), XlsxForecastWriter.Render(sample.Forecast, null, ReportLabels.French, none));
        Assert.Equal(XlsxForecastWriter.Render(sample.Backtest.Projected, sample.Backtest, ReportLabels.English, none), XlsxForecastWriter.Render(sample.Backtest.Projected, sample.Backtest, ReportLabels.English, none));
    }

    [SkippableFact]
    public void LibreOffice_opens_the_trend_and_forecast_workbooks()
    {
        Skip.If(LibreOffice.Program is null, LibreOffice.Missing);
        var sample = Data.Value;
        var folder = TestData.NewDirectory();
        try
        {
            var trend = Path.Combine(folder, "trend.xlsx");
            var forecast = Path.Combine(folder, "forecast.xlsx");
            File.WriteAllBytes(trend, Trend(sample, ReportLabels.French));
            File.WriteAllBytes(forecast, XlsxForecastWriter.Render(sample.Backtest.Projected, sample.Backtest, ReportLabels.French, ReportDiagnostics.Empty));
            var log = LibreOffice.ConvertToPdf(folder, trend, forecast);
            output.WriteLine(log);
            foreach (var pdf in new[] { "trend.pdf", "forecast.pdf" }.Select(f => Path.Combine(folder, f)))
            {
                Assert.True(File.Exists(pdf), "no PDF: " + log);
                Assert.True(new FileInfo(pdf).Length > 5_000, $"{pdf} has {new FileInfo(pdf).Length} bytes");
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static byte[] Trend(Sample sample, ReportLabels labels) => XlsxTrendWriter.Render(sample.Trend, sample.Indicators, labels, ReportDiagnostics.Empty);

    private sealed record Sample(ReportTrend Trend, IReadOnlyList<string> Indicators, FlowForecast Forecast, ForecastBacktest Backtest)
    {
        public static Sample Compute()
        {
            var (loaded, policy) = SampleReport.Load();
            var trend = ReportTrend.Compute(new AnnualReportEngine(loaded.Dataset, policy), 2014, 2015);
            var forecaster = new FlowForecaster(loaded.Dataset, policy);
            var targets = new Dictionary<string, int>(StringComparer.Ordinal) { ["Besançon"] = 40, ["Montbéliard"] = 30 };
            return new Sample(trend, KeyFigures.All.Select(f => f.Path).ToList(), forecaster.Project(2016, targets, targets), forecaster.Backtest(2015));
        }
    }
}
