using NodaTime;

namespace Cae.IO.Endi;

/// <summary>
/// Reads the header of a month column of an enDI export: <c>CA &lt;month&gt; &lt;year&gt;</c>, as in
/// <c>CA janv. 19</c>, <c>CA Février 2019</c> or <c>CA Sep 19</c>.
/// </summary>
/// <remarks>
/// The month is a French or English name or abbreviation, case and accents free, with or without a final dot:
/// the full name, or its first three letters or more when they belong to that month only (<c>juil</c>, <c>sept</c>,
/// <c>déc</c>; <c>jui</c> could be June or July and is refused). The year has 4 digits or 2; a 2-digit year is in
/// 2000-2099, as enDI writes the last two digits of the year.
/// </remarks>
internal static class EndiMonthHeader
{
    private static readonly string[][] Names =
    {
        new[] { "janvier", "january" },
        new[] { "fevrier", "february" },
        new[] { "mars", "march" },
        new[] { "avril", "april" },
        new[] { "mai", "may" },
        new[] { "juin", "june" },
        new[] { "juillet", "july" },
        new[] { "aout", "august" },
        new[] { "septembre", "september" },
        new[] { "octobre", "october" },
        new[] { "novembre", "november" },
        new[] { "decembre", "december" },
    };

    /// <summary>Whether a header starts like a month column (<c>CA</c> and two more words), for messages.</summary>
    /// <param name="header">The header as written.</param>
    public static bool LooksLikeMonth(string header)
    {
        var parts = EndiText.Fold(header).Split(' ');
        return parts.Length == 3 && parts[0] == "ca";
    }

    /// <summary>Tries to read a month column's header.</summary>
    /// <param name="header">The header as written.</param>
    /// <param name="month">The month of the column.</param>
    /// <returns>Whether the header names a month.</returns>
    public static bool TryParse(string header, out YearMonth month)
    {
        month = default;
        var parts = EndiText.Fold(header).Split(' ');
        if (parts.Length != 3 || parts[0] != "ca")
        {
            return false;
        }

        var number = MonthNumber(parts[1].TrimEnd('.'));
        var year = Year(parts[2]);
        if (number == 0 || year == 0)
        {
            return false;
        }

        month = new YearMonth(year, number);
        return true;
    }

    private static int MonthNumber(string name)
    {
        if (name.Length == 0)
        {
            return 0;
        }

        var found = 0;
        for (var m = 0; m < Names.Length; m++)
        {
            foreach (var full in Names[m])
            {
                var matches = name == full || (name.Length >= 3 && full.StartsWith(name, System.StringComparison.Ordinal));
                if (!matches)
                {
                    continue;
                }

                if (found != 0 && found != m + 1)
                {
                    return 0; // a prefix of two months' names
                }

                found = m + 1;
            }
        }

        return found;
    }

    private static int Year(string text)
    {
        if ((text.Length != 2 && text.Length != 4) || !IsDigits(text))
        {
            return 0;
        }

        var value = int.Parse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture);
        if (text.Length == 2)
        {
            return 2000 + value;
        }

        return value >= 1900 && value <= 2100 ? value : 0;
    }

    private static bool IsDigits(string text)
    {
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
