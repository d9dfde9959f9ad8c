using System.Text.RegularExpressions;

namespace Cae.Cli.Infrastructure;

/// <summary>The command-line parser's messages in the user's words: no .NET type names.</summary>
internal static class ParseErrors
{
    private static readonly Regex CannotParse = new(
        "^Cannot parse argument '(?<value>.*)' for (?:option|command) '(?<option>[^']*)' as expected type '(?<type>[^']*)'\\.?$",
        RegexOptions.CultureInvariant | RegexOptions.Singleline,
        System.TimeSpan.FromSeconds(1));

    /// <summary>The message, with a type name replaced by what the option expects.</summary>
    /// <param name="message">The parser's message.</param>
    public static string InUserWords(string message)
    {
        var match = CannotParse.Match(message);
        if (!match.Success)
        {
            return message;
        }

        var type = match.Groups["type"].Value;
        var expected = type.Contains("Int32") || type.Contains("Int64")
            ? "a whole number"
            : type.Contains("Decimal") || type.Contains("Double")
                ? "a number"
                : "a valid value";
        return $"{match.Groups["option"].Value}: '{match.Groups["value"].Value}' is not {expected}";
    }
}
