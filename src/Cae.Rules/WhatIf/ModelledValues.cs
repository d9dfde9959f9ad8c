using System;
using Cae.Domain.Policy;
using Cae.Rules.Data;
using Cae.Rules.Indicators;

namespace Cae.Rules.WhatIf;

/// <summary>
/// Step 1 of the report <em>modelled</em> under a policy: the values a what-if baseline and scenario count, computed by
/// the rules from the recorded inputs only, so that two policies differ only by their effect.
/// </summary>
/// <remarks>
/// <para><b>Read from the data</b> (the same for every policy): turnover, purchases, entry dates, CESA dates,
/// applications, recorded associate dates (who became an associate), and the exits of everyone else. Recorded
/// contributions, salary hours and admission dates are <em>not</em> read; they make the actual report
/// (<see cref="EffectiveValues.Baseline"/>).</para>
/// <para><b>Contributions.</b> Every activity row, associates' included: the contribution rule on the row's turnover
/// and purchases, with the base of the same person and structure earlier in the calendar year for tiers.</para>
/// <para><b>Salary hours.</b> Every row of a month on or after the person's CESA month: the pay cascade of that row
/// alone, available = gross margin − contribution (no other cost: the data contract records none), split into gross
/// salary and employer charges, hours = min(151.67, gross / SMIC). Rows before the CESA (CAPE, or no contract) are
/// paid nothing. Simplifications: each row is paid in its own month, in full (no fixed part, no smoothing, no
/// reserve, no year-end settlement); two rows of the same person and month are two separate cascades, each capped at
/// the legal monthly hours; a negative month pays nothing and is not carried over.</para>
/// <para><b>Admissions.</b> For the persons who became associates in the data (a recorded associate date) and those
/// who applied and had not left (an application, no exit): eligibility is the application date (not before entry) or,
/// without one, the support end (entry + the support limit); the admission date is the admission rule's (the first
/// general assembly on or after eligibility + cut-off, or the day itself under automatic admission). It becomes the
/// person's exit date (category associate) and the month from which their rows are associate rows, which moves path
/// durations, flows, exits and the associates' and accompanied splits. Without an admission date (no assembly after
/// eligibility) the person stays supported, with no exit. Other persons keep their recorded exit: the model does not
/// guess who would have applied, or left, under another policy.</para>
/// <para><b>Rates and self-financing.</b> The positive and perennial rates follow the policy's exit sets; the
/// self-financing rate is the modelled contributions over the policy's support budget.</para>
/// </remarks>
public static class ModelledValues
{
    /// <summary>The values of the data modelled under a policy.</summary>
    /// <param name="data">The dataset.</param>
    /// <param name="policy">The policy.</param>
    /// <param name="rules">The rules; the library's by default.</param>
    /// <exception cref="Domain.Errors.DomainRuleException">A rule needs a parameter the policy does not give for a date of the data.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is <c>null</c>.</exception>
    public static EffectiveValues Compute(CaeDataset data, CaePolicy policy, RuleSet? rules = null)
    {
        if (policy is null)
        {
            throw new ArgumentNullException(nameof(policy));
        }

        return new WhatIfEngine(data, policy, rules).Model(Scenario.Identity);
    }
}
