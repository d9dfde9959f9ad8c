using System.IO;
using Cae.IO.Reports.Labels;
using Cae.IO.Reports.Markdown;
using Xunit;

namespace Cae.IO.Tests.Reports.Markdown;

public class MarkdownReportWriterTest
{
    [Fact]
    public void French_tables_with_French_numbers()
    {
        var text = new StringWriter();
        MarkdownReportWriter.Write(ReportFixture.Create(), null, ReportFixture.Diagnostics(), ReportLabels.French, text);
        var md = text.ToString();
        Assert.StartsWith("# Bilan d'activité 2015\n\n## Flux des entrepreneurs accompagnés par établissement\n\n| Établissement | Présents au 1er janvier | Entrées | Accompagnés | Sorties | Présents au 31 décembre |\n| --- | ---: | ---: | ---: | ---: | ---: |\n| Besançon | 1 | 0 | 1 | 0 | 1 |\n", md);

        // Amounts to the euro with a non-breaking thousands separator, rates as percentages with a decimal comma.
        Assert.Contains("| CA total | 2\u00A0346 | 12\u00A0800 | 1\u00A0500 | 16\u00A0646 |", md);
        Assert.Contains("| Taux de sorties positives | 100,0\u00A0% | – |", md);
        Assert.Contains("| Heures salariées | 151,67 | 20 | 10,5 | 182,17 |", md);
        Assert.Contains("| CA moyen par entrepreneur salarié accompagné | 2\u00A0345,67 | 800,00 | 1\u00A0500,00 | 1\u00A0548,56 |", md);
        Assert.Contains("| ETP | 0,08 | 0,01 | 0,01 | 0,10 |", md);
        Assert.Contains("| Non renseigné | 1 |", md);
        Assert.Contains("## Lignes rejetées\n\n- `paths.csv:4: exit_date: the exit is not before the entry`\n", md);
        Assert.Contains("| Lignes rejetées | 1 |", md);
    }

    [Fact]
    public void The_input_table_and_the_list_show_the_rows_of_the_diagnostics_and_none_without()
    {
        var report = ReportFixture.Create();
        var diagnostics = ReportFixture.Diagnostics(new RejectedRow("a.csv", 2, "month", "missing"), new RejectedRow("b.csv", 3, "turnover", "'x' is not a number"));
        using var with = new StringWriter();
        using var without = new StringWriter();
        MarkdownReportWriter.Write(report, null, diagnostics, ReportLabels.English, with);
        MarkdownReportWriter.Write(report, ReportLabels.English, without);

        Assert.Contains("| Rejected rows | 2 |", with.ToString());
        Assert.EndsWith("## Rejected rows\n\n- `a.csv:2: month: missing`\n- `b.csv:3: turnover: 'x' is not a number`\n", with.ToString());
        Assert.Contains("| Rejected rows | 0 |", without.ToString());
        Assert.DoesNotContain("a.csv", without.ToString());
    }

    [Fact]
    public void English_labels_and_numbers()
    {
        var text = new StringWriter();
        MarkdownReportWriter.Write(ReportFixture.Create(), ReportLabels.English, text);
        var md = text.ToString();
        Assert.StartsWith("# Activity report 2015\n", md);
        Assert.Contains("| Total turnover | 2,346 | 12,800 | 1,500 | 16,646 |", md);
        Assert.Contains("| Positive exit rate | 100.0% | – |", md);
        Assert.Contains("| Creation | Associate | Employment | Training | Reorientation | Other | Total |", md);
    }
}
