using Cae.Domain.Values;
using Cae.Rules.Explanation;
using NodaTime;

namespace Cae.Rules.Pay;

/// <summary>The year-end settlement of the variable part of one person's pay, with its explanation.</summary>
/// <param name="Year">The financial year (a calendar year).</param>
/// <param name="GrossFunded">The gross salary the year's activity funds (the sum of the monthly cascades).</param>
/// <param name="FixedPaid">The fixed parts paid during the year.</param>
/// <param name="VariablePart">Gross funded − fixed paid (negative when the fixed part exceeded what the activity funded).</param>
/// <param name="AdvancesPaid">Monthly advances already paid on the variable part.</param>
/// <param name="Balance">Variable part − advances: what is still due (negative: overpaid).</param>
/// <param name="ApprovingAssembly">The general assembly that approves the accounts, within six months of year end; <c>null</c> when the calendar holds none.</param>
/// <param name="PaymentDueBy">One month after that assembly; <c>null</c> without it.</param>
/// <param name="Trace">How the settlement was computed; empty for the fast <see cref="YearEndSettlementRule.Settle"/>.</param>
public sealed record YearEndSettlement(
    int Year,
    Money GrossFunded,
    Money FixedPaid,
    Money VariablePart,
    Money AdvancesPaid,
    Money Balance,
    LocalDate? ApprovingAssembly,
    LocalDate? PaymentDueBy,
    Trace Trace);
