using System.Text;

namespace Cae.IO.Endi;

/// <summary>
/// Folds the labels and headers of an enDI export for matching: lower case, accents and ligatures removed,
/// typographic apostrophes made straight, runs of white space (no-break spaces included) made one space, trimmed.
/// </summary>
/// <remarks>
/// The folding is done by a table of its own rather than by Unicode normalization, so it gives the same result
/// with or without ICU (<c>DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1</c>). The table covers the Latin letters
/// French and the other languages of Western Europe write with (Latin-1 and Latin Extended-A).
/// </remarks>
internal static class EndiText
{
    private const string Accented = "àáâãäåçèéêëìíîïñòóôõöùúûüýÿāăąćĉċčďđēĕėęěĝğġģĥħĩīĭįıĵķĺļľŀłńņňōŏőŕŗřśŝşšţťŧũūŭůűųŵŷźżž";
    private const string Plain = "aaaaaaceeeeiiiinooooouuuuyyaaaccccddeeeeegggghhiiiiijklllllnnnooorrrsssstttuuuuuuwyzzz";

    /// <summary>Folds a text: <c>" Date d’Entrée "</c> becomes <c>"date d'entree"</c>.</summary>
    /// <param name="text">The text.</param>
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var raw in text)
        {
            if (char.IsWhiteSpace(raw) || raw == '\u00A0' || raw == '\u202F')
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            var c = char.ToLowerInvariant(raw);
            var index = Accented.IndexOf(c);
            if (index >= 0)
            {
                builder.Append(Plain[index]);
            }
            else if (c == 'œ')
            {
                builder.Append("oe");
            }
            else if (c == 'æ')
            {
                builder.Append("ae");
            }
            else if (c == 'ß')
            {
                builder.Append("ss");
            }
            else if (c == '\u2019' || c == '\u2018' || c == '\u02BC' || c == '`' || c == '\u00B4')
            {
                builder.Append('\'');
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
