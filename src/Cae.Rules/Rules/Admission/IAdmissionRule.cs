using NodaTime;

namespace Cae.Rules.Admission;

/// <summary>
/// When a person eligible from a day is admitted as associate: the seam through which a what-if scenario tries
/// another admission procedure than <see cref="AdmissionRule"/> (a structural change, see <c>Cae.Rules.WhatIf.RuleSet</c>).
/// </summary>
/// <remarks>Implementations are immutable and thread-safe: the what-if engine calls them from several threads.</remarks>
public interface IAdmissionRule
{
    /// <summary>The admission day for a person eligible from a day; <c>null</c> when none can be given.</summary>
    /// <param name="eligibleOn">The application day (or, without one, the support end).</param>
    LocalDate? AdmissionDate(LocalDate eligibleOn);
}
