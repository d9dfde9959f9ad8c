using System;
using System.Diagnostics.Contracts;
using Cae.Domain.Policy;
using Cae.Domain.Values;
using Cae.Rules.Explanation;
using NodaTime;

namespace Cae.Rules.Pay;

/// <summary>
/// The fixed and variable parts of an entrepreneur salarié's pay: the variable part is settled once a year, after
/// the general assembly that approves the accounts.
/// </summary>
/// <remarks>
/// <para><b>Code du travail, article R7331-11</b> (décret n° 2015-1363): the fixed part is paid monthly, a flat amount
/// set from the contract's minimum activity objectives; the variable part is computed per financial year, and
/// monthly advances on it are allowed (cae-rules-facts §B.11).</para>
/// <para><b>Article R7331-12</b>: after year end the variable part is recomputed and the balance is paid within one
/// month after the general assembly that approves the accounts, held within six months of year end (§B.12).</para>
/// <para><b>Rule.</b> The financial year is the calendar year. variable part = gross funded by the year's activity
/// (the sum of the monthly <see cref="PayCascadeRule"/> gross salaries) − fixed parts paid; balance = variable part
/// − advances paid, negative when the person was overpaid. The approving assembly is the first AG of the policy's
/// calendar from 1 January to 30 June of the next year; the balance is due one month after it.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class YearEndSettlementRule
{
    /// <summary>The source of the settlement.</summary>
    public static readonly Reference Source = new(
        "Code du travail, articles R7331-11 (part fixe mensuelle, part variable calculée par exercice, acomptes possibles) et R7331-12 (solde versé dans le mois suivant l'assemblée générale qui approuve les comptes)",
        LegalParameters.CodeDuTravailUrl);

    private readonly CaePolicy policy;

    /// <summary>Creates the rule for a policy.</summary>
    /// <param name="policy">The policy that gives the assembly calendar.</param>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is <c>null</c>.</exception>
    public YearEndSettlementRule(CaePolicy policy) => this.policy = policy ?? throw new ArgumentNullException(nameof(policy));

    /// <summary>Settles a year (no trace).</summary>
    /// <param name="year">The financial year.</param>
    /// <param name="grossFunded">The gross salary the year's activity funds.</param>
    /// <param name="fixedPaid">The fixed parts paid during the year.</param>
    /// <param name="advancesPaid">The advances paid on the variable part.</param>
    [Pure]
    public YearEndSettlement Settle(int year, Money grossFunded, Money fixedPaid, Money advancesPaid)
    {
        var variable = grossFunded - fixedPaid;
        var assembly = ApprovingAssembly(year);
        return new YearEndSettlement(year, grossFunded, fixedPaid, variable, advancesPaid, variable - advancesPaid, assembly, assembly is { } a ? ContractDates.PlusMonths(a, 1, "assemblies") : null, Trace.Empty);
    }

    /// <summary>Settles a year with the trace of the computation.</summary>
    /// <param name="year">The financial year.</param>
    /// <param name="grossFunded">The gross salary the year's activity funds.</param>
    /// <param name="fixedPaid">The fixed parts paid during the year.</param>
    /// <param name="advancesPaid">The advances paid on the variable part.</param>
    [Pure]
    public YearEndSettlement ExplainSettlement(int year, Money grossFunded, Money fixedPaid, Money advancesPaid)
    {
        var result = Settle(year, grossFunded, fixedPaid, advancesPaid);
        var trace = new TraceBuilder()
            .Input("year", TraceBuilder.Format(year))
            .Input("gross_funded", grossFunded.ToString())
            .Input("fixed_paid", fixedPaid.ToString())
            .Input("advances_paid", advancesPaid.ToString())
            .Value("variable_part", result.VariablePart.ToString(), FormattableString.Invariant($"gross_funded − fixed_paid = {grossFunded} − {fixedPaid}"))
            .Result("balance", result.Balance.ToString(), FormattableString.Invariant($"variable_part − advances_paid = {result.VariablePart} − {advancesPaid}"))
            .Parameter("assemblies", policy.Assemblies.Dates.Count == 0 ? "none" : policy.Assemblies.ToString(), null, policy.Assemblies.Reference);
        if (result.ApprovingAssembly is { } assembly)
        {
            trace.Result("approving_assembly", TraceBuilder.Format(assembly), FormattableString.Invariant($"first general assembly from {year + 1}-01-01 to {year + 1}-06-30"))
                .Result("payment_due_by", TraceBuilder.Format(result.PaymentDueBy), "approving_assembly + 1 month")
                .Note("the balance is paid within one month after the assembly that approves the accounts", Source);
        }
        else
        {
            trace.Result("approving_assembly", "none")
                .Note(FormattableString.Invariant($"the calendar holds no general assembly from {year + 1}-01-01 to {year + 1}-06-30 to approve the accounts"), Source);
        }

        return result with { Trace = trace.Build() };
    }

    private LocalDate? ApprovingAssembly(int year)
    {
        var assembly = policy.Assemblies.FirstOnOrAfter(new LocalDate(year + 1, 1, 1));
        return assembly is { } day && day <= new LocalDate(year + 1, 6, 30) ? day : null;
    }
}
