using System.IO;
using Cae.Cli.Output;
using Xunit;

namespace Cae.Cli.Tests.Output;

public class CsvReportWriterTest
{
    [Theory]
    [InlineData("Coopilote B", "Coopilote B")]
    [InlineData("=1+2", "'=1+2")]
    [InlineData("+33 6 12", "'+33 6 12")]
    [InlineData("-abc", "'-abc")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "\"'\rx\"")]
    [InlineData("-12.5", "-12.5")]
    [InlineData("+3", "+3")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("=HYPERLINK(\"x\",\"y\")", "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"")]
    public void Fields_are_quoted_and_neutralised(string text, string field) => Assert.Equal(field, CsvReportWriter.Field(text));

    [Fact]
    public void Tables_are_blocks_with_invariant_exact_numbers()
    {
        var text = new StringWriter();
        CsvReportWriter.Write(ReportFixture.Create(), EnglishReportLabels.Instance, text);
        var csv = text.ToString();
        Assert.StartsWith("Activity report 2015\n\nFlows of accompanied entrepreneurs by establishment\nEstablishment,Present on 1 January,Entries,Accompanied,Exits,Present on 31 December\nBesançon,1,0,1,0,1\n", csv);
        Assert.Contains("\nTotal turnover,2345.67,12800,1500,16645.67\n", csv);
        Assert.Contains("\nPositive exit rate,1,\n", csv);

        // A typology value that a spreadsheet would run is neutralised.
        Assert.Contains("\n'=cmd|' /C calc'!A0,1\n", csv);
        Assert.Contains("\nRejected rows\npaths.csv:4: exit_date: the exit is not before the entry\n", csv);
    }
}
