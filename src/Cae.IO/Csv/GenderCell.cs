using System;
using Cae.Domain.Paths;

namespace Cae.IO.Csv;

/// <summary>
/// Reads the <c>gender</c> cell. Accepted, case free: <c>F</c>, <c>Femme</c>, <c>female</c> for women;
/// <c>M</c>, <c>H</c>, <c>Homme</c>, <c>male</c> for men (French forms write H/F); empty for unknown.
/// </summary>
/// <remarks>
/// The contract does not list another value as a reason to reject the row, so anything else is read as
/// unknown (excluded from the women's share) and reported as a warning.
/// </remarks>
internal static class GenderCell
{
    private static readonly string[] Women = { "F", "Femme", "Female" };
    private static readonly string[] Men = { "M", "H", "Homme", "Male" };

    /// <summary>Reads a trimmed cell.</summary>
    /// <param name="text">The cell; <c>null</c> when empty.</param>
    /// <param name="gender">The gender read; <see cref="Gender.Unknown"/> when empty or not understood.</param>
    /// <returns>Whether the cell was empty or understood (<c>false</c> calls for a warning).</returns>
    public static bool TryRead(string? text, out Gender gender)
    {
        gender = Gender.Unknown;
        if (text is null)
        {
            return true;
        }

        if (Matches(text, Women))
        {
            gender = Gender.Female;
            return true;
        }

        if (Matches(text, Men))
        {
            gender = Gender.Male;
            return true;
        }

        return false;
    }

    private static bool Matches(string text, string[] values)
    {
        foreach (var value in values)
        {
            if (string.Equals(text, value, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
