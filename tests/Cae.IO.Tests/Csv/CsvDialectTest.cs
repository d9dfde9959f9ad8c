using Cae.IO.Csv;
using Xunit;

namespace Cae.IO.Tests.Csv;

public class CsvDialectTest
{
    [Theory]
    [InlineData("entrepreneur_id;month;structure;turnover\r\nE1;2015-01;C;1,5\r\n", ';')]
    [InlineData("entrepreneur_id,month,structure,turnover\nE1,2015-01,C,\"1;5\"\n", ',')]
    [InlineData("\"a,b\";c;d\n1,2,3\n", ';')]
    [InlineData("\"a;b;c\",d\n", ',')]
    [InlineData("\n\nid;name\n", ';')]
    [InlineData("id\n1;2;3\n", ',')]
    [InlineData("", ',')]
    public void The_delimiter_comes_from_the_header_line_outside_quotes(string text, char expected)
    {
        Assert.Equal(expected, CsvDialect.Detect(text).Delimiter);
    }

    [Fact]
    public void Each_dialect_has_its_decimal_separator_and_grouping()
    {
        Assert.Equal('.', CsvDialect.Comma.DecimalSeparator);
        Assert.False(CsvDialect.Comma.AllowsThousandsSeparators);
        Assert.Equal(',', CsvDialect.Semicolon.DecimalSeparator);
        Assert.True(CsvDialect.Semicolon.AllowsThousandsSeparators);
        Assert.Equal("';'", CsvDialect.Semicolon.ToString());
    }
}
