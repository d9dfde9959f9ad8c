using System.Linq;

namespace Cae.Domain.Policy;

// Value equality: every field compared, and the hash code that agrees with it.
public sealed partial record CaePolicy
{
    /// <summary>Value equality: every field, dated values and references included.</summary>
    /// <param name="other">The other policy.</param>
    public bool Equals(CaePolicy? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (supportLimitMonths.Equals(other.supportLimitMonths)
                && capeMaximumMonths.Equals(other.capeMaximumMonths)
                && capeMaximumRenewals.Equals(other.capeMaximumRenewals)
                && associateDeadlineMonths.Equals(other.associateDeadlineMonths)
                && trialPeriodMaximumMonths.Equals(other.trialPeriodMaximumMonths)
                && monthlyLegalHours.Equals(other.monthlyLegalHours)
                && fteAnnualHours.Equals(other.fteAnnualHours)
                && smicHourly.Equals(other.smicHourly)
                && employerCharges.Equals(other.employerCharges)
                && contribution.Equals(other.contribution)
                && assemblies.Equals(other.assemblies)
                && Admission == other.Admission
                && applicationCutoffDays == other.applicationCutoffDays
                && positiveExits.Equals(other.positiveExits)
                && perennialExits.Equals(other.perennialExits)
                && reportingUnits.Equals(other.reportingUnits)
                && supportBudget.Count == other.supportBudget.Count
                && supportBudget.All(kv => other.supportBudget.TryGetValue(kv.Key, out var v) && v == kv.Value)));

    /// <summary>A hash code that agrees with <see cref="Equals(CaePolicy)"/>.</summary>
    public override int GetHashCode()
    {
        unchecked
        {
            var hash = supportLimitMonths.GetHashCode();
            hash = (hash * 31) + smicHourly.GetHashCode();
            hash = (hash * 31) + contribution.GetHashCode();
            hash = (hash * 31) + assemblies.GetHashCode();
            hash = (hash * 31) + (int)Admission;
            hash = (hash * 31) + applicationCutoffDays;
            hash = (hash * 31) + supportBudget.Count;
            return hash;
        }
    }
}
