using System.Collections.Generic;

namespace Cae.IO.Reports.Html;

/// <summary>A named series of a chart: one value per category (or per x), <c>null</c> where the figure is undefined.</summary>
/// <param name="Name">The series' name, shown in the legend.</param>
/// <param name="Values">The values, one per category.</param>
internal sealed record ChartSeries(string Name, IReadOnlyList<decimal?> Values);
