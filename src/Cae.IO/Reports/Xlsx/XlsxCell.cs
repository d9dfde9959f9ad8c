using Cae.Rules.Indicators;

namespace Cae.IO.Reports.Xlsx;

/// <summary>One cell of a worksheet: a text, a number of the report, or nothing.</summary>
/// <param name="Text">The text, or <c>null</c>.</param>
/// <param name="Number">The number (its kind sets its format), or <c>null</c>.</param>
/// <param name="Plain">Whether the number is shown as it is (a sweep's parameter), whatever its kind.</param>
internal sealed record XlsxCell(string? Text, ReportNumber? Number, bool Plain = false)
{
    /// <summary>A number shown as it is, with all its decimals.</summary>
    /// <param name="value">The number.</param>
    public static XlsxCell AsIs(decimal value) => new(null, new ReportNumber(value, ReportValueKind.Average), Plain: true);

    /// <summary>A text cell.</summary>
    /// <param name="text">The text.</param>
    public static XlsxCell Of(string text) => new(text, null);

    /// <summary>A number cell (empty when the number is undefined).</summary>
    /// <param name="number">The number.</param>
    public static XlsxCell Of(ReportNumber number) => new(null, number);
}
