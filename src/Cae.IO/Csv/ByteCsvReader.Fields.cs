using System;

namespace Cae.IO.Csv;

// The fields of the current record: whether quoted, their raw bytes and their unquoted values.
internal sealed partial class ByteCsvReader
{
    /// <summary>Whether a field of the current record was quoted (its bytes then need <see cref="Field"/>).</summary>
    /// <param name="index">The field index.</param>
    public bool IsQuoted(int index) => fieldQuoted[index];

    /// <summary>The offset in the record (from <see cref="RecordStart"/>) where a field's bytes end.</summary>
    /// <param name="index">The field index.</param>
    public int FieldEndInRecord(int index) => fieldEnd[index] - RecordStart;

    /// <summary>A field's bytes as written, for an unquoted field (valid until the next <see cref="Read"/>).</summary>
    /// <param name="index">The field index.</param>
    public ReadOnlySpan<byte> Raw(int index) => new(buffer, fieldStart[index], fieldEnd[index] - fieldStart[index]);

    /// <summary>A field's value: the raw bytes of an unquoted field; a quoted one without its quotes, <c>""</c> made <c>"</c>.</summary>
    /// <param name="index">The field index.</param>
    public ReadOnlySpan<byte> Field(int index)
    {
        if (!fieldQuoted[index])
        {
            return Raw(index);
        }

        var raw = Raw(index);
        if (scratch.Length < raw.Length)
        {
            scratch = new byte[raw.Length * 2];
        }

        var length = 0;
        var inQuotes = true;
        for (var i = 0; i < raw.Length; i++)
        {
            var b = raw[i];
            if (inQuotes && b == Quote)
            {
                if (i + 1 < raw.Length && raw[i + 1] == Quote)
                {
                    scratch[length++] = Quote;
                    i++;
                }
                else
                {
                    inQuotes = false;
                }

                continue;
            }

            scratch[length++] = b;
        }

        return new ReadOnlySpan<byte>(scratch, 0, length);
    }
}
