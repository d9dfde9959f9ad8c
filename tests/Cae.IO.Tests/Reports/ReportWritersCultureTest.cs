using System.Globalization;
using System.IO;
using Cae.IO.Reports.Labels;
using Cae.IO.Reports.Markdown;
using Xunit;

namespace Cae.IO.Tests.Reports;

public class ReportWritersCultureTest
{
    [Theory]
    [InlineData("fr-FR")]
    [InlineData("tr-TR")]
    [InlineData("de-CH")]
    [InlineData("ar-SA")]
    public void Outputs_do_not_depend_on_the_current_culture(string culture)
    {
        var invariant = Render(CultureInfo.InvariantCulture);
        var local = Render(new CultureInfo(culture));
        Assert.Equal(invariant.Json, local.Json);
        Assert.Equal(invariant.Markdown, local.Markdown);
        Assert.Equal(invariant.Csv, local.Csv);
        Assert.Equal(invariant.Html, local.Html);
        Assert.Equal(invariant.Xlsx, local.Xlsx);
        Assert.Contains("\"total\": 16645.67", local.Json);
        Assert.Contains("\"positive_rate\": 1", local.Json);
    }

    private static (string Json, string Markdown, string Csv, string Html, byte[] Xlsx) Render(CultureInfo culture)
    {
        var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            var report = ReportFixture.Create();
            var markdown = new StringWriter();
            MarkdownReportWriter.Write(report, ReportLabels.French, markdown);
            var csv = new StringWriter();
            Cae.IO.Reports.Csv.CsvReportWriter.Write(report, ReportLabels.English, Cae.IO.Reports.Csv.CsvExportDialect.French, csv);
            return (ReportJson.ToJson(report), markdown.ToString(), csv.ToString(), Cae.IO.Reports.Html.HtmlReportWriter.Render(report, ReportLabels.French), Cae.IO.Reports.Xlsx.XlsxReportWriter.Render(report, ReportLabels.French));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = saved;
        }
    }
}
