using System;
using System.Globalization;
using System.Text;

namespace Cae.IO.Reports.Csv;

/// <summary>
/// Writes one CSV field: numbers in the dialect's decimal form, texts neutralised against formula
/// injection and quoted per RFC 4180.
/// </summary>
/// <remarks>
/// A spreadsheet runs a cell that begins with <c>=</c>, <c>+</c>, <c>-</c> or <c>@</c> (or a tab or a
/// carriage return before one) as a formula, so a label from the data such as <c>=HYPERLINK(…)</c> could
/// run when CAE staff open the export. Such a text is prefixed with <c>'</c>, which spreadsheets show as
/// text, unless it is a plain number (<c>-12.5</c>, <c>+3</c>), which cannot run.
/// </remarks>
public static class CsvCell
{
    /// <summary>A text field: neutralised, then quoted when it holds the separator, a quote or a line break.</summary>
    /// <param name="text">The text.</param>
    /// <param name="dialect">The dialect.</param>
    public static string Text(string text, CsvExportDialect dialect) => Quote(Neutralise(text), dialect);

    /// <summary>A number field, e.g. <c>-12.5</c> (en) or <c>-12,5</c> (fr); empty for <c>null</c>.</summary>
    /// <param name="value">The number, or <c>null</c> for an undefined figure.</param>
    /// <param name="dialect">The dialect.</param>
    public static string Number(decimal? value, CsvExportDialect dialect)
    {
        if (value is not { } v)
        {
            return string.Empty;
        }

        var text = v.ToString("0.############################", CultureInfo.InvariantCulture);
        return dialect.DecimalSeparator == '.' ? text : text.Replace('.', dialect.DecimalSeparator);
    }

    /// <summary>
    /// The text prefixed with <c>'</c> when a spreadsheet would run it as a formula: it begins with
    /// <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return, and is not a plain number.
    /// </summary>
    /// <param name="text">The text.</param>
    public static string Neutralise(string text)
    {
        if (text.Length == 0)
        {
            return text;
        }

        return text[0] switch
        {
            '=' or '@' or '\t' or '\r' => "'" + text,
            '+' or '-' when !IsPlainNumber(text) => "'" + text,
            _ => text,
        };
    }

    /// <summary>Whether the text is a sign, digits and an optional <c>.</c> or <c>,</c> fraction, and nothing else.</summary>
    /// <param name="text">The text.</param>
    public static bool IsPlainNumber(ReadOnlySpan<char> text)
    {
        var i = text.Length > 0 && text[0] is '+' or '-' ? 1 : 0;
        var digits = 0;
        var separators = 0;
        var lastWasDigit = false;
        for (; i < text.Length; i++)
        {
            if (text[i] is >= '0' and <= '9')
            {
                digits++;
                lastWasDigit = true;
            }
            else if (text[i] is '.' or ',' && lastWasDigit && separators == 0)
            {
                separators++;
                lastWasDigit = false;
            }
            else
            {
                return false;
            }
        }

        return digits > 0 && lastWasDigit;
    }

    private static string Quote(string text, CsvExportDialect dialect)
    {
        if (text.IndexOf(dialect.Separator) < 0 && text.IndexOfAny(['"', '\r', '\n']) < 0)
        {
            return text;
        }

        return new StringBuilder(text.Length + 2).Append('"').Append(text.Replace("\"", "\"\"")).Append('"').ToString();
    }
}
