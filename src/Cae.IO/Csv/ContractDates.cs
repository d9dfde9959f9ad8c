using System;
using NodaTime;

namespace Cae.IO.Csv;

/// <summary>
/// Parses the dates and months of the data contract (§1 and §1'): dates <c>yyyy-MM-dd</c>, <c>dd/MM/yyyy</c> or
/// <c>d/M/yyyy</c>, months <c>yyyy-MM</c>, <c>MM/yyyy</c> or <c>M/yyyy</c>. A day padded with a space (<c> 5/03/2015</c>,
/// what the network's management software writes) is trimmed with the cell. Parsing is culture-invariant and
/// works on the bytes or characters alike (ASCII digits only).
/// </summary>
internal static class ContractDates
{
    /// <summary>How a date is written, for messages.</summary>
    public const string DateFormats = "yyyy-MM-dd or dd/MM/yyyy";

    /// <summary>How a month is written, for messages.</summary>
    public const string MonthFormats = "yyyy-MM or MM/yyyy";

    /// <summary>Tries to parse a date.</summary>
    /// <param name="text">The trimmed cell.</param>
    /// <param name="date">The date.</param>
    public static bool TryParseDate(string text, out LocalDate date)
    {
        date = default;
        if (!TryParseDate(text.AsSpan(), out var year, out var month, out var day)
            || month < 1 || month > 12 || day < 1 || day > DaysInMonth(year, month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    /// <summary>Tries to parse a month.</summary>
    /// <param name="text">The trimmed cell.</param>
    /// <param name="month">The month.</param>
    public static bool TryParseMonth(string text, out YearMonth month)
    {
        month = default;
        if (!TryParseMonth(text.AsSpan(), out var year, out var m))
        {
            return false;
        }

        month = new YearMonth(year, m);
        return true;
    }

    /// <summary>Tries to parse a date from ASCII bytes (the same forms as the text).</summary>
    /// <param name="text">The trimmed cell.</param>
    /// <param name="date">The date.</param>
    public static bool TryParseDate(ReadOnlySpan<byte> text, out LocalDate date)
    {
        date = default;
        int year, month, day;
        if (text.Length == 10 && text[4] == '-' && text[7] == '-')
        {
            if (!YearDashMonth(text, out year, out month) || !TwoDigits(text, 8, out day))
            {
                return false;
            }
        }
        else
        {
            var first = text.IndexOf((byte)'/');
            if (first != 1 && first != 2)
            {
                return false;
            }

            var second = text.Slice(first + 1).IndexOf((byte)'/');
            if (second != 1 && second != 2)
            {
                return false;
            }

            second += first + 1;
            if (text.Length != second + 5
                || !Digits(text, 0, first, out day) || !Digits(text, first + 1, second - first - 1, out month) || !Digits(text, second + 1, 4, out year))
            {
                return false;
            }
        }

        if (year < 1 || month < 1 || month > 12 || day < 1 || day > DaysInMonth(year, month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    /// <summary>Parses a month from ASCII bytes: <c>yyyy-MM</c>, <c>MM/yyyy</c> or <c>M/yyyy</c>; year 1..9999, month 1..12.</summary>
    /// <param name="text">The trimmed cell.</param>
    /// <param name="year">The year.</param>
    /// <param name="month">The month.</param>
    public static bool TryParseMonth(ReadOnlySpan<byte> text, out int year, out int month)
    {
        year = month = 0;
        if (text.Length == 7 && text[4] == '-')
        {
            return YearDashMonth(text, out year, out month) && Valid(year, month);
        }

        var slash = text.IndexOf((byte)'/');
        return (slash == 1 || slash == 2) && text.Length == slash + 5
            && Digits(text, 0, slash, out month) && Digits(text, slash + 1, 4, out year) && Valid(year, month);
    }

    private static bool TryParseMonth(ReadOnlySpan<char> text, out int year, out int month)
    {
        year = month = 0;
        if (text.Length == 7 && text[4] == '-')
        {
            return Digits(text, 0, 4, out year) && Digits(text, 5, 2, out month) && Valid(year, month);
        }

        var slash = text.IndexOf('/');
        return (slash == 1 || slash == 2) && text.Length == slash + 5
            && Digits(text, 0, slash, out month) && Digits(text, slash + 1, 4, out year) && Valid(year, month);
    }

    private static bool TryParseDate(ReadOnlySpan<char> text, out int year, out int month, out int day)
    {
        year = month = day = 0;
        if (text.Length == 10 && text[4] == '-' && text[7] == '-')
        {
            return Digits(text, 0, 4, out year) && Digits(text, 5, 2, out month) && Digits(text, 8, 2, out day) && year >= 1;
        }

        var first = text.IndexOf('/');
        if (first != 1 && first != 2)
        {
            return false;
        }

        var second = text.Slice(first + 1).IndexOf('/');
        if (second != 1 && second != 2)
        {
            return false;
        }

        second += first + 1;
        return text.Length == second + 5
            && Digits(text, 0, first, out day) && Digits(text, first + 1, second - first - 1, out month) && Digits(text, second + 1, 4, out year) && year >= 1;
    }

    /// <summary>The days of a month of the ISO calendar (Gregorian, proleptic), as <see cref="CalendarSystem.GetDaysInMonth"/> gives them.</summary>
    /// <param name="year">The year, 1..9999.</param>
    /// <param name="month">The month, 1..12.</param>
    internal static int DaysInMonth(int year, int month) =>
        month == 2 ? (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28)
        : month is 4 or 6 or 9 or 11 ? 30
        : 31;

    /// <summary>
    /// The usual <c>yyyy-MM</c> start of a month or date, digit by digit: the same as <see cref="Digits(ReadOnlySpan{byte}, int, int, out int)"/>
    /// over 0..3 and 5..6, without a loop (a byte below '0' wraps above 9). The caller has checked the length and the dash.
    /// </summary>
    private static bool YearDashMonth(ReadOnlySpan<byte> text, out int year, out int month)
    {
        unchecked
        {
            uint y1 = (uint)(text[0] - '0'), y2 = (uint)(text[1] - '0'), y3 = (uint)(text[2] - '0'), y4 = (uint)(text[3] - '0');
            if (y1 > 9 || y2 > 9 || y3 > 9 || y4 > 9 || !TwoDigits(text, 5, out month))
            {
                year = month = 0;
                return false;
            }

            year = (int)((y1 * 1000) + (y2 * 100) + (y3 * 10) + y4);
            return true;
        }
    }

    /// <summary>Two digits at <paramref name="start"/>, as <see cref="Digits(ReadOnlySpan{byte}, int, int, out int)"/> over them; 0 when they are not.</summary>
    private static bool TwoDigits(ReadOnlySpan<byte> text, int start, out int value)
    {
        unchecked
        {
            uint tens = (uint)(text[start] - '0'), units = (uint)(text[start + 1] - '0');
            if (tens > 9 || units > 9)
            {
                value = 0;
                return false;
            }

            value = (int)((tens * 10) + units);
            return true;
        }
    }

    private static bool Valid(int year, int month) => year >= 1 && month >= 1 && month <= 12;

    private static bool Digits(ReadOnlySpan<byte> text, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            var d = text[i] - '0';
            if (d < 0 || d > 9)
            {
                return false;
            }

            value = (value * 10) + d;
        }

        return true;
    }

    private static bool Digits(ReadOnlySpan<char> text, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            var d = text[i] - '0';
            if (d < 0 || d > 9)
            {
                return false;
            }

            value = (value * 10) + d;
        }

        return true;
    }
}
