using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Cae.IO.Csv;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Cae.IO.Tests.Csv;

/// <summary>The one-scan read of unquoted lines gives the records of the general parse, whatever the text and the buffer.</summary>
public class ByteCsvReaderProperty
{
    private static readonly string[] Pieces = { "a", "bc", "12,5", ",", ";", "\"", "\"\"", "\n", "\r\n", "\r", " ", "é", "E0001", "2015-01", "", "E0000001,2015-01,Coopilote,,1621.21,450.41,117.08,15.98", "0123456789abcdefghijklmnopqrstuvwxyz" };

    private static List<string> Read(byte[] bytes, int bufferSize, bool unquotedLines, byte delimiter)
    {
        var reader = new ByteCsvReader(new MemoryStream(bytes), bufferSize) { Delimiter = delimiter, UnquotedLines = unquotedLines };
        var records = new List<string>();
        while (reader.Read())
        {
            var fields = Enumerable.Range(0, reader.FieldCount).Select(i => (reader.IsQuoted(i) ? "Q" : "U") + Encoding.UTF8.GetString(reader.Field(i).ToArray()));
            records.Add(reader.Line + "|" + reader.UnclosedQuoteField + "|" + Encoding.UTF8.GetString(reader.RecordBytes.ToArray()) + "|" + string.Join("\u0001", fields));
        }

        return records;
    }

    [Property(MaxTest = 400)]
    public Property Unquoted_lines_read_in_one_scan_give_the_records_of_the_general_parse() =>
        Prop.ForAll(
            Gen.Elements(Pieces).ListOf().Select(p => string.Concat(p)).ToArbitrary(),
            Gen.Choose(1, 64).ToArbitrary(),
            Gen.Elements((byte)',', (byte)';').ToArbitrary(),
            (text, bufferSize, delimiter) =>
            {
                var bytes = Encoding.UTF8.GetBytes(text);
                var general = Read(bytes, bufferSize, unquotedLines: false, delimiter);
                return Read(bytes, bufferSize, unquotedLines: true, delimiter).SequenceEqual(general)
                    && Read(bytes, 1 << 16, unquotedLines: true, delimiter).SequenceEqual(general);
            });
}
