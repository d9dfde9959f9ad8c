using System;
using System.Text;

namespace Cae.IO.Csv;

/// <summary>The fields of the reader's current record decoded in the file's encoding (UTF-8 or Windows-1252).</summary>
internal sealed class RecordText
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public RecordText(ByteCsvReader reader, bool windows1252)
    {
        Reader = reader;
        Windows1252 = windows1252;
    }

    /// <summary>The reader, moved record by record by the loader.</summary>
    public ByteCsvReader Reader { get; }

    /// <summary>Whether the file is Windows-1252 (otherwise UTF-8).</summary>
    public bool Windows1252 { get; }

    /// <summary>The field's text as written (unquoted, not trimmed).</summary>
    /// <param name="index">The field index.</param>
    public string Field(int index) => Decode(Reader.Field(index));

    /// <summary>Decodes bytes of this file.</summary>
    /// <param name="bytes">The bytes.</param>
    public string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 0)
        {
            return string.Empty;
        }

        if (Windows1252)
        {
            return Csv.Windows1252.Decode(bytes);
        }

#if NETSTANDARD2_0
        return Utf8.GetString(bytes.ToArray());
#else
        return Utf8.GetString(bytes);
#endif
    }
}
