using System;

namespace Cae.IO.Reports.Html;

/// <summary>What every chart needs besides its figures: its id, title, axis labels and how to write a value.</summary>
/// <param name="Id">The chart's id, unique in the page.</param>
/// <param name="Title">The title, the chart's accessible name.</param>
/// <param name="ValueAxisLabel">The label of the value axis (what and in which unit).</param>
/// <param name="CategoryAxisLabel">The label of the category (or x) axis.</param>
/// <param name="FormatValue">Writes a value as people read it (the report's language and number format).</param>
internal sealed record ChartOptions(string Id, string Title, string ValueAxisLabel, string CategoryAxisLabel, Func<decimal, string> FormatValue);
