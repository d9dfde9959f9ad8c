using NodaTime;

namespace Cae.Rules.WhatIf;

/// <summary>A person whose modelled admission as associate moves between the baseline and the scenario.</summary>
/// <param name="EntrepreneurId">The person.</param>
/// <param name="Application">The application date, when recorded.</param>
/// <param name="Recorded">The admission date recorded in the data, if any.</param>
/// <param name="Baseline">The admission under the baseline policy; <c>null</c> when the calendar admits the person at no date.</param>
/// <param name="Scenario">The admission under the scenario; <c>null</c> likewise.</param>
/// <param name="MonthsEarlier">Completed months from the scenario's admission to the baseline's (negative when later); <c>null</c> unless both are known.</param>
public sealed record AdmissionChange(string EntrepreneurId, LocalDate? Application, LocalDate? Recorded, LocalDate? Baseline, LocalDate? Scenario, int? MonthsEarlier);
