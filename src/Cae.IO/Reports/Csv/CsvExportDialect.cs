using System;

namespace Cae.IO.Reports.Csv;

/// <summary>
/// How an exported CSV file is written for a spreadsheet: <see cref="English"/> (<c>,</c> separator,
/// <c>.</c> decimals, UTF-8) or <see cref="French"/> (<c>;</c> separator, decimal commas, UTF-8 with a byte
/// order mark, which a French Excel needs to read accents).
/// </summary>
/// <remarks>Immutable. Numbers are written without thousands separators in both dialects, so that spreadsheets read them as numbers.</remarks>
public sealed class CsvExportDialect
{
    private CsvExportDialect(string name, char separator, char decimalSeparator, bool byteOrderMark)
    {
        Name = name;
        Separator = separator;
        DecimalSeparator = decimalSeparator;
        ByteOrderMark = byteOrderMark;
    }

    /// <summary><c>,</c> separator, <c>.</c> decimals, UTF-8 without byte order mark (the default).</summary>
    public static CsvExportDialect English { get; } = new("en", ',', '.', byteOrderMark: false);

    /// <summary><c>;</c> separator, <c>,</c> decimals, UTF-8 with a byte order mark.</summary>
    public static CsvExportDialect French { get; } = new("fr", ';', ',', byteOrderMark: true);

    /// <summary>The name given to <c>--dialect</c>: <c>en</c> or <c>fr</c>.</summary>
    public string Name { get; }

    /// <summary>The field separator.</summary>
    public char Separator { get; }

    /// <summary>The decimal separator of numbers.</summary>
    public char DecimalSeparator { get; }

    /// <summary>Whether the file starts with the UTF-8 byte order mark.</summary>
    public bool ByteOrderMark { get; }

    /// <summary>The dialect of a <c>--dialect</c> value.</summary>
    /// <param name="name"><c>en</c> or <c>fr</c> (case-insensitive).</param>
    /// <exception cref="ArgumentException">Another name.</exception>
    public static CsvExportDialect Parse(string name) => name.ToLowerInvariant() switch
    {
        "en" => English,
        "fr" => French,
        _ => throw new ArgumentException($"--dialect: '{name}' is not a CSV dialect (en or fr).", nameof(name)),
    };

    /// <summary>The dialect's name.</summary>
    public override string ToString() => Name;
}
