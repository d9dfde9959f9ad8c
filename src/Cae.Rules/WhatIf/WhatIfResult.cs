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
        int? scenarioPastSupportLimit)
    {
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
