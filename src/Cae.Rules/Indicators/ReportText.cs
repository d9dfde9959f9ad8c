using System;

namespace Cae.Rules.Indicators;

/// <summary>A text of the report (a rejected row).</summary>
public sealed class ReportText : ReportNode
{
    /// <summary>Creates a text.</summary>
    /// <param name="value">The text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <c>null</c>.</exception>
    public ReportText(string value) => Value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>The text.</summary>
    public string Value { get; }

    /// <inheritdoc />
    public override ReportNode Subtract(ReportNode? baseline) => this;

    /// <inheritdoc />
    public override bool Equals(ReportNode? other) => other is ReportText t && string.Equals(t.Value, Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>The text.</summary>
    public override string ToString() => Value;
}
