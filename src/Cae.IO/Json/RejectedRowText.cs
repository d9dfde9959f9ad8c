using System.Globalization;

namespace Cae.IO.Json;

/// <summary>
/// Reads a rejected row back from the contract's text, <c>file:line: column: reason</c> (<see cref="RejectedRow.ToString"/>).
/// </summary>
/// <remarks>
/// The file ends at the first <c>:</c> followed by one or more ASCII digits and <c>": "</c>; the line is those digits;
/// the column runs to the next <c>": "</c>; the reason is the rest (it may hold <c>": "</c> itself). So a text reads
/// back into the row it was written from unless the file's name holds <c>:digits: </c> or the column's name holds
/// <c>": "</c>; such a text is split at the first place it can be.
/// </remarks>
internal static class RejectedRowText
{
    /// <summary>The rejected row a text was written from, or <c>null</c> when it does not have the contract's shape.</summary>
    /// <param name="text">The text.</param>
    public static RejectedRow? Parse(string text)
    {
        for (var colon = text.IndexOf(':'); colon >= 0; colon = text.IndexOf(':', colon + 1))
        {
            var end = colon + 1;
            while (end < text.Length && text[end] >= '0' && text[end] <= '9')
            {
                end++;
            }

            if (end == colon + 1 || end + 1 >= text.Length || text[end] != ':' || text[end + 1] != ' ')
            {
                continue;
            }

            if (!int.TryParse(text.Substring(colon + 1, end - colon - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var line))
            {
                continue;
            }

            var columnStart = end + 2;
            var columnEnd = text.IndexOf(": ", columnStart, System.StringComparison.Ordinal);
            if (columnEnd < 0)
            {
                return null;
            }

            return new RejectedRow(text.Substring(0, colon), line, text.Substring(columnStart, columnEnd - columnStart), text.Substring(columnEnd + 2));
        }

        return null;
    }
}
