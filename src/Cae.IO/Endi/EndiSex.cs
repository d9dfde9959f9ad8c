using Cae.Domain.Paths;

namespace Cae.IO.Endi;

/// <summary>
/// Reads enDI's <c>Sexe</c> cell, case and accents free: <c>F</c>, <c>Femme</c>, <c>Madame</c> for women;
/// <c>M</c>, <c>H</c>, <c>Homme</c>, <c>Monsieur</c> for men; empty for unknown.
/// </summary>
internal static class EndiSex
{
    /// <summary>Reads a trimmed cell.</summary>
    /// <param name="text">The cell; <c>null</c> when empty.</param>
    /// <param name="gender">The gender; <see cref="Gender.Unknown"/> when empty or not understood.</param>
    /// <returns>Whether the cell was empty or understood (<c>false</c> calls for a warning).</returns>
    public static bool TryRead(string? text, out Gender gender)
    {
        gender = Gender.Unknown;
        if (text is null)
        {
            return true;
        }

        switch (EndiText.Fold(text))
        {
            case "f":
            case "femme":
            case "madame":
                gender = Gender.Female;
                return true;
            case "m":
            case "h":
            case "homme":
            case "monsieur":
                gender = Gender.Male;
                return true;
            default:
                return false;
        }
    }
}
