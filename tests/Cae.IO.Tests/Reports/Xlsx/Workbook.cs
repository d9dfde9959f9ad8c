using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Cae.IO.Tests.Reports.Xlsx;

/// <summary>A workbook read back with DocumentFormat.OpenXml: its sheets' names, cells and formats.</summary>
internal sealed class Workbook
{
    private Workbook(List<WorkbookSheet> sheets) => Sheets = sheets;

    public IReadOnlyList<WorkbookSheet> Sheets { get; }

    public static Workbook Read(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        using var document = SpreadsheetDocument.Open(stream, false);
        var part = document.WorkbookPart!;
        var styles = part.WorkbookStylesPart!.Stylesheet!;
        var formats = styles.CellFormats!.Elements<CellFormat>().ToList();
        var codes = styles.NumberingFormats?.Elements<NumberingFormat>().ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode!.Value!) ?? new Dictionary<uint, string>();
        var sheets = new List<WorkbookSheet>();
        foreach (var sheet in part.Workbook!.Sheets!.Elements<Sheet>())
        {
            var worksheet = ((WorksheetPart)part.GetPartById(sheet.Id!.Value!)).Worksheet!;
            var cells = new Dictionary<string, WorkbookCell>(StringComparer.Ordinal);
            foreach (var cell in worksheet.Descendants<Cell>())
            {
                var format = formats[(int)(cell.StyleIndex?.Value ?? 0)];
                var id = format.NumberFormatId?.Value ?? 0;
                var code = codes.TryGetValue(id, out var c) ? c : id switch { 0 => "General", 1 => "0", 3 => "#,##0", _ => "builtin " + id.ToString(CultureInfo.InvariantCulture) };
                var text = cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText : null;
                var number = text is null && cell.CellValue is { } v ? decimal.Parse(v.Text, NumberStyles.Float, CultureInfo.InvariantCulture) : (decimal?)null;
                cells[cell.CellReference!.Value!] = new WorkbookCell(text, number, code, format.FontId?.Value ?? 0);
            }

            var pane = worksheet.Descendants<Pane>().SingleOrDefault();
            var widths = worksheet.Descendants<Column>().ToDictionary(col => (int)col.Min!.Value, col => col.Width!.Value);
            sheets.Add(new WorkbookSheet(sheet.Name!.Value!, cells, pane?.State?.Value == PaneStateValues.Frozen ? pane.TopLeftCell?.Value : null, widths));
        }

        return new Workbook(sheets);
    }
}

/// <summary>A sheet: its cells by reference (<c>B3</c>), the top left cell of its frozen pane, its column widths by column number.</summary>
internal sealed record WorkbookSheet(string Name, IReadOnlyDictionary<string, WorkbookCell> Cells, string? FrozenAt, IReadOnlyDictionary<int, double> Widths)
{
    public WorkbookCell? this[int column, int row] => Cells.TryGetValue(Reference(column, row), out var cell) ? cell : null;

    public int RowCount => Cells.Keys.Select(k => int.Parse(new string(k.SkipWhile(char.IsLetter).ToArray()), CultureInfo.InvariantCulture)).Max();

    public static string Reference(int column, int row)
    {
        var letters = string.Empty;
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters + row.ToString(CultureInfo.InvariantCulture);
    }
}

/// <summary>A cell: its text or number, its number format code and font.</summary>
internal sealed record WorkbookCell(string? Text, decimal? Number, string Format, uint Font);
