using Cae.Rules.Indicators;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Cae.IO.Reports.Xlsx;

/// <summary>
/// The workbook's one stylesheet and the index of each cell style in it: counts as whole numbers, amounts in
/// euros with cents, rates and shares as percentages with one decimal, averages and hours with two decimals,
/// years without separator; titles, headings and total rows in bold.
/// </summary>
internal static class XlsxStyles
{
    /// <summary>Plain text.</summary>
    public const uint Text = 0;

    /// <summary>The sheet's title: bold, larger.</summary>
    public const uint Title = 1;

    /// <summary>A column heading: bold, wrapped.</summary>
    public const uint Heading = 2;

    /// <summary>The label of a total row: bold.</summary>
    public const uint TotalText = 3;

    /// <summary>The heading of a column of numbers: bold, wrapped, on the right like the numbers.</summary>
    public const uint NumberHeading = 4;

    private const uint FirstNumber = 5;

    // Custom number formats start at 164 (0–163 are Excel's built-in ones).
    private const uint EuroFormat = 164;
    private const uint PercentFormat = 165;
    private const uint TwoDecimalsFormat = 166;
    private const uint WholeFormat = 3; // built-in #,##0
    private const uint YearFormat = 1; // built-in 0

    private static readonly uint[] NumberFormats = { WholeFormat, EuroFormat, PercentFormat, TwoDecimalsFormat, YearFormat };

    /// <summary>The style of a number of this kind, bold in a total row.</summary>
    /// <param name="kind">The number's kind.</param>
    /// <param name="total">Whether the row is a total.</param>
    public static uint For(ReportValueKind kind, bool total)
    {
        var format = kind switch
        {
            ReportValueKind.Count => 0u,
            ReportValueKind.Amount => 1u,
            ReportValueKind.Rate => 2u,
            ReportValueKind.Year => 4u,
            _ => 3u,
        };
        return FirstNumber + (format * 2) + (total ? 1u : 0u);
    }

    /// <summary>The stylesheet.</summary>
    public static Stylesheet Create()
    {
        var formats = new CellFormats(
            new CellFormat { FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            new CellFormat { FontId = 2, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { FontId = 1, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true, ApplyAlignment = true },
            new CellFormat { FontId = 1, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top, Horizontal = HorizontalAlignmentValues.Right }) { FontId = 1, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true, ApplyAlignment = true });
        foreach (var numberFormat in NumberFormats)
        {
            foreach (var font in new uint[] { 0, 1 })
            {
                formats.Append(new CellFormat { NumberFormatId = numberFormat, FontId = font, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true, ApplyFont = font != 0 });
            }
        }

        formats.Count = (uint)formats.ChildElements.Count;
        return new Stylesheet(
            new NumberingFormats(
                new NumberingFormat { NumberFormatId = EuroFormat, FormatCode = "#,##0.00\\ \"€\"" },
                new NumberingFormat { NumberFormatId = PercentFormat, FormatCode = "0.0%" },
                new NumberingFormat { NumberFormatId = TwoDecimalsFormat, FormatCode = "#,##0.00" }) { Count = 3 },
            new Fonts(Font(false, 11), Font(true, 11), Font(true, 14)) { Count = 3 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            formats,
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
    }

    private static Font Font(bool bold, double size)
    {
        var font = new Font();
        if (bold)
        {
            font.Append(new Bold());
        }

        font.Append(new FontSize { Val = size });
        font.Append(new FontName { Val = "Calibri" });
        font.Append(new FontFamilyNumbering { Val = 2 });
        return font;
    }
}
