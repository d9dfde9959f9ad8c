using System;
using System.Globalization;
using System.IO;
using Cae.Cli.Output;
using Cae.IO;
using Xunit;

namespace Cae.Cli.Tests.Output;

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
            Cae.Cli.Output.Csv.CsvReportWriter.Write(report, EnglishReportLabels.Instance, Cae.Cli.Output.Csv.CsvExportDialect.French, csv);
            return (ReportJson.ToJson(report.ToTree()), markdown.ToString(), csv.ToString());
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = saved;
        }
    }
}
