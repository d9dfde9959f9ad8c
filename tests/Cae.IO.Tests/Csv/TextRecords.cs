using System.Collections.Generic;
using System.IO;
using System.Text;
using Cae.IO.Csv;

namespace Cae.IO.Tests.Csv;

/// <summary>The records of a CSV text, as strings, read by the loader's own reader (for test helpers).</summary>
internal static class TextRecords
{
    public static List<string[]> Read(string text, char delimiter)
    {
        var reader = new ByteCsvReader(new MemoryStream(Encoding.UTF8.GetBytes(text)), 4096) { Delimiter = (byte)delimiter };
        var record = new RecordText(reader, windows1252: false);
        var records = new List<string[]>();
        while (reader.Read())
        {
            var fields = new string[reader.FieldCount];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = record.Field(i);
            }

            records.Add(fields);
        }

        return records;
    }
}
