using NodaTime;

namespace Cae.Domain.Paths;

/// <summary>
/// What the annual report's typology tables know of a person at entry: gender, birth date and the free-text
/// or coded descriptors of the data contract.
/// </summary>
/// <param name="Gender">F, M or unknown.</param>
/// <param name="BirthDate">The birth date, when known.</param>
/// <param name="ResidenceArea">Where the person lives (e.g. "Territoire de Belfort"), when known.</param>
/// <param name="Qualification">Highest qualification code or label, when known.</param>
/// <param name="StatusAtEntry">Status at entry (job seeker, employee…), when known.</param>
/// <param name="IncomeAtEntry">Income at entry (unemployment benefit, RSA…), when known.</param>
/// <param name="Prescriber">Who referred the person (Pôle emploi, BGE…), when known.</param>
public sealed record Typology(
    Gender Gender,
    LocalDate? BirthDate,
    string? ResidenceArea,
    string? Qualification,
    string? StatusAtEntry,
    string? IncomeAtEntry,
    string? Prescriber)
{
    /// <summary>A typology where nothing is known.</summary>
    public static Typology Unknown { get; } = new(Gender.Unknown, null, null, null, null, null, null);
}
