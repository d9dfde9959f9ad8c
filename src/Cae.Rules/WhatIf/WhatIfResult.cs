using System;
using System.Linq;
using System.Collections.Generic;
using Cae.Domain.Policy;
using Cae.Rules.Indicators;

namespace Cae.Rules.WhatIf;

/// <summary>
/// The comparison of a scenario with the baseline for one year: the recorded figures (<see cref="Actual"/>), the
/// baseline and the scenario modelled by the same rules from the same recorded inputs, and their difference for
/// every number of the report.
/// </summary>
/// <remarks>Immutable.</remarks>
public sealed class WhatIfResult
{
    private readonly Lazy<IReadOnlyList<PersonWhatIf>> people;

    internal WhatIfResult(
        string name,
        int year,
        CaePolicy baselinePolicy,
        CaePolicy scenarioPolicy,
        AnnualReport actual,
        AnnualReport baseline,
        AnnualReport scenario,
        IReadOnlyList<AdmissionChange> admissionChanges,
        int? baselinePastSupportLimit,
        int? scenarioPastSupportLimit,
        Func<IReadOnlyList<PersonWhatIf>> people)
    {
        this.people = new Lazy<IReadOnlyList<PersonWhatIf>>(people);
        Name = name;
        Year = year;
        BaselinePolicy = baselinePolicy;
        ScenarioPolicy = scenarioPolicy;
        Actual = actual;
        Baseline = baseline;
        Scenario = scenario;
        AdmissionChanges = admissionChanges;
        BaselinePastSupportLimit = baselinePastSupportLimit;
        ScenarioPastSupportLimit = scenarioPastSupportLimit;
        Warnings = Array.AsReadOnly(WhatIfEngine.Warnings(baselinePolicy, "baseline").Concat(WhatIfEngine.Warnings(scenarioPolicy, "scenario")).ToArray());
        Delta = scenario.ToTree().Subtract(baseline.ToTree());
    }

    /// <summary>The scenario's name.</summary>
    public string Name { get; }

    /// <summary>The year Y of the reports.</summary>
    public int Year { get; }

    /// <summary>The baseline policy.</summary>
    public CaePolicy BaselinePolicy { get; }

    /// <summary>The scenario's policy (the baseline with the scenario's changes).</summary>
    public CaePolicy ScenarioPolicy { get; }

    /// <summary>The report of the data as recorded (recorded contributions, hours, associate and exit dates), under the baseline policy.</summary>
    public AnnualReport Actual { get; }

    /// <summary>The report modelled under the baseline policy.</summary>
    public AnnualReport Baseline { get; }

    /// <summary>The report modelled under the scenario.</summary>
    public AnnualReport Scenario { get; }

    /// <summary>
    /// Scenario − baseline for every number of the report, in the report's shape (the scenario's); <c>null</c>
    /// where either side is <c>null</c> or the baseline has no such number. The identity scenario gives 0 everywhere
    /// both sides are numbers.
    /// </summary>
    public ReportTree Delta { get; }

    /// <summary>The persons whose modelled admission differs between the baseline and the scenario, by key.</summary>
    public IReadOnlyList<AdmissionChange> AdmissionChanges { get; }

    /// <summary>
    /// Under the baseline: the persons still supported on 31 December of <see cref="Year"/> whose support end (entry +
    /// the support limit) is on or before that day; <c>null</c> when the limit is not defined for someone's entry date.
    /// </summary>
    public int? BaselinePastSupportLimit { get; }

    /// <summary>What the model cannot do under the baseline or scenario policy, in plain words (see <see cref="WhatIfEngine.Warnings"/>); empty when nothing is amiss.</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>Under the scenario: the persons still supported on 31 December past their support end (see <see cref="BaselinePastSupportLimit"/>).</summary>
    public int? ScenarioPastSupportLimit { get; }

    /// <summary>
    /// What the scenario means for each person supported at some time of <see cref="Year"/> under the baseline or the
    /// scenario, or with activity in it (associates included): her modelled hours and contribution of the year and her modelled admission date, under both, by
    /// entrepreneur id (ordinal order). Computed on first use.
    /// </summary>
    public IReadOnlyList<PersonWhatIf> People => people.Value;

    /// <summary>What the scenario means for one person (see <see cref="People"/>).</summary>
    /// <param name="entrepreneurId">The person's id.</param>
    /// <returns>Her figures; <c>null</c> when she is neither supported nor active in <see cref="Year"/> under either policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entrepreneurId"/> is <c>null</c>.</exception>
    public PersonWhatIf? Person(string entrepreneurId)
    {
        if (entrepreneurId is null)
        {
            throw new ArgumentNullException(nameof(entrepreneurId));
        }

        var list = People;
        int lo = 0, hi = list.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            var order = string.CompareOrdinal(list[mid].EntrepreneurId, entrepreneurId);
            if (order == 0)
            {
                return list[mid];
            }

            if (order < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return null;
    }

    /// <summary>The comparison as a tree: <c>name</c>, <c>baseline</c>, <c>scenario</c>, <c>delta</c>, <c>actual</c>.</summary>
    public ReportTree ToTree() => new(new[]
    {
        new KeyValuePair<string, ReportNode>("name", new ReportText(Name)),
        new KeyValuePair<string, ReportNode>("baseline", Baseline.ToTree()),
        new KeyValuePair<string, ReportNode>("scenario", Scenario.ToTree()),
        new KeyValuePair<string, ReportNode>("delta", Delta),
        new KeyValuePair<string, ReportNode>("actual", Actual.ToTree()),
    });
}
