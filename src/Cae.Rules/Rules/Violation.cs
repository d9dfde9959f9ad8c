using System;
using Cae.Domain.Policy;

namespace Cae.Rules;

/// <summary>
/// A rule that a support path breaks: which rule, what happened in plain words, and the source of the rule.
/// </summary>
/// <param name="Rule">A short code of the rule, e.g. <c>support_limit</c>, <c>associate_deadline</c>, <c>admission_date</c>.</param>
/// <param name="Message">What happened, with the dates involved, e.g. <c>admitted on 2015-03-02, which is not a general assembly date</c>.</param>
/// <param name="Reference">The article, statute or policy the rule comes from.</param>
/// <remarks>
/// A violation is a finding to report (a warning of the annual report, a line of <c>cae path</c>), never an
/// error: the data contract keeps such rows (§1, <c>associate_date</c>).
/// </remarks>
public sealed record Violation(string Rule, string Message, Reference Reference)
{
    /// <summary>The message followed by the source's title, e.g. <c>… (Code du travail, article L7331-3 …)</c>.</summary>
    public override string ToString() => FormattableString.Invariant($"{Message} ({Reference.Title})");
}
