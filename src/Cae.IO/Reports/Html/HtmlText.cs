using System.Text;

namespace Cae.IO.Reports.Html;

/// <summary>
/// Escapes text for HTML and SVG, in element content and in quoted attribute values alike.
/// </summary>
/// <remarks>
/// Every label that comes from the data (a structure, an establishment, a typology value, a rejected row)
/// goes through <see cref="Escape"/>, so that <c>&lt;script&gt;</c> in a structure's name stays text.
/// Control characters that XML forbids are replaced by U+FFFD, so the page also parses as XHTML.
/// </remarks>
internal static class HtmlText
{
    /// <summary>The text with <c>&amp; &lt; &gt; " '</c> escaped and forbidden control characters replaced.</summary>
    /// <param name="text">Any text.</param>
    public static string Escape(string text)
    {
        StringBuilder? escaped = null;
        for (var i = 0; i < text.Length; i++)
        {
            var replacement = Replacement(text[i]);
            if (replacement is null)
            {
                escaped?.Append(text[i]);
                continue;
            }

            escaped ??= new StringBuilder(text, 0, i, text.Length + 16);
            escaped.Append(replacement);
        }

        return escaped?.ToString() ?? text;
    }

    /// <summary>Appends the escaped text.</summary>
    /// <param name="builder">Where to append.</param>
    /// <param name="text">Any text.</param>
    public static StringBuilder AppendEscaped(this StringBuilder builder, string text) => builder.Append(Escape(text));

    private static string? Replacement(char c) => c switch
    {
        '&' => "&amp;",
        '<' => "&lt;",
        '>' => "&gt;",
        '"' => "&quot;",
        '\'' => "&#39;",
        '\t' or '\n' or '\r' => null,
        < ' ' or '\uFFFE' or '\uFFFF' => "\uFFFD",
        _ => null,
    };
}
