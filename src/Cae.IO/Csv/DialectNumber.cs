using System;
using System.Globalization;

namespace Cae.IO.Csv;

/// <summary>
/// Parses the numbers of a cell in a dialect, exactly (as <see cref="decimal"/>, never binary floating point).
/// </summary>
/// <remarks>
/// <para>Accepted: an optional sign (<c>-</c> or <c>+</c>), digits, and a decimal part after the dialect's
/// decimal separator (<c>1234.56</c>, <c>-12.5</c>, <c>.5</c>). In the <c>;</c> dialect the decimal separator
/// is <c>,</c> and thousands may be grouped by a space, a non-breaking space (U+00A0) or a narrow non-breaking
/// space (U+202F): <c>1 234 567,89</c>. Groups must be well formed (one separator between groups of three digits),
/// so two numbers in one cell (<c>12 34</c>) are not read as one.</para>
/// <para>A trailing <c>€</c>, with or without a space before it, is allowed. Not accepted: exponents, other currency signs, the other dialect's decimal separator, thousands separators in
/// the <c>,</c> dialect. The cell is expected trimmed.</para>
/// </remarks>
internal static class DialectNumber
{
    /// <summary>Tries to parse a number written in a dialect.</summary>
    /// <param name="text">The trimmed cell.</param>
    /// <param name="dialect">The file's dialect.</param>
    /// <param name="value">The exact value.</param>
    /// <returns>Whether the text is such a number (and fits a <see cref="decimal"/>).</returns>
    public static bool TryParse(ReadOnlySpan<char> text, CsvDialect dialect, out decimal value)
    {
        value = 0m;
        text = WithoutEuroSign(text);
        if (text.Length == 0 || text.Length > 64)
        {
            return false;
        }

        Span<char> normalized = stackalloc char[text.Length];
        var length = 0;
        var i = 0;
        if (text[0] == '-' || text[0] == '+')
        {
            normalized[length++] = text[0];
            i++;
        }

        var integerDigits = 0;
        var groupDigits = 0;
        var grouped = false;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (c >= '0' && c <= '9')
            {
                normalized[length++] = c;
                integerDigits++;
                groupDigits++;
                if (grouped && groupDigits > 3)
                {
                    return false;
                }
            }
            else if (dialect.AllowsThousandsSeparators && IsThousandsSeparator(c))
            {
                // A separator follows a first group of 1 to 3 digits, or a later group of exactly 3.
                if (groupDigits == 0 || groupDigits > 3 || (grouped && groupDigits != 3))
                {
                    return false;
                }

                grouped = true;
                groupDigits = 0;
            }
            else
            {
                break;
            }
        }

        if (grouped && groupDigits != 3)
        {
            return false;
        }

        var fractionDigits = 0;
        if (i < text.Length)
        {
            if (text[i] != dialect.DecimalSeparator)
            {
                return false;
            }

            normalized[length++] = '.';
            for (i++; i < text.Length; i++)
            {
                var c = text[i];
                if (c < '0' || c > '9')
                {
                    return false;
                }

                normalized[length++] = c;
                fractionDigits++;
            }

            if (fractionDigits == 0)
            {
                return false;
            }
        }

        if (integerDigits + fractionDigits == 0)
        {
            return false;
        }

        return decimal.TryParse(
#if NETSTANDARD2_0
            normalized.Slice(0, length).ToString(),
#else
            normalized.Slice(0, length),
#endif
            NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
            CultureInfo.InvariantCulture,
            out value);
    }

    /// <summary>The number without a trailing <c>€</c> and the spaces before it (§1': as a French Excel formats currency).</summary>
    private static ReadOnlySpan<char> WithoutEuroSign(ReadOnlySpan<char> text)
    {
        if (text.Length < 2 || text[text.Length - 1] != '€')
        {
            return text;
        }

        var end = text.Length - 1;
        while (end > 0 && (text[end - 1] == ' ' || IsThousandsSeparator(text[end - 1])))
        {
            end--;
        }

        return text.Slice(0, end);
    }

    private static bool IsThousandsSeparator(char c) => c == ' ' || c == '\u00A0' || c == '\u202F';
}
