using Cae.IO.Csv;

namespace Cae.IO.Endi;

/// <summary>
/// The records of an enDI export, one at a time, as text: the file decoded (UTF-8, or Windows-1252 once it went
/// through Excel), its delimiter detected from the header, and each record read by the contract's CSV reader.
/// </summary>
internal sealed class EndiRecordReader
{
    private readonly CsvReader reader;

    private EndiRecordReader(CsvReader reader, InputEncoding encoding)
    {
        this.reader = reader;
        Encoding = encoding;
    }

    /// <summary>The encoding the file was read in.</summary>
    public InputEncoding Encoding { get; }

    /// <summary>The physical line (1-based) on which the current record starts.</summary>
    public int Line => reader.Line;

    /// <summary>The number of fields of the current record.</summary>
    public int FieldCount => reader.FieldCount;

    /// <summary>The index of the field whose quote was still open at the end of the file; -1 when none.</summary>
    public int UnclosedQuoteField => reader.UnclosedQuoteField;

    /// <summary>
    /// The field of a UTF-8 file's current record that holds a byte that is not valid UTF-8, with the byte; -1 when
    /// none. The whole file is decoded at once here: a file that is not valid UTF-8 is read as Windows-1252, so none.
    /// </summary>
    public (int Field, byte Byte) InvalidUtf8 => (-1, 0);

    /// <summary>A field of the current record, unquoted, not trimmed.</summary>
    /// <param name="index">The field index, from 0.</param>
    public string this[int index] => reader[index];

    /// <summary>Opens a file's bytes.</summary>
    /// <param name="bytes">The whole file.</param>
    /// <param name="name">Its name in messages.</param>
    /// <exception cref="InputException">The file is UTF-16, or claims UTF-8 by its byte-order mark but is not.</exception>
    public static EndiRecordReader Open(byte[] bytes, string name)
    {
        var decoded = TextEncodingDetector.Decode(bytes, name);
        return new EndiRecordReader(new CsvReader(decoded.Text, CsvDialect.Detect(decoded.Text).Delimiter), decoded.Encoding);
    }

    /// <summary>Moves to the next record.</summary>
    /// <returns><c>false</c> at the end of the file.</returns>
    public bool Read() => reader.Read();
}
