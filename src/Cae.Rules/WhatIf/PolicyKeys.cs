using System.Linq;
using Cae.Domain.Policy;
using Cae.Domain.Policy.Registry;

namespace Cae.Rules.WhatIf;

/// <summary>
/// Value keys of the parameters each library rule reads, from the registry (<see cref="PolicyParameter.ValueKey"/>),
/// so that two scenarios that agree on them share the column the rule computes (references and descriptions are
/// left out: they do not change a figure).
/// </summary>
internal static class PolicyKeys
{
    /// <summary>What <see cref="Contribution.ContributionRule"/> reads.</summary>
    private static readonly PolicyParameter[] ContributionParameters = Find("contribution.base", "contribution.rates", "contribution.monthly_minimum");

    /// <summary>What <see cref="Pay.PayCascadeRule"/> reads once the contribution is known.</summary>
    private static readonly PolicyParameter[] PayParameters = Find("smic_hourly", "monthly_legal_hours", "employer_charges");

    /// <summary>What <see cref="Admission.AdmissionRule"/> and <see cref="SupportLimit.SupportLimitRule"/> read.</summary>
    private static readonly PolicyParameter[] AdmissionParameters = Find("admission", "application_cutoff_days", "assemblies", "support_limit_months");

    /// <summary>The key of what the contribution rule reads: the base, the minimum and the dated rates with their scope and tiers.</summary>
    public static string Contribution(CaePolicy policy) => Key(policy, ContributionParameters);

    /// <summary>The key of what the pay cascade reads once the contribution is known: the SMIC, the legal monthly hours and the employer charges.</summary>
    public static string Pay(CaePolicy policy) => Key(policy, PayParameters);

    /// <summary>The key of what the admission and support-limit rules read: the mode, the cut-off, the calendar and the limit.</summary>
    public static string Admission(CaePolicy policy) => Key(policy, AdmissionParameters);

    private static string Key(CaePolicy policy, PolicyParameter[] parameters) =>
        string.Join("|", parameters.Select(p => p.ValueKey(policy)));

    private static PolicyParameter[] Find(params string[] names) =>
        names.Select(n => PolicyParameters.TryFind(n, out var parameter) ? parameter : throw new System.InvalidOperationException("No parameter " + n + " in the registry.")).ToArray();
}
