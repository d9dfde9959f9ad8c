using System;
using System.Collections.Generic;
using Cae.Domain.Policy;
using Cae.Rules.Data;
using Cae.Rules.Indicators;

namespace Cae.Rules.WhatIf;

/// <summary>
/// Policy what-if on a dataset: compares a scenario with the baseline policy (<see cref="Compare(Scenario, int, InputSummary)"/>)
/// and sweeps parameters over ranges (<see cref="Sweep"/>), with the annual report as the measure.
/// </summary>
/// <remarks>
/// <para>Baseline and scenario are both <em>modelled</em> (<see cref="ModelledValues"/>): the same rules compute
/// them from the same recorded inputs (turnover, purchases, entry, CESA and application dates), so their difference
/// shows only the effect of the policy. The figures as recorded are the <see cref="WhatIfResult.Actual"/> report.</para>
/// <para>What does not change between scenarios is prepared once per engine: the rows in (person, structure, month)
/// order, each row's month, structure and person, the salaried rows and the persons whose admission is modelled.
/// Within one comparison or sweep, scenarios that agree on a rule's parameters share the column it computes
/// (contributions, hours, admissions). Sweeps run on every processor by default; the figures are those of a
/// sequential run, since every scenario is computed on its own from immutable inputs.</para>
/// <para>Immutable once built and safe to use from several threads.</para>
/// </remarks>
public sealed partial class WhatIfEngine
{
    private readonly ModelInputs inputs;
    private readonly Lazy<AnnualReportEngine> actual;

    /// <summary>Creates the engine for a dataset and a baseline policy.</summary>
    /// <param name="data">The dataset.</param>
    /// <param name="baselinePolicy">The baseline policy (scenarios apply over it).</param>
    /// <param name="rules">The baseline rules; the library's by default.</param>
    /// <exception cref="ArgumentNullException"><paramref name="baselinePolicy"/> or <paramref name="data"/> is <c>null</c>.</exception>
    public WhatIfEngine(CaeDataset data, CaePolicy baselinePolicy, RuleSet? rules = null)
    {
        Data = data ?? throw new ArgumentNullException(nameof(data));
        BaselinePolicy = baselinePolicy ?? throw new ArgumentNullException(nameof(baselinePolicy));
        Rules = rules ?? RuleSet.Default;
        inputs = new ModelInputs(data);
        actual = new Lazy<AnnualReportEngine>(() => new AnnualReportEngine(data, baselinePolicy));
    }

    /// <summary>The dataset.</summary>
    public CaeDataset Data { get; }

    /// <summary>The baseline policy.</summary>
    public CaePolicy BaselinePolicy { get; }

    /// <summary>The baseline rules.</summary>
    public RuleSet Rules { get; }

    /// <summary>The last complete year of the data; <c>null</c> for an empty dataset.</summary>
    public int? DefaultYear => actual.Value.DefaultYear;

    /// <summary>Compares a scenario with a baseline policy on a dataset for one year (see <see cref="Compare(Scenario, int, InputSummary)"/>).</summary>
    /// <param name="data">The dataset.</param>
    /// <param name="baselinePolicy">The baseline policy.</param>
    /// <param name="scenario">The scenario, applied over the baseline.</param>
    /// <param name="year">The year Y.</param>
    public static WhatIfResult Compare(CaeDataset data, CaePolicy baselinePolicy, Scenario scenario, int year) =>
        new WhatIfEngine(data, baselinePolicy).Compare(scenario, year);

    /// <summary>Compares a scenario with the baseline for one year (see <see cref="Compare(Scenario, int, InputSummary?)"/>).</summary>
    /// <param name="scenario">The scenario, applied over the baseline policy and rules.</param>
    /// <param name="year">The year Y.</param>
    public WhatIfResult Compare(Scenario scenario, int year) => Compare(scenario, year, null);

