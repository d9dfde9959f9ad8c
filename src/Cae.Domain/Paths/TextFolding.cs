using System.Text;

namespace Cae.Domain.Paths;

/// <summary>
/// Folds labels for matching: lower case, accents removed, spaces trimmed. The folding is the library's own (a
/// table of the Latin letters with diacritics, and the combining marks U+0300–U+036F dropped), so it gives the
/// same answer with or without ICU (<c>DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1</c>).
/// </summary>
internal static class TextFolding
{
    private const string Accented = "ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖØòóôõöøÙÚÛÜùúûüÝýÿŸ";
    private const string Plain = "aaaaaaaaaaaacceeeeeeeeiiiiiiiinnoooooooooooouuuuuuuuyyyy";

    /// <summary>Folds a label: <c>"Réorientation "</c> becomes <c>"reorientation"</c>.</summary>
    public static string Fold(string text)
    {
        var trimmed = text.Trim();
        var builder = new StringBuilder(trimmed.Length);
        foreach (var c in trimmed)
        {
            if (c >= '\u0300' && c <= '\u036F')
            {
                continue; // a combining mark of a decomposed accent
            }

            var accented = c < '\u00C0' ? -1 : Accented.IndexOf(c);
            if (accented >= 0)
            {
                builder.Append(Plain[accented]);
            }
            else if (c == 'Œ' || c == 'œ')
            {
                builder.Append("oe");
            }
            else if (c == 'Æ' || c == 'æ')
            {
                builder.Append("ae");
            }
            else
            {
                builder.Append(c >= 'A' && c <= 'Z' ? (char)(c + 32) : char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }
}
