using Cae.Domain.Values;
using NodaTime;

namespace Cae.Rules.WhatIf;

/// <summary>What the model gives one person in the what-if's year under one policy (baseline or scenario).</summary>
/// <param name="Hours">The modelled salary hours of the person's rows of the year (the pay cascade of each row, <see cref="ModelledValues"/>).</param>
/// <param name="Contribution">The modelled contribution of the person's rows of the year.</param>
/// <param name="Admission">The modelled admission as associate (any year); <c>null</c> when the person's admission is
/// not modelled (no application and no recorded admission) or the calendar admits them at no date.</param>
/// <remarks>Immutable, with value equality.</remarks>
public sealed record PersonFigures(Hours Hours, Money Contribution, LocalDate? Admission);