    /// <summary>
    /// Compares a scenario with the baseline for one year: the actual report, the baseline and scenario reports
    /// modelled by the same rules, and scenario − baseline for every number.
    /// </summary>
    /// <param name="scenario">The scenario, applied over the baseline policy and rules.</param>
    /// <param name="year">The year Y.</param>
    /// <param name="input">How many rows were read and kept, for the reports' <c>input</c>.</param>
    /// <exception cref="Domain.Errors.DomainRuleException">A rule needs a parameter the policy does not give for a date of the data.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="scenario"/> is <c>null</c>.</exception>
    public WhatIfResult Compare(Scenario scenario, int year, InputSummary? input)
    {
        if (scenario is null)
        {
            throw new ArgumentNullException(nameof(scenario));
        }

        var scenarioPolicy = scenario.ApplyTo(BaselinePolicy);
        var scenarioRules = scenario.ApplyTo(Rules);
        var plan = new ModelPlan(inputs, new[]
        {
            new KeyValuePair<CaePolicy, RuleSet>(BaselinePolicy, Rules),
            new KeyValuePair<CaePolicy, RuleSet>(scenarioPolicy, scenarioRules),
        });
        var baseline = plan.Get(0);
        var changed = plan.Get(1);
        var baselineReport = new AnnualReportEngine(baseline.Values, BaselinePolicy).Compute(year, input);
        var scenarioReport = new AnnualReportEngine(changed.Values, scenarioPolicy).Compute(year, input);
        var actualReport = actual.Value.Compute(year, input);
        return new WhatIfResult(
            scenario.Name,
            year,
            BaselinePolicy,
            scenarioPolicy,
            actualReport,
            baselineReport,
            scenarioReport,
            AdmissionChanges(baseline.Admissions, changed.Admissions),
            PastSupportLimit(baseline.Values, Rules.SupportLimit(BaselinePolicy), year),
            PastSupportLimit(changed.Values, scenarioRules.SupportLimit(scenarioPolicy), year),
            () => PersonOutcomes.Compute(inputs, baseline, changed, year));
    }

    /// <summary>
    /// What the model cannot do under a policy, in plain words: under <see cref="AdmissionMode.NextAssembly"/> with an
    /// empty general-assembly calendar (as in <see cref="CaePolicy.Default"/>) nobody can be admitted, so every
    /// application and every exit as associate is left out of the modelled figures.
    /// </summary>
    /// <param name="policy">The policy.</param>
    /// <param name="label">Which policy it is, e.g. <c>baseline</c>, for the message.</param>
    /// <returns>The warnings; empty when nothing is amiss.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is <c>null</c>.</exception>
    public static IReadOnlyList<string> Warnings(CaePolicy policy, string label)
    {
        if ((policy ?? throw new ArgumentNullException(nameof(policy))).Admission == AdmissionMode.NextAssembly && policy.Assemblies.Dates.Count == 0)
        {
            return new[]
            {
                $"{label} policy: the general-assembly calendar (assemblies; {policy.Assemblies.Reference.Title}) is empty under admission next_assembly, so no admission as associate can be modelled: give the assembly dates in the policy file",
            };
        }

        return Array.Empty<string>();
    }

    /// <summary>The modelled values of the data under a scenario (the baseline itself for <see cref="Scenario.Identity"/>).</summary>
    /// <param name="scenario">The scenario.</param>
    /// <exception cref="ArgumentNullException"><paramref name="scenario"/> is <c>null</c>.</exception>
    public EffectiveValues Model(Scenario scenario)
    {
        if (scenario is null)
        {
            throw new ArgumentNullException(nameof(scenario));
        }

        var plan = new ModelPlan(inputs, new[] { new KeyValuePair<CaePolicy, RuleSet>(scenario.ApplyTo(BaselinePolicy), scenario.ApplyTo(Rules)) });
        return plan.Get(0).Values;
    }

    /// <summary>
    /// The persons still supported on 31 December of the year whose support end is on or before that day;
    /// <c>null</c> when the limit is not defined for someone's entry date.
    /// </summary>
    private static int? PastSupportLimit(EffectiveValues values, SupportLimit.ISupportLimitRule limit, int year)
    {
        var data = values.Data;
        var december = new NodaTime.LocalDate(year, 12, 31);
        var key = DateKey.Of(december);
        var count = 0;
        try
        {
            for (var p = 0; p < data.PersonCount; p++)
            {
                if (data.EntryKey[p] <= key && values.ExitKey[p] > key && limit.SupportEnd(data.EntryDate[p]) <= december)
                {
                    count++;
                }
            }
        }
        catch (Domain.Errors.DomainRuleException e) when (!ContractDates.IsOutOfRange(e))
        {
            return null; // the limit is not defined for someone's entry date
        }

        return count;
    }

    private IReadOnlyList<AdmissionChange> AdmissionChanges(ModelledAdmissions baseline, ModelledAdmissions scenario)
    {
        var changes = new List<AdmissionChange>();
        for (var k = 0; k < inputs.Candidates.Length; k++)
        {
            var before = baseline.Admitted[k];
            var after = scenario.Admitted[k];
            if (before == after)
            {
                continue;
            }

            var path = Data.Paths[inputs.Candidates[k]];
            int? earlier = before is { } b && after is { } a
                ? (a <= b ? CompletedMonths.Between(a, b) : -CompletedMonths.Between(b, a))
                : null;
            changes.Add(new AdmissionChange(path.EntrepreneurId, path.AssociateApplicationDate, path.AssociateDate, before, after, earlier));
        }

        changes.Sort((x, y) => string.CompareOrdinal(x.EntrepreneurId, y.EntrepreneurId));
        return changes;
    }
}
