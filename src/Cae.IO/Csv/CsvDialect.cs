using System;

namespace Cae.IO.Csv;

/// <summary>
/// The two CSV dialects of the data contract: <c>,</c> with <c>.</c> decimals, and the French Excel one,
/// <c>;</c> with <c>,</c> decimals and space or non-breaking-space thousands separators (<c>1 234,56</c>).
/// </summary>
public sealed class CsvDialect
{
    private CsvDialect(char delimiter, char decimalSeparator, string example)
    {
        Delimiter = delimiter;
        DecimalSeparator = decimalSeparator;
        NumberExample = example;
    }

    /// <summary>The plain dialect: <c>,</c> delimiter, <c>.</c> decimals, no thousands separator.</summary>
    public static CsvDialect Comma { get; } = new(',', '.', "1234.56");

    /// <summary>The French dialect: <c>;</c> delimiter, <c>,</c> decimals, thousands separated by spaces.</summary>
    public static CsvDialect Semicolon { get; } = new(';', ',', "1 234,56");

    /// <summary>The field delimiter.</summary>
    public char Delimiter { get; }

    /// <summary>The decimal separator of numbers.</summary>
    public char DecimalSeparator { get; }

    /// <summary>Whether numbers may group thousands with a space, U+00A0 or U+202F.</summary>
    public bool AllowsThousandsSeparators => this == Semicolon;

    /// <summary>How a number is written in this dialect, for messages.</summary>
    public string NumberExample { get; }

    /// <summary>
    /// Detects the dialect from the header line (the first line that is not empty): <c>;</c> when it holds
    /// more semicolons than commas outside quotes, <c>,</c> otherwise.
    /// </summary>
    /// <param name="text">The decoded file.</param>
    public static CsvDialect Detect(string text)
    {
        Guard.NotNull(text, nameof(text));
        var semicolons = 0;
        var commas = 0;
        var inQuotes = false;
        var started = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                inQuotes = !inQuotes;
            }
            else if (!inQuotes)
            {
                if (c == '\r' || c == '\n')
                {
                    if (started)
                    {
                        break; // the end of the header line (empty lines before it are skipped, as the reader does)
                    }

                    continue;
                }

                if (c == ';')
                {
                    semicolons++;
                }
                else if (c == ',')
                {
                    commas++;
                }
            }

            started = true;
        }

        return semicolons > commas ? Semicolon : Comma;
    }

    /// <summary>Detects the dialect from the bytes of the header line: the same rule as <see cref="Detect(string)"/>.</summary>
    /// <param name="headerLine">The first line that holds a byte, without its line break.</param>
    internal static CsvDialect Detect(ReadOnlySpan<byte> headerLine)
    {
        var semicolons = 0;
        var commas = 0;
        var inQuotes = false;
        foreach (var b in headerLine)
        {
            if (b == (byte)'"')
            {
                inQuotes = !inQuotes;
            }
            else if (!inQuotes && b == (byte)';')
            {
                semicolons++;
            }
            else if (!inQuotes && b == (byte)',')
            {
                commas++;
            }
        }

        return semicolons > commas ? Semicolon : Comma;
    }

    /// <summary>The delimiter in quotes, e.g. <c>';'</c>.</summary>
    public override string ToString() => $"'{Delimiter}'";
}
