using NodaTime;
using NodaTime.Text;

using Cae.IO.Json;

namespace Cae.IO.Csv;

/// <summary>
/// Parses the dates and months of the data contract: dates <c>yyyy-MM-dd</c> or <c>dd/MM/yyyy</c>, months
/// <c>yyyy-MM</c> or <c>MM/yyyy</c>, in either dialect. Parsing is culture-invariant; day and month take two digits.
/// </summary>
internal static class ContractDates
{
    private static readonly LocalDatePattern IsoDate = LocalDatePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd");
    private static readonly LocalDatePattern FrenchDate = LocalDatePattern.CreateWithInvariantCulture("dd'/'MM'/'uuuu");
    private static readonly YearMonthPattern IsoMonth = YearMonthPattern.CreateWithInvariantCulture("uuuu'-'MM");
    private static readonly YearMonthPattern FrenchMonth = YearMonthPattern.CreateWithInvariantCulture("MM'/'uuuu");

    /// <summary>How a date is written, for messages.</summary>
    public const string DateFormats = "yyyy-MM-dd or dd/MM/yyyy";

    /// <summary>How a month is written, for messages.</summary>
    public const string MonthFormats = "yyyy-MM or MM/yyyy";

    /// <summary>Tries to parse a date.</summary>
    /// <param name="text">The trimmed cell.</param>
    /// <param name="date">The date.</param>
    public static bool TryParseDate(string text, out LocalDate date)
    {
        var pattern = text.Length == 10 && text[2] == '/' ? FrenchDate : IsoDate;
        var result = pattern.Parse(text);
        date = result.Success ? result.Value : default;
        return result.Success;
    }

    /// <summary>Tries to parse a month.</summary>
    /// <param name="text">The trimmed cell.</param>
    /// <param name="month">The month.</param>
    public static bool TryParseMonth(string text, out YearMonth month)
    {
        var pattern = text.Length == 7 && text[2] == '/' ? FrenchMonth : IsoMonth;
        var result = pattern.Parse(text);
        month = result.Success ? result.Value : default;
        return result.Success;
    }
}
