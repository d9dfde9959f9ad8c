using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Cae.Cli.Infrastructure;

namespace Cae.Cli.Commands;

/// <summary>The <c>--entries</c> and <c>--exits</c> targets of <c>cae forecast</c>: <c>NAME=N,NAME=N</c>, names matched to the data's establishments.</summary>
internal static class ForecastTargets
{
    /// <summary>Parses <c>NAME=N,NAME=N</c> into targets, matching names to the data's establishments (case and accents free).</summary>
    /// <param name="option">The option's name, for messages.</param>
    /// <param name="text">The option's value, or <c>null</c>.</param>
    /// <param name="establishments">The data's establishments.</param>
    /// <exception cref="UsageException">The text does not parse, or names an unknown establishment.</exception>
    public static IReadOnlyDictionary<string, int> Parse(string option, string? text, IReadOnlyList<string> establishments)
    {
        var targets = new Dictionary<string, int>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(text))
        {
            return targets;
        }

        foreach (var item in text!.Split(','))
        {
            var equals = item.LastIndexOf('=');
            if (equals <= 0 || !int.TryParse(item.Substring(equals + 1).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                throw new UsageException($"cae: {option}: '{item.Trim()}' is not NAME=N with N a whole number ≥ 0.");
            }

            var name = item.Substring(0, equals).Trim();
            var match = establishments.FirstOrDefault(e => Fold(e) == Fold(name))
                ?? throw new UsageException($"cae: {option}: no establishment '{name}' in the data (known: {string.Join(", ", establishments)}).");
            if (!targets.TryAdd(match, n))
            {
                throw new UsageException($"cae: {option}: '{match}' is given twice.");
            }
        }

        return targets;
    }

    private static string Fold(string text)
    {
        var decomposed = text.Trim().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }
}
