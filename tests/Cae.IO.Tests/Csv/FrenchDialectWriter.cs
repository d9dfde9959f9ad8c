using System;
using System.Collections.Generic;
using System.Text;
using Cae.IO.Csv;
using Cae.Domain.Paths;
using NodaTime.Text;

namespace Cae.IO.Tests.Csv;

/// <summary>
/// Rewrites a plain contract file (<c>,</c>, <c>.</c> decimals, ISO dates, codes) the way a French Excel saves
/// it: <c>;</c> delimiter, decimal comma with thousands separators, <c>dd/MM/yyyy</c>, <c>MM/yyyy</c>, French
/// category labels, CRLF, Windows-1252 (or UTF-8 with BOM).
/// </summary>
internal static class FrenchDialectWriter
{
    private static readonly HashSet<string> DateColumns = new(StringComparer.OrdinalIgnoreCase)
    {
        ContractColumns.EntryDate, ContractColumns.CesaDate, ContractColumns.AssociateApplicationDate,
        ContractColumns.AssociateDate, ContractColumns.ExitDate, ContractColumns.BirthDate,
    };

    private static readonly HashSet<string> NumberColumns = new(StringComparer.OrdinalIgnoreCase)
    {
        ContractColumns.Turnover, ContractColumns.Purchases, ContractColumns.Contribution, ContractColumns.SalaryHours,
    };

    private static readonly LocalDatePattern FrenchDate = LocalDatePattern.CreateWithInvariantCulture("dd'/'MM'/'uuuu");
    private static readonly YearMonthPattern FrenchMonth = YearMonthPattern.CreateWithInvariantCulture("MM'/'uuuu");
    private static readonly YearMonthPattern IsoMonth = YearMonthPattern.CreateWithInvariantCulture("uuuu'-'MM");

    /// <summary>Converts a plain file to the French dialect.</summary>
    /// <param name="plain">The plain file's text.</param>
    /// <param name="windows1252">Windows-1252 when true; UTF-8 with BOM otherwise.</param>
    /// <param name="thousands">The thousands separator: a space, U+00A0, or (UTF-8 only) U+202F.</param>
    public static byte[] Convert(string plain, bool windows1252 = true, char thousands = '\u00A0')
    {
        var records = TextRecords.Read(plain, ',');
        var builder = new StringBuilder();
        var header = new List<string>();
        if (records.Count > 0)
        {
            foreach (var name in records[0])
            {
                header.Add(name.Trim());
            }

            WriteRow(builder, header);
        }

        for (var r = 1; r < records.Count; r++)
        {
            var cells = new List<string>();
            for (var i = 0; i < records[r].Length; i++)
            {
                cells.Add(ConvertCell(i < header.Count ? header[i] : string.Empty, records[r][i], thousands));
            }

            WriteRow(builder, cells);
        }

        if (windows1252)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback).GetBytes(builder.ToString());
        }

        return Concat(new byte[] { 0xEF, 0xBB, 0xBF }, Encoding.UTF8.GetBytes(builder.ToString()));
    }

    /// <summary>Writes a number in French form: <c>-1234567.5</c> becomes <c>-1 234 567,5</c>.</summary>
    /// <param name="plain">The plain number (<c>.</c> decimals, no grouping).</param>
    /// <param name="thousands">The thousands separator.</param>
    public static string FrenchNumber(string plain, char thousands)
    {
        var sign = plain.StartsWith('-') ? "-" : string.Empty;
        var digits = sign.Length > 0 ? plain.Substring(1) : plain;
        var point = digits.IndexOf('.', StringComparison.Ordinal);
        var integer = point < 0 ? digits : digits.Substring(0, point);
        var fraction = point < 0 ? string.Empty : "," + digits.Substring(point + 1);
        var grouped = new StringBuilder();
        for (var i = 0; i < integer.Length; i++)
        {
            if (i > 0 && (integer.Length - i) % 3 == 0)
            {
                grouped.Append(thousands);
            }

            grouped.Append(integer[i]);
        }

        return sign + grouped + fraction;
    }

    private static string ConvertCell(string column, string cell, char thousands)
    {
        var text = cell.Trim();
        if (text.Length == 0)
        {
            return cell;
        }

        if (DateColumns.Contains(column))
        {
            return FrenchDate.Format(LocalDatePattern.Iso.Parse(text).Value);
        }

        if (string.Equals(column, ContractColumns.Month, StringComparison.OrdinalIgnoreCase))
        {
            return FrenchMonth.Format(IsoMonth.Parse(text).Value);
        }

        if (NumberColumns.Contains(column))
        {
            return FrenchNumber(text, thousands);
        }

        if (string.Equals(column, ContractColumns.ExitCategory, StringComparison.OrdinalIgnoreCase))
        {
            var label = ExitCategory.Parse(text).FrenchLabel;
            return char.ToUpperInvariant(label[0]) + label.Substring(1);
        }

        return cell;
    }

    private static void WriteRow(StringBuilder builder, IReadOnlyList<string> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(';');
            }

            var cell = cells[i];
            if (cell.AsSpan().IndexOfAny(";\"\r\n") >= 0)
            {
                builder.Append('"').Append(cell.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
            else
            {
                builder.Append(cell);
            }
        }

        builder.Append("\r\n");
    }

    private static byte[] Concat(byte[] a, byte[] b)
    {
        var all = new byte[a.Length + b.Length];
        a.CopyTo(all, 0);
        b.CopyTo(all, a.Length);
        return all;
    }
}
