using System.Collections.Generic;
using System.Linq;
using Cae.IO.Tests.Csv;

namespace Cae.IO.Tests.Reports.Csv;

/// <summary>Reads an export back with the loader's own RFC 4180 reader, as a spreadsheet would split it into cells.</summary>
internal static class CsvRecords
{
    /// <summary>The records of the text (blank lines, which hold no cell, left out), each a list of fields.</summary>
    public static List<List<string>> Parse(string text, char separator) =>
        TextRecords.Read(text, separator).Select(r => r.ToList()).ToList();
}
