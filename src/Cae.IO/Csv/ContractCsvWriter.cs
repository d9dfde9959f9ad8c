using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using Cae.Domain.Activity;
using Cae.Domain.Paths;
using NodaTime;

namespace Cae.IO.Csv;

/// <summary>
/// Writes paths and activity rows as the data contract's <c>paths.csv</c> and <c>activity.csv</c> (§1), in the
/// plain dialect: <c>,</c> delimiter, <c>.</c> decimals, UTF-8 without byte order mark, LF line ends, dates
/// <c>yyyy-MM-dd</c>, months <c>yyyy-MM</c>, amounts and hours with two decimals, every column of §1 in its order.
/// </summary>
/// <remarks>
/// A cell holding the delimiter, a quote or a line break is quoted (RFC 4180). What is written loads back through
/// <see cref="ContractCsv"/> to the same rows.
/// </remarks>
public static class ContractCsvWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes <c>paths.csv</c>.</summary>
    /// <param name="paths">The paths, written in this order.</param>
    /// <param name="output">The stream written to (left open).</param>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    public static void WritePaths(IEnumerable<PathRecord> paths, Stream output)
    {
        Guard.NotNull(paths, nameof(paths));
        Guard.NotNull(output, nameof(output));
        using var w = new StreamWriter(output, Utf8, 1 << 16, leaveOpen: true) { NewLine = "\n" };
        w.Write(string.Join(",", ContractColumns.Paths));
        w.Write('\n');
        foreach (var p in paths)
        {
            var t = p.Typology;
            var gender = t.Gender == Gender.Female ? "F" : t.Gender == Gender.Male ? "M" : null;
            Row(w, p.EntrepreneurId, p.Establishment.Name, p.Structure.Name, Day(p.EntryDate), Day(p.CesaDate), Day(p.AssociateApplicationDate),
                Day(p.AssociateDate), Day(p.ExitDate), p.ExitCategory?.Code, gender, Day(t.BirthDate), t.ResidenceArea, t.Qualification,
                t.StatusAtEntry, t.IncomeAtEntry, t.Prescriber);
        }
    }

    /// <summary>Writes <c>activity.csv</c>; a row without a recorded contribution leaves the cell empty.</summary>
    /// <param name="activity">The rows, written in this order.</param>
    /// <param name="output">The stream written to (left open).</param>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    public static void WriteActivity(IEnumerable<MonthlyActivity> activity, Stream output)
    {
        Guard.NotNull(activity, nameof(activity));
        Guard.NotNull(output, nameof(output));
        using var w = new StreamWriter(output, Utf8, 1 << 16, leaveOpen: true) { NewLine = "\n" };
        w.Write(string.Join(",", ContractColumns.Activity));
        w.Write('\n');
        foreach (var a in activity)
        {
            Row(w, a.EntrepreneurId, a.Month.ToString("yyyy'-'MM", CultureInfo.InvariantCulture), a.Structure.Name, a.Establishment?.Name,
                a.Turnover.ToString(), a.Purchases.ToString(), a.Contribution?.ToString(),
                (a.SalaryHours.Hundredths / 100m).ToString("0.00", CultureInfo.InvariantCulture));
        }
    }

    private static string? Day(LocalDate? date) => date?.ToString("yyyy'-'MM'-'dd", CultureInfo.InvariantCulture);

    private static void Row(TextWriter w, params string?[] cells)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                w.Write(',');
            }

            var cell = cells[i];
            if (cell is null)
            {
                continue;
            }

            if (cell.IndexOfAny(new[] { ',', '"', '\r', '\n' }) >= 0)
            {
                w.Write('"');
                w.Write(cell.Replace("\"", "\"\""));
                w.Write('"');
            }
            else
            {
                w.Write(cell);
            }
        }

        w.Write('\n');
    }
}
