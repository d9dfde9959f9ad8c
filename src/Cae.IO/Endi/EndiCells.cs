using System;
using Cae.Domain.Errors;
using Cae.Domain.Values;
using Cae.IO.Csv;
using NodaTime;

namespace Cae.IO.Endi;

/// <summary>
/// Parses the cells of an enDI export: dates as enDI writes them (<c>%e/%m/%Y</c>: <c> 5/03/2015</c>, also
/// <c>5/3/2015</c> and <c>05/03/2015</c>) and French amounts (<c>1 234,56</c>, thousands grouped by a space,
/// U+00A0 or U+202F, with or without a trailing <c>€</c>).
/// </summary>
/// <remarks>
/// Both are brought to the data contract's form and parsed by the contract's own parsers
/// (<see cref="ContractDates"/>, <see cref="DialectNumber"/> in the <c>;</c> dialect), so the rules stay in one place.
/// </remarks>
internal static class EndiCells
{
    /// <summary>How a date is written, for messages.</summary>
    public const string DateFormat = "d/MM/yyyy, as enDI writes it (' 5/03/2019')";

    private static readonly LocalDate FirstDate = new(1900, 1, 1);
    private static readonly LocalDate LastDate = new(2100, 12, 31);
    private static readonly decimal MaxAmount = 1_000_000_000_000m;

    /// <summary>Tries to parse a date cell.</summary>
    /// <param name="text">The cell, trimmed.</param>
    /// <param name="date">The date.</param>
    /// <returns>Whether the cell is a date of 1900-2100.</returns>
    public static bool TryParseDate(string text, out LocalDate date)
    {
        var parts = text.Split('/');
        var contract = parts.Length == 3 && IsDigits(parts[0], 1, 2) && IsDigits(parts[1], 1, 2) && IsDigits(parts[2], 4, 4)
            ? parts[0].PadLeft(2, '0') + "/" + parts[1].PadLeft(2, '0') + "/" + parts[2]
            : text;
        return ContractDates.TryParseDate(contract, out date) && date >= FirstDate && date <= LastDate;
    }

    /// <summary>Tries to parse an amount cell, exact to the cent.</summary>
    /// <param name="text">The cell, trimmed.</param>
    /// <param name="amount">The amount.</param>
    /// <param name="reason">Why the cell is not an amount, when it is not.</param>
    public static bool TryParseAmount(string text, out Money amount, out string? reason)
    {
        amount = Money.Zero;
        reason = null;
        var number = text;
        if (number.EndsWith("€", StringComparison.Ordinal))
        {
            number = number.Substring(0, number.Length - 1).TrimEnd(' ', '\u00A0', '\u202F');
        }

        if (!DialectNumber.TryParse(number.AsSpan(), CsvDialect.Semicolon, out var value))
        {
            reason = $"'{text}' is not an amount (enDI writes amounts like 1 234,56)";
            return false;
        }

        if (decimal.Round(value, 2) != value)
        {
            reason = $"'{text}' is not a valid amount: more than two decimals (amounts are exact to the cent)";
            return false;
        }

        if (Math.Abs(value) > MaxAmount)
        {
            reason = $"'{text}' is not a valid amount: more than 10^12 €";
            return false;
        }

        try
        {
            amount = Money.FromEuros(value);
            return true;
        }
        catch (DomainRuleException)
        {
            reason = $"'{text}' is not a valid amount: too large";
            return false;
        }
    }

    private static bool IsDigits(string text, int min, int max)
    {
        if (text.Length < min || text.Length > max)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c < '0' || c > '9')
            {
                return false;
            }
        }

        return true;
    }
}
