using System.Globalization;
using Cae.Cli.Infrastructure;
using Cae.Domain.Errors;
using Cae.IO;
using Cae.Domain.Policy;
using Cae.Domain.Values;
using NodaTime;
using NodaTime.Extensions;
using NodaTime.Text;
using NodaTime.TimeZones;

namespace Cae.Cli.Commands;

/// <summary>
/// Reads the values of the one-person calculators' options (<c>cae path</c>, <c>cae pay</c>): dates, months,
/// amounts, counts, the output format and the policy file. A bad value is a usage error naming the option.
/// </summary>
internal static class CalculatorArguments
{
    /// <summary>The output formats of the calculators.</summary>
    internal enum Format
    {
        /// <summary>JSON (the default).</summary>
        Json = 0,

        /// <summary>Markdown, for people.</summary>
        Markdown = 1,
    }

    /// <summary>Reads a date written <c>yyyy-MM-dd</c>.</summary>
    /// <param name="option">The option's name, for the message.</param>
    /// <param name="text">The text.</param>
    /// <exception cref="UsageException">The text is not such a date, or the date is outside 1900-01-01 … 2100-12-31.</exception>
    public static LocalDate Date(string option, string text)
    {
        var result = LocalDatePattern.Iso.Parse(text.Trim());
        if (!result.Success)
        {
            throw new UsageException($"cae: {option}: '{Quote(text)}' is not a date (yyyy-MM-dd)");
        }

        return result.Value.Year is >= 1900 and <= 2100
            ? result.Value
            : throw new UsageException($"cae: {option}: {text.Trim()} is outside the dates the tool handles, 1900-01-01..2100-12-31");
    }

    /// <summary>Reads an optional date; <c>null</c> stays <c>null</c>.</summary>
    /// <param name="option">The option's name.</param>
    /// <param name="text">The text, or <c>null</c>.</param>
    public static LocalDate? OptionalDate(string option, string? text) => text is null ? null : Date(option, text);

    /// <summary>Reads a month written <c>yyyy-MM</c>.</summary>
    /// <param name="option">The option's name.</param>
    /// <param name="text">The text.</param>
    /// <exception cref="UsageException">The text is not such a month, or the month is outside 1900-01 … 2100-12.</exception>
    public static YearMonth Month(string option, string text)
    {
        var result = YearMonthPattern.Iso.Parse(text.Trim());
        if (!result.Success)
        {
            throw new UsageException($"cae: {option}: '{Quote(text)}' is not a month (yyyy-MM)");
        }

        return result.Value.Year is >= 1900 and <= 2100
            ? result.Value
            : throw new UsageException($"cae: {option}: {text.Trim()} is outside the months the tool handles, 1900-01..2100-12");
    }

    /// <summary>
    /// Reads an amount in euros exact to the cent: <c>.</c> decimals (a <c>,</c> is accepted too), an optional
    /// sign, spaces as thousands separators; <c>null</c> gives zero.
    /// </summary>
    /// <param name="option">The option's name.</param>
    /// <param name="text">The text, or <c>null</c>.</param>
    /// <exception cref="UsageException">The text is not an amount, or has more than two decimals.</exception>
    public static Money Amount(string option, string? text)
    {
        if (text is null)
        {
            return Money.Zero;
        }

        var cleaned = text.Trim().Replace(" ", string.Empty).Replace("\u00A0", string.Empty).Replace("\u202F", string.Empty);
        if (cleaned.IndexOf(',') >= 0 && cleaned.IndexOf('.') < 0)
        {
            cleaned = cleaned.Replace(',', '.');
        }

        if (!decimal.TryParse(cleaned, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var euros))
        {
            throw new UsageException($"cae: {option}: '{Quote(text)}' is not an amount (e.g. 1234.56)");
        }

        try
        {
            var amount = Money.FromEuros(euros);
            return amount <= Rules.Data.CaeDatasetBuilder.AmountLimit && amount >= -Rules.Data.CaeDatasetBuilder.AmountLimit
                ? amount
                : throw new UsageException($"cae: {option}: '{Quote(text)}' is too large (at most 10^12 € in absolute value)");
        }
        catch (DomainRuleException)
        {
            throw new UsageException($"cae: {option}: '{Quote(text)}' is not an amount exact to the cent (two decimals at most)");
        }
    }

    /// <summary>Reads a whole number, zero or more; <c>null</c> gives zero.</summary>
    /// <param name="option">The option's name.</param>
    /// <param name="text">The text, or <c>null</c>.</param>
    /// <exception cref="UsageException">The text is not a whole number, or is negative.</exception>
    public static int Count(string option, string? text)
    {
        if (text is null)
        {
            return 0;
        }

        return int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw new UsageException($"cae: {option}: '{Quote(text)}' is not a whole number, zero or more");
    }

    /// <summary>A user's text quoted in a message: at most 80 characters, then an ellipsis.</summary>
    private static string Quote(string text) => text.Length <= 80 ? text : text.Substring(0, 80) + "…";

    /// <summary>Reads the output format: <c>json</c> (the default) or <c>md</c>.</summary>
    /// <param name="text">The text, or <c>null</c>.</param>
    /// <exception cref="UsageException">Another format.</exception>
    public static Format OutputFormat(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        null or "json" => Format.Json,
        "md" or "markdown" => Format.Markdown,
        _ => throw new UsageException($"cae: --format: '{text}' is not one of json, md"),
    };

    /// <summary>The policy of <c>--policy F</c>, or the network default without it.</summary>
    /// <param name="path">The file, or <c>null</c>.</param>
    /// <exception cref="UsageException">The file is unreadable or invalid.</exception>
    public static CaePolicy Policy(string? path) => path is null ? CaePolicy.Default : PolicyJson.Read(path);

    /// <summary>Today in the machine's time zone (UTC when the zone is unknown).</summary>
    public static LocalDate Today()
    {
        DateTimeZone zone;
        try
        {
            zone = DateTimeZoneProviders.Tzdb.GetSystemDefault();
        }
        catch (DateTimeZoneNotFoundException)
        {
            zone = DateTimeZone.Utc;
        }

        return SystemClock.Instance.InZone(zone).GetCurrentDate();
    }
}
