using Cae.Domain.Errors;
using Cae.Domain.Organisation;
using NodaTime;

namespace Cae.Domain.Sessions;

/// <summary>
/// One person who attended an information session (a row of <c>candidates.csv</c>, data contract §1'): who sent
/// the person, and, when the person later joined, the path's <c>entrepreneur_id</c>.
/// </summary>
/// <remarks>Immutable, with value equality.</remarks>
public sealed record Candidate
{
    /// <summary>Creates a candidate.</summary>
    /// <param name="candidateId">The row's key; not empty.</param>
    /// <param name="sessionDate">The day of the information session attended.</param>
    /// <param name="establishment">The establishment that received the person.</param>
    /// <param name="prescriber">Who sent the person; <c>null</c> or blank when unknown.</param>
    /// <param name="entrepreneurId">The person's <c>entrepreneur_id</c> in paths.csv when the person joined; <c>null</c> or blank otherwise.</param>
    /// <exception cref="DomainRuleException"><paramref name="candidateId"/> is empty.</exception>
    public Candidate(string candidateId, LocalDate sessionDate, Establishment establishment, string? prescriber = null, string? entrepreneurId = null)
    {
        if (string.IsNullOrWhiteSpace(candidateId))
        {
            throw new DomainRuleException("candidate_id", candidateId, "a candidate has a non-empty key");
        }

        CandidateId = candidateId.Trim();
        SessionDate = sessionDate;
        Establishment = establishment;
        Prescriber = string.IsNullOrWhiteSpace(prescriber) ? null : prescriber!.Trim();
        EntrepreneurId = string.IsNullOrWhiteSpace(entrepreneurId) ? null : entrepreneurId!.Trim();
    }

    /// <summary>The row's key.</summary>
    public string CandidateId { get; }

    /// <summary>The day of the information session attended.</summary>
    public LocalDate SessionDate { get; }

    /// <summary>The establishment that received the person.</summary>
    public Establishment Establishment { get; }

    /// <summary>Who sent the person, trimmed; <c>null</c> when unknown.</summary>
    public string? Prescriber { get; }

    /// <summary>The path's key when the person joined; <c>null</c> otherwise.</summary>
    public string? EntrepreneurId { get; }

    /// <summary>Whether the person joined (has an <see cref="EntrepreneurId"/>).</summary>
    public bool Joined => EntrepreneurId is not null;
}
