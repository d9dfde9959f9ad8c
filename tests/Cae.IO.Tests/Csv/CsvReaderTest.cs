using System.Collections.Generic;
using Cae.IO;
using Cae.IO.Csv;
using Cae.IO.Json;
using Xunit;

namespace Cae.IO.Tests.Csv;

public class CsvReaderTest
{
    private static List<(int Line, string[] Fields, int Unclosed)> ReadAll(string text, char delimiter = ',')
    {
        var reader = new CsvReader(text, delimiter);
        var records = new List<(int, string[], int)>();
        while (reader.Read())
        {
            var fields = new string[reader.FieldCount];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = reader[i];
            }

            records.Add((reader.Line, fields, reader.UnclosedQuoteField));
        }

        return records;
    }

    [Theory]
    [InlineData("a,b\n1,2\n3,4\n")]
    [InlineData("a,b\r\n1,2\r\n3,4\r\n")]
    [InlineData("a,b\r1,2\r3,4")]
    [InlineData("a,b\n1,2\r\n3,4")]
    public void Reads_records_and_their_lines_whatever_the_line_breaks(string text)
    {
        var records = ReadAll(text);
        Assert.Equal(3, records.Count);
        Assert.Equal(new[] { 1, 2, 3 }, records.ConvertAll(r => r.Line));
        Assert.Equal(new[] { "a", "b" }, records[0].Fields);
        Assert.Equal(new[] { "3", "4" }, records[2].Fields);
    }

    [Fact]
    public void Quoted_fields_hold_delimiters_doubled_quotes_and_line_breaks()
    {
        var records = ReadAll("id,note\n1,\"a, \"\"b\"\"\"\n2,\"x\ny\r\nz\"\n3,end\n");
        Assert.Equal(new[] { "1", "a, \"b\"" }, records[1].Fields);
        Assert.Equal(new[] { "2", "x\ny\r\nz" }, records[2].Fields);
        Assert.Equal(new[] { "3", "end" }, records[3].Fields);
    }

    [Fact]
    public void A_record_after_a_quoted_line_break_is_on_its_physical_line()
    {
        var records = ReadAll("h1;h2\r\nA;\"one\r\ntwo\r\nthree\"\r\nB;x\r\n", ';');
        Assert.Equal(new[] { 1, 2, 5 }, records.ConvertAll(r => r.Line));
        Assert.Equal("B", records[2].Fields[0]);
    }

    [Fact]
    public void Empty_lines_are_skipped_but_counted()
    {
        var records = ReadAll("a\n\n\r\nb\n\n");
        Assert.Equal(2, records.Count);
        Assert.Equal(4, records[1].Line);
    }

    [Fact]
    public void A_trailing_delimiter_makes_an_empty_last_field()
    {
        var records = ReadAll("a;b;\n;;\n", ';');
        Assert.Equal(new[] { "a", "b", string.Empty }, records[0].Fields);
        Assert.Equal(new[] { string.Empty, string.Empty, string.Empty }, records[1].Fields);
    }

    [Fact]
    public void The_last_record_needs_no_line_break()
    {
        var records = ReadAll("a,b\n1,\"2\"");
        Assert.Equal(new[] { "1", "2" }, records[1].Fields);
    }

    [Fact]
    public void Other_delimiter_is_an_ordinary_character()
    {
        var records = ReadAll("a;b\n1,5;2\n", ';');
        Assert.Equal(new[] { "1,5", "2" }, records[1].Fields);
    }

    [Fact]
    public void Quotes_inside_an_unquoted_field_and_text_after_a_closing_quote_are_kept()
    {
        var records = ReadAll("a,b\nsay \"hi\",\"x\"y\n");
        Assert.Equal(new[] { "say \"hi\"", "xy" }, records[1].Fields);
    }

    [Fact]
    public void An_unclosed_quote_ends_the_record_at_the_end_of_the_text_and_says_which_field()
    {
        var records = ReadAll("a,b,c\n1,2,3\n4,\"open\n5,6\n");
        Assert.Equal(3, records.Count);
        Assert.Equal(-1, records[1].Unclosed);
        Assert.Equal(3, records[2].Line);
        Assert.Equal(1, records[2].Unclosed);
        Assert.Equal("open\n5,6\n", records[2].Fields[1]);
    }
}
