using System;
using NodaTime;

namespace Cae.IO.Sessions;

/// <summary>The contract's date range (1900-01-01..2100-12-31), for the dates of sessions.csv and candidates.csv.</summary>
internal static class DateRange
{
    private static readonly LocalDate First = new(1900, 1, 1);
    private static readonly LocalDate Last = new(2100, 12, 31);

    /// <summary>The date, or a rejection in the paths' words when it lies outside the range.</summary>
    public static LocalDate Check(LocalDate date, string column) =>
        date < First || date > Last
            ? throw new Cae.IO.Csv.CellRejection(column, FormattableString.Invariant($"{date.Year:0000}-{date.Month:00}-{date.Day:00} is outside 1900-01-01..2100-12-31"))
            : date;
}
