using System.Collections.Generic;
using Cae.IO;
using Cae.IO.Csv;
using Cae.IO.Json;

namespace Cae.IO.Tests.Reports.Csv;

/// <summary>Reads an export back with the tool's own RFC 4180 reader, as a spreadsheet would split it into cells.</summary>
internal static class CsvRecords
{
    /// <summary>The records of the text (blank lines, which hold no cell, left out), each a list of fields.</summary>
    public static List<List<string>> Parse(string text, char separator)
    {
        var records = new List<List<string>>();
        var reader = new CsvReader(text, separator);
        while (reader.Read())
        {
            var record = new List<string>(reader.FieldCount);
            for (var i = 0; i < reader.FieldCount; i++)
            {
                record.Add(reader[i]);
            }

            records.Add(record);
        }

        return records;
    }
}
