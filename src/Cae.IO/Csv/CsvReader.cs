using System;
using System.Collections.Generic;
using System.Text;

namespace Cae.IO.Csv;

/// <summary>
/// Reads the records of a CSV text (RFC 4180) one at a time, keeping the physical line on which each record starts.
/// </summary>
/// <remarks>
/// <para>A quoted field may hold the delimiter, line breaks and doubled quotes (<c>""</c>). Line breaks are LF,
/// CRLF or a lone CR (old Mac exports); each counts as one physical line, inside quotes too, so the line of a
/// record is the line a person sees in an editor. Lines with no character at all are not records and are
/// skipped (they hold no cell). Fields are returned as written, not trimmed.</para>
/// <para>The reader is lenient where the RFC is silent: a quote inside an unquoted field is kept as a
/// character, and characters after a closing quote are appended to the field. A quoted field still open at
/// the end of the text ends the record there, and <see cref="UnclosedQuoteField"/> says which field it was.</para>
/// </remarks>
internal sealed class CsvReader
{
    private readonly string text;
    private readonly char delimiter;
    private readonly List<string> fields = new();
    private readonly StringBuilder quoted = new();
    private int position;
    private int line = 1;

    /// <summary>Creates a reader over a whole decoded text.</summary>
    /// <param name="text">The text, without byte-order mark.</param>
    /// <param name="delimiter">The field delimiter (<c>,</c> or <c>;</c>).</param>
    public CsvReader(string text, char delimiter)
    {
        this.text = text ?? throw new ArgumentNullException(nameof(text));
        this.delimiter = delimiter;
    }

    /// <summary>The physical line (1-based) on which the current record starts.</summary>
    public int Line { get; private set; }

    /// <summary>The number of fields of the current record.</summary>
    public int FieldCount => fields.Count;

    /// <summary>The index of the field whose quote was still open at the end of the text; -1 when none.</summary>
    public int UnclosedQuoteField { get; private set; } = -1;

    /// <summary>A field of the current record, as written (unquoted, not trimmed).</summary>
    /// <param name="index">The field index, from 0.</param>
    public string this[int index] => fields[index];

    /// <summary>Moves to the next record.</summary>
    /// <returns><c>false</c> at the end of the text.</returns>
    public bool Read()
    {
        // Skip lines that hold no character at all.
        while (position < text.Length && (text[position] == '\r' || text[position] == '\n'))
        {
            SkipLineBreak();
        }

        if (position >= text.Length)
        {
            return false;
        }

        Line = line;
        fields.Clear();
        UnclosedQuoteField = -1;
        while (true)
        {
            fields.Add(position < text.Length && text[position] == '"' ? ReadQuotedField() : ReadPlainField());
            if (position >= text.Length)
            {
                return true;
            }

            if (text[position] == delimiter)
            {
                position++;
                continue;
            }

            SkipLineBreak();
            return true;
        }
    }

    private string ReadPlainField()
    {
        var start = position;
        var found = text.AsSpan(position).IndexOfAny(delimiter, '\r', '\n');
        position = found < 0 ? text.Length : position + found;
        return text.Substring(start, position - start);
    }

    private string ReadQuotedField()
    {
        position++; // the opening quote
        quoted.Clear();
        while (true)
        {
            var found = text.AsSpan(position).IndexOfAny('"', '\r', '\n');
            if (found < 0)
            {
                quoted.Append(text, position, text.Length - position);
                position = text.Length;
                UnclosedQuoteField = fields.Count;
                return quoted.ToString();
            }

            quoted.Append(text, position, found);
            position += found;
            var c = text[position];
            if (c == '"')
            {
                if (position + 1 < text.Length && text[position + 1] == '"')
                {
                    quoted.Append('"');
                    position += 2;
                    continue;
                }

                position++; // the closing quote
                break;
            }

            // A line break inside quotes: kept in the value, counted as a physical line.
            var breakStart = position;
            SkipLineBreak();
            quoted.Append(text, breakStart, position - breakStart);
        }

        // Characters after the closing quote, up to the delimiter or the end of the line, are kept as written.
        var rest = position;
        var end = text.AsSpan(position).IndexOfAny(delimiter, '\r', '\n');
        position = end < 0 ? text.Length : position + end;
        quoted.Append(text, rest, position - rest);
        return quoted.ToString();
    }

    /// <summary>Consumes one line break (CRLF, LF or CR) at the current position and counts the line.</summary>
    private void SkipLineBreak()
    {
        if (text[position] == '\r' && position + 1 < text.Length && text[position + 1] == '\n')
        {
            position += 2;
        }
        else
        {
            position++;
        }

        line++;
    }
}
