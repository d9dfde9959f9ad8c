using Cae.Rules.Explanation;
using NodaTime;

namespace Cae.Rules.Admission;

/// <summary>When a person can be admitted as associate, how long they wait, and whether it is in time.</summary>
/// <param name="EligibleOn">The day the person can be admitted from (application, or support end).</param>
/// <param name="Basis">Whether <paramref name="EligibleOn"/> is the application or the support end.</param>
/// <param name="AdmissionDate">The admission day; <c>null</c> when the calendar holds no general assembly after eligibility.</param>
/// <param name="WaitingMonths">Completed months from eligibility to admission; <c>null</c> without admission.</param>
/// <param name="LegalDeadline">The associate deadline of Code du travail L7331-3, when a CESA is known; otherwise <c>null</c>.</param>
/// <param name="AfterLegalDeadline">Whether the admission falls after the deadline; <c>null</c> without a deadline or without admission.</param>
/// <param name="Trace">How the result was computed, and why there is no admission when there is none.</param>
public sealed record AdmissionResult(
    LocalDate EligibleOn,
    AdmissionBasis Basis,
    LocalDate? AdmissionDate,
    int? WaitingMonths,
    LocalDate? LegalDeadline,
    bool? AfterLegalDeadline,
    Trace Trace);
