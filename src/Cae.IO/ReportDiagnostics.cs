using System;
using System.Collections.Generic;
using System.Linq;
using Cae.Domain.Policy;
using Cae.Rules.Indicators;

namespace Cae.IO;

/// <summary>
/// What the input files said beside the figures: every rejected row (<c>File</c>, <c>Line</c>, <c>Column</c>,
/// <c>Reason</c>) and every warning. The report writers take it beside the report, never through it: the report
/// (<see cref="AnnualReport"/>) holds only the counts of its <c>input</c> section.
/// </summary>
/// <remarks>
/// <para>Immutable; equality is by value (the rejections and the warnings, in order).</para>
/// <para>The writers show the rejections: the JSON's <c>rejected_rows</c> (each as <see cref="RejectedRow.ToString"/>,
/// <c>file:line: column: reason</c>), the Markdown, HTML and CSV lists, the input table's count and the workbooks'
/// last sheet. The warnings are not written in any report (the JSON has no place for them, and
/// <c>ReportJson.Read</c> gives none back): a tool shows them where it shows messages, as <c>cae</c> does on standard
/// error.</para>
/// </remarks>
public sealed class ReportDiagnostics : IEquatable<ReportDiagnostics>
{
    private readonly RejectedRow[] rejections;
    private readonly InputWarning[] warnings;

    /// <summary>Creates diagnostics.</summary>
    /// <param name="rejections">The rejected rows, in the order they are to be shown.</param>
    /// <param name="warnings">The warnings, in the order they are to be shown.</param>
    /// <exception cref="ArgumentNullException">A list, or one of its items, is <c>null</c>.</exception>
    public ReportDiagnostics(IEnumerable<RejectedRow> rejections, IEnumerable<InputWarning> warnings)
    {
        this.rejections = (rejections ?? throw new ArgumentNullException(nameof(rejections))).ToArray();
        this.warnings = (warnings ?? throw new ArgumentNullException(nameof(warnings))).ToArray();
        if (Array.IndexOf(this.rejections, null) >= 0)
        {
            throw new ArgumentNullException(nameof(rejections), "A rejected row is null.");
        }

        if (Array.IndexOf(this.warnings, null) >= 0)
        {
            throw new ArgumentNullException(nameof(warnings), "A warning is null.");
        }
    }

    /// <summary>No rejected row and no warning (a data set built in memory, a merged report).</summary>
    public static ReportDiagnostics Empty { get; } = new(Array.Empty<RejectedRow>(), Array.Empty<InputWarning>());

    /// <summary>Every rejected row, in order.</summary>
    public IReadOnlyList<RejectedRow> Rejections => rejections;

    /// <summary>Every warning, in order.</summary>
    public IReadOnlyList<InputWarning> Warnings => warnings;

    /// <summary>Whether any row was rejected (<c>cae</c> then exits with code 1).</summary>
    public bool HasRejections => rejections.Length > 0;

    /// <summary>The diagnostics of a load: its rejected rows and warnings, the paths file's first.</summary>
    /// <param name="load">What <see cref="ContractCsv.Load(string, string, CaePolicy)"/> read.</param>
    /// <returns>The diagnostics, without the rules that need a policy (see <see cref="From(LoadResult, SessionLoadResult?, CaePolicy?)"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="load"/> is <c>null</c>.</exception>
    public static ReportDiagnostics From(LoadResult load) => From(load, null, null);

    /// <summary>
    /// The diagnostics of a command's input: the rejected rows of paths.csv and activity.csv, then those of sessions.csv
    /// and candidates.csv; the warnings of the load, then those of the admission rule under the effective policy
    /// (<see cref="LoadResult.AssociateDateWarnings"/>), then those of sessions.csv and candidates.csv. This is the
    /// order in which <c>cae</c> prints them.
    /// </summary>
    /// <param name="load">What <see cref="ContractCsv"/> read.</param>
    /// <param name="sessions">What <see cref="SessionsCsv"/> read, or <c>null</c> without sessions.csv and candidates.csv.</param>
    /// <param name="policy">The policy the command computes with (baseline or scenario), whose general-assembly
    /// calendar the associate dates are checked against; <c>null</c> for no such check.</param>
    /// <returns>The diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="load"/> is <c>null</c>.</exception>
    public static ReportDiagnostics From(LoadResult load, SessionLoadResult? sessions, CaePolicy? policy)
    {
        Guard.NotNull(load, nameof(load));
        var rejected = load.Rejections.Concat(sessions?.Rejections ?? Array.Empty<RejectedRow>());
        var warned = load.Warnings
            .Concat(policy is null ? Array.Empty<InputWarning>() : load.AssociateDateWarnings(policy))
            .Concat(sessions?.Warnings ?? Array.Empty<InputWarning>());
        return new ReportDiagnostics(rejected, warned);
    }

    /// <summary>A copy with more warnings after these (e.g. those of a rule checked after loading).</summary>
    /// <param name="more">The warnings to add, in order.</param>
    /// <returns>The diagnostics with the warnings added.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="more"/> is <c>null</c>.</exception>
    public ReportDiagnostics WithWarnings(IEnumerable<InputWarning> more) =>
        new(rejections, warnings.Concat(more ?? throw new ArgumentNullException(nameof(more))));

    /// <summary>A copy with more rejected rows after these (e.g. those of another file).</summary>
    /// <param name="more">The rejected rows to add, in order.</param>
    /// <returns>The diagnostics with the rejected rows added.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="more"/> is <c>null</c>.</exception>
    public ReportDiagnostics WithRejections(IEnumerable<RejectedRow> more) =>
        new(rejections.Concat(more ?? throw new ArgumentNullException(nameof(more))), warnings);

    /// <inheritdoc />
    public bool Equals(ReportDiagnostics? other) =>
        other is not null && rejections.SequenceEqual(other.rejections) && warnings.SequenceEqual(other.warnings);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ReportDiagnostics other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => unchecked((rejections.Length * 397) ^ warnings.Length);

    /// <summary>The rejected rows as the contract writes them: <c>file:line: column: reason</c>.</summary>
    internal IReadOnlyList<string> RejectedLines() => rejections.Select(r => r.ToString()).ToArray();

    /// <summary>A report tree (<see cref="AnnualReport.ToTree"/>) with its top-level <c>rejected_rows</c> filled from these diagnostics.</summary>
    /// <param name="tree">The tree.</param>
    internal ReportTree Into(ReportTree tree)
    {
        if (tree.Find("rejected_rows") is not ReportList)
        {
            return tree;
        }

        var list = new ReportList(rejections.Select(r => (ReportNode)new ReportText(r.ToString())));
        return new ReportTree(tree.Children.Select(c => c.Key == "rejected_rows" ? new KeyValuePair<string, ReportNode>(c.Key, list) : c));
    }
}
