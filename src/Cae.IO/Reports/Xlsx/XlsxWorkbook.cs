using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Cae.IO.Reports.Tables;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Cae.IO.Reports.Xlsx;

/// <summary>
/// Writes worksheets into an Office Open XML workbook: the title on row 1, the headings on row 2 (both
/// frozen, with the label column), numbers as numbers with their formats, columns as wide as their texts.
/// </summary>
/// <remarks>
/// The same sheets give the same bytes: the parts and relationships have fixed names and identities, the
/// workbook has no document properties (no creation time), and the zip is written again with every entry
/// dated 1980-01-01 (see <see cref="DeterministicZip"/>).
/// </remarks>
internal static class XlsxWorkbook
{
    private const double MinWidth = 8;
    private const double MaxWidth = 70;

    /// <summary>Writes the workbook.</summary>
    /// <param name="sheets">The sheets, in order.</param>
    /// <param name="output">Where to write (a stream that can be written; it stays open).</param>
    public static void Write(IReadOnlyList<XlsxSheet> sheets, Stream output)
    {
        using var package = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(package, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddNewPart<WorkbookPart>("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "rId1");
            var styles = workbookPart.AddNewPart<WorkbookStylesPart>("rId1");
            styles.Stylesheet = XlsxStyles.Create();
            var names = SheetNames(sheets);
            var sheetList = new Sheets();
            for (var i = 0; i < sheets.Count; i++)
            {
                var id = "rId" + (i + 2).ToString(CultureInfo.InvariantCulture);
                var part = workbookPart.AddNewPart<WorksheetPart>(id);
                part.Worksheet = Worksheet(sheets[i]);
                sheetList.Append(new Sheet { Name = names[i], SheetId = (uint)(i + 1), Id = id });
            }

            workbookPart.Workbook = new Workbook(new BookViews(new WorkbookView()), sheetList);
        }

        // The zip is built in memory: written straight to a stream that cannot seek (a pipe), it would get
        // other bytes (sizes after each entry instead of before it).
        package.Position = 0;
        using var zip = new MemoryStream();
        DeterministicZip.Copy(package, zip);
        zip.Position = 0;
        zip.CopyTo(output);
    }

    /// <summary>The bytes a workbook writer writes.</summary>
    /// <param name="write">Writes the workbook into a stream.</param>
    public static byte[] Bytes(Action<Stream> write)
    {
        using var buffer = new MemoryStream();
        write(buffer);
        return buffer.ToArray();
    }

    private static Worksheet Worksheet(XlsxSheet sheet)
    {
        var width = Math.Max(sheet.Columns.Count, sheet.Rows.Count == 0 ? 0 : sheet.Rows.Max(r => r.Cells.Count));
        var data = new SheetData();
        data.Append(new Row(Text(Reference(0, 1), sheet.Title, XlsxStyles.Title)) { RowIndex = 1 });
        data.Append(new Row(sheet.Columns.Select((c, i) => Text(Reference(i, 2), c, i == 0 ? XlsxStyles.Heading : XlsxStyles.NumberHeading))) { RowIndex = 2 });
        for (var r = 0; r < sheet.Rows.Count; r++)
        {
            var (kind, cells) = sheet.Rows[r];
            var rowIndex = (uint)(r + 3);
            var row = new Row { RowIndex = rowIndex };
            for (var c = 0; c < cells.Count; c++)
            {
                if (Cell(Reference(c, rowIndex), cells[c], kind == RowKind.Total) is { } cell)
                {
                    row.Append(cell);
                }
            }

            data.Append(row);
        }

        var columns = new Columns();
        for (var c = 0; c < width; c++)
        {
            var chars = Math.Max(c < sheet.Columns.Count ? Longest(sheet.Columns[c]) : 0, sheet.Rows.Select(r => c < r.Cells.Count ? Length(r.Cells[c]) : 0).DefaultIfEmpty(0).Max());
            var column = (uint)(c + 1);
            columns.Append(new Column { Min = column, Max = column, Width = Math.Min(MaxWidth, Math.Max(MinWidth, Math.Round((chars * 1.1) + 2, 1))), CustomWidth = true });
        }

        var pane = new Pane
        {
            HorizontalSplit = 1D,
            VerticalSplit = 2D,
            TopLeftCell = "B3",
            ActivePane = PaneValues.BottomRight,
            State = PaneStateValues.Frozen,
        };
        var view = new SheetView(pane, new Selection { Pane = PaneValues.BottomRight, ActiveCell = "B3", SequenceOfReferences = new ListValue<StringValue> { InnerText = "B3" } }) { WorkbookViewId = 0 };
        return width == 0
            ? new Worksheet(new SheetViews(view), data)
            : new Worksheet(new SheetViews(view), columns, data);
    }

    private static Cell? Cell(string reference, XlsxCell cell, bool total)
    {
        if (cell.Text is { } text)
        {
            return Text(reference, text, total ? XlsxStyles.TotalText : XlsxStyles.Text);
        }

        if (cell.Number is { Value: { } value } number)
        {
            return new Cell { CellReference = reference, StyleIndex = cell.Plain ? XlsxStyles.Text : XlsxStyles.For(number.Kind, total), CellValue = new CellValue(value.ToString(CultureInfo.InvariantCulture)) };
        }

        return null;
    }

    private static Cell Text(string reference, string text, uint style) => new(new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }))
    {
        CellReference = reference,
        DataType = CellValues.InlineString,
        StyleIndex = style,
    };

    /// <summary>The cell's reference, e.g. <c>A1</c>, <c>AB12</c>.</summary>
    private static string Reference(int column, uint row)
    {
        var letters = string.Empty;
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters + row.ToString(CultureInfo.InvariantCulture);
    }

    private static int Length(XlsxCell cell) => cell.Text is { } text ? text.Length : cell.Number?.Value is { } v ? Math.Abs(v).ToString("#,0.00", CultureInfo.InvariantCulture).Length + 3 : 0;

    /// <summary>The longest word run of a heading that wraps: its length over two lines at most.</summary>
    private static int Longest(string heading) => Math.Max((heading.Length + 1) / 2, heading.Split(' ').Max(w => w.Length));

    /// <summary>Excel's sheet names: at most 31 characters, none of <c>[]:*?/\</c>, unique without regard to case.</summary>
    private static List<string> SheetNames(IReadOnlyList<XlsxSheet> sheets)
    {
        var names = new List<string>();
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var sheet in sheets)
        {
            var clean = new string(sheet.Title.Select(c => "[]:*?/\\".IndexOf(c) >= 0 || char.IsControl(c) ? ' ' : c).ToArray()).Trim().Trim('\'');
            if (clean.Length == 0)
            {
                clean = "Sheet";
            }

            var name = Shorten(clean, 31);
            for (var n = 2; !used.Add(name); n++)
            {
                var suffix = " (" + n.ToString(CultureInfo.InvariantCulture) + ")";
                name = Shorten(clean, 31 - suffix.Length) + suffix;
            }

            names.Add(name);
        }

        return names;
    }

    private static string Shorten(string text, int length) => text.Length <= length ? text : text.Substring(0, length - 1).TrimEnd() + "…";
}
