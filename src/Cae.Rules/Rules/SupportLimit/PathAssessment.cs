using System.Collections.Generic;
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
public sealed record PathAssessment(
    LocalDate SupportEnd,
    int MonthsElapsed,
    LocalDate? LegalAssociateDeadline,
    LocalDate? AdmissionDate,
    int? WaitingMonths,
    IReadOnlyList<Violation> Violations,
    Trace Trace);
