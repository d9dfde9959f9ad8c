using System.Collections.Generic;
using System.Linq;
using Cae.Rules.Explanation;
using NodaTime;

namespace Cae.Rules.SupportLimit;

/// <summary>
/// One person's path on a day: support end, months elapsed, legal associate deadline, admission, waiting time
/// and the rules the path breaks, with the explanation (what <c>cae path</c> prints).
/// </summary>
/// <param name="SupportEnd">Entry + the support limit.</param>
/// <param name="MonthsElapsed">Completed months from entry to the day.</param>
/// <param name="LegalAssociateDeadline">CESA + 36 months − the CAPE months before it; <c>null</c> without CESA.</param>
/// <param name="AdmissionDate">The first admission under the policy for the application or, without one, for the support end; <c>null</c> when the calendar gives none.</param>
/// <param name="WaitingMonths">Completed months from the application (or support end) to the admission; <c>null</c> without admission.</param>
/// <param name="Violations">The rules the path breaks, in the order they were checked.</param>
/// <param name="Trace">How every value was computed.</param>
/// <remarks>Value equality, the violations compared in order.</remarks>
public sealed record PathAssessment(
    LocalDate SupportEnd,
    int MonthsElapsed,
    LocalDate? LegalAssociateDeadline,
    LocalDate? AdmissionDate,
    int? WaitingMonths,
    IReadOnlyList<Violation> Violations,
    Trace Trace)
{
    /// <inheritdoc />
    public bool Equals(PathAssessment? other) =>
        other is not null
        && SupportEnd == other.SupportEnd && MonthsElapsed == other.MonthsElapsed && LegalAssociateDeadline == other.LegalAssociateDeadline
        && AdmissionDate == other.AdmissionDate && WaitingMonths == other.WaitingMonths
        && Violations.SequenceEqual(other.Violations) && Trace.Equals(other.Trace);

    /// <inheritdoc />
    public override int GetHashCode() => unchecked((SupportEnd.GetHashCode() * 31) + MonthsElapsed + Trace.GetHashCode());
}
