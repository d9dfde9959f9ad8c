using System.Linq;
using System.Xml.Linq;
using Cae.IO.Reports.Labels;
using Cae.IO.Reports.Tables;
using Cae.IO.Reports.Html;
using Cae.Rules.Indicators;
using Xunit;

namespace Cae.IO.Tests.Reports.Html;

public class HtmlPageTest
{
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    private static ReportTable Table(string title, params decimal?[] values) => new(
        title,
        new[] { "Indicateur", "Valeur" },
        values.Select((v, i) => new ReportTableRow("r" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), new[] { new ReportNumber(v, ReportValueKind.Amount) })).ToList());

    [Fact]
    public void Tables_side_by_side_write_differences_signed_and_marked()
    {
        var page = new HtmlPage(FrenchReportLabels.Instance, "Titre", "Sous-titre");
        page.Section("s", "Section");
        page.SideBySide(new[] { (Table("Référence", 100m, 50m, 7m), false), (Table("Écart", 1200m, -3m, 0m), true) });
        var html = Markup.Parse(page.Close("Pied"));

        var block = html.Descendants(Xhtml + "div").Single(d => (string?)d.Attribute("class") == "side-by-side");
        Assert.Equal(2, block.Elements(Xhtml + "table").Count());
        var cells = block.Elements(Xhtml + "table").Last().Descendants(Xhtml + "td").ToList();
        Assert.Equal(new[] { "+1\u00A0200", "-3", "0" }, cells.Select(c => c.Value));
        Assert.Equal(new[] { "up", "down", null }, cells.Select(c => (string?)c.Attribute("class")));
        Assert.Equal(new[] { "100", "50", "7" }, block.Elements(Xhtml + "table").First().Descendants(Xhtml + "td").Select(c => c.Value));
    }
}
