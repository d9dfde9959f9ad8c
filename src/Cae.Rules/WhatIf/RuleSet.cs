using System;
using Cae.Domain.Policy;
using Cae.Rules.Admission;
using Cae.Rules.Contribution;
using Cae.Rules.Pay;
using Cae.Rules.SupportLimit;

namespace Cae.Rules.WhatIf;

/// <summary>
/// The rules the what-if engine models a policy with, each made from the policy: the contribution, the pay cascade,
/// the admission as associate and the support limit. A scenario replaces one of them to try another rule
/// implementation (a structural change), the way an OpenFisca reform replaces a formula.
/// </summary>
/// <remarks>
/// <para><see cref="Default"/> holds the library's rules (<see cref="ContributionRule"/>, <see cref="PayCascadeRule"/>,
/// <see cref="AdmissionRule"/>, <see cref="SupportLimitRule"/>). A replacement is a function of the policy, so that it
/// still sees the scenario's parameters: <c>rules with { Contribution = policy => new MyContribution(policy) }</c>.</para>
/// <para>Immutable. The what-if engine reuses what a rule computed between two scenarios only when the rule is the
/// library's and the policy parameters it reads are equal; a replaced rule is recomputed for every policy.</para>
/// </remarks>
public sealed record RuleSet
{
    private static readonly Func<CaePolicy, IContributionRule> LibraryContribution = policy => new ContributionRule(policy.Contribution);
    private static readonly Func<CaePolicy, IPayRule> LibraryPay = policy => new PayCascadeRule(policy);
    private static readonly Func<CaePolicy, IAdmissionRule> LibraryAdmission = policy => new AdmissionRule(policy);
    private static readonly Func<CaePolicy, ISupportLimitRule> LibrarySupportLimit = policy => new SupportLimitRule(policy);

    private readonly Func<CaePolicy, IContributionRule> contribution = LibraryContribution;
    private readonly Func<CaePolicy, IPayRule> pay = LibraryPay;
    private readonly Func<CaePolicy, IAdmissionRule> admission = LibraryAdmission;
    private readonly Func<CaePolicy, ISupportLimitRule> supportLimit = LibrarySupportLimit;

    /// <summary>The library's rules.</summary>
    public static RuleSet Default { get; } = new();

    /// <summary>Makes the contribution rule of a policy (by default <see cref="ContributionRule"/> on its contribution policy).</summary>
    /// <exception cref="ArgumentNullException">Set to <c>null</c>.</exception>
    public Func<CaePolicy, IContributionRule> Contribution
    {
        get => contribution;
        init => contribution = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>Makes the pay rule of a policy (by default <see cref="PayCascadeRule"/>).</summary>
    /// <exception cref="ArgumentNullException">Set to <c>null</c>.</exception>
    public Func<CaePolicy, IPayRule> Pay
    {
        get => pay;
        init => pay = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>Makes the admission rule of a policy (by default <see cref="AdmissionRule"/>).</summary>
    /// <exception cref="ArgumentNullException">Set to <c>null</c>.</exception>
    public Func<CaePolicy, IAdmissionRule> Admission
    {
        get => admission;
        init => admission = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>Makes the support-limit rule of a policy (by default <see cref="SupportLimitRule"/>).</summary>
    /// <exception cref="ArgumentNullException">Set to <c>null</c>.</exception>
    public Func<CaePolicy, ISupportLimitRule> SupportLimit
    {
        get => supportLimit;
        init => supportLimit = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>Whether the contribution rule is the library's.</summary>
    internal bool HasLibraryContribution => ReferenceEquals(Contribution, LibraryContribution);

    /// <summary>Whether the pay rule is the library's.</summary>
    internal bool HasLibraryPay => ReferenceEquals(Pay, LibraryPay);

    /// <summary>Whether the admission and support-limit rules are the library's.</summary>
    internal bool HasLibraryAdmission => ReferenceEquals(Admission, LibraryAdmission) && ReferenceEquals(SupportLimit, LibrarySupportLimit);
}
