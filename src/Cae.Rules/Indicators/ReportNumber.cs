using System.Globalization;

namespace Cae.Rules.Indicators;

/// <summary>A number of the report, or <c>null</c> where the figure is undefined (a rate without denominator).</summary>
public sealed class ReportNumber : ReportNode
{
    /// <summary>Creates a number.</summary>
    /// <param name="value">The value, already rounded as <see cref="ReportRounding"/> says; <c>null</c> for undefined.</param>
    /// <param name="kind">What it measures.</param>
    public ReportNumber(decimal? value, ReportValueKind kind)
    {
        Value = value;
        Kind = kind;
    }

    /// <summary>The value; <c>null</c> when undefined.</summary>
    public decimal? Value { get; }

    /// <summary>What the number measures.</summary>
    public ReportValueKind Kind { get; }

    /// <inheritdoc />
    public override ReportNode Subtract(ReportNode? baseline) =>
        new ReportNumber(baseline is ReportNumber { Value: { } b } && Value is { } a ? a - b : null, Kind);

    /// <inheritdoc />
    public override bool Equals(ReportNode? other) => other is ReportNumber n && n.Kind == Kind && n.Value == Value;

    /// <inheritdoc />
    public override int GetHashCode() => Value.GetHashCode() ^ (int)Kind;

    /// <summary>The invariant value, or <c>null</c>.</summary>
    public override string ToString() => Value?.ToString(CultureInfo.InvariantCulture) ?? "null";
}
