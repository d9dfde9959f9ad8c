using System.Globalization;
using System.Text;

namespace Cae.Domain.Paths;

/// <summary>Folds labels for matching: lower case, accents removed, spaces trimmed (invariant culture).</summary>
internal static class TextFolding
{
    /// <summary>Folds a label: <c>"Réorientation "</c> becomes <c>"reorientation"</c>.</summary>
    public static string Fold(string text)
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

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
