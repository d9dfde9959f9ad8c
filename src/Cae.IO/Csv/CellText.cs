using System.Globalization;
using System.Text;

namespace Cae.IO.Csv;

/// <summary>How a message shows a cell (data contract §1'): at most 80 characters, then <c>…</c>; control characters escaped (<c>\u001b</c>).</summary>
internal static class CellText
{
    /// <summary>The most characters of a cell a message quotes.</summary>
    public const int MaximumQuoted = 80;

    /// <summary>The cell as a message shows it (without the quotes around it).</summary>
    /// <param name="text">The cell's text.</param>
    public static string Quote(string text)
    {
        var cut = text.Length > MaximumQuoted;
        var shown = cut ? text.Substring(0, MaximumQuoted) : text;
        var needsEscape = false;
        foreach (var c in shown)
        {
            if (IsControl(c))
            {
                needsEscape = true;
                break;
            }
        }

        if (!needsEscape)
        {
            return cut ? shown + "…" : shown;
        }

        var builder = new StringBuilder(shown.Length + 16);
        foreach (var c in shown)
        {
            if (IsControl(c))
            {
                builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return cut ? builder.Append('…').ToString() : builder.ToString();
    }

    private static bool IsControl(char c) => c < ' ' || (c >= '\u007F' && c <= '\u009F');
}
