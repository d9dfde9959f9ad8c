using System;
using System.Globalization;
using System.IO;
using Cae.IO;
using Cae.IO.Reports.Labels;
using Cae.IO.Reports.Markdown;
using Cae.IO.Reports.Tables;
using Xunit;

namespace Cae.IO.Tests.Reports;

public class ReportWritersCultureTest
{
    [Theory]
    [InlineData("fr-FR")]
    [InlineData("tr-TR")]
    public void Outputs_do_not_depend_on_the_current_culture(string culture)
    {
        var invariant = Render(CultureInfo.InvariantCulture);
        var local = Render(new CultureInfo(culture));
        Assert.Equal(invariant.Json, local.Json);
        Assert.Equal(invariant.Markdown, local.Markdown);
        Assert.Equal(invariant.Csv, local.Csv);
        Assert.Contains("\"total\": 16645.67", local.Json);
        Assert.Contains("\"positive_rate\": 1", local.Json);
    }

    private static (string Json, string Markdown, string Csv) Render(CultureInfo culture)
    {
        var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            var report = ReportFixture.Create();
            var markdown = new StringWriter();
            MarkdownReportWriter.Write(report, FrenchReportLabels.Instance, markdown);
            var csv = new StringWriter();
            Cae.IO.Reports.Csv.CsvReportWriter.Write(report, EnglishReportLabels.Instance, Cae.IO.Reports.Csv.CsvExportDialect.French, csv);
            return (ReportJson.ToJson(report), markdown.ToString(), csv.ToString());
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = saved;
        }
    }
}
