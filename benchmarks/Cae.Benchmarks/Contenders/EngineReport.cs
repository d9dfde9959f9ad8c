using System;
using Cae.Benchmarks.Figures;

namespace Cae.Benchmarks.Contenders;

/// <summary>
/// The library's bulk engine (<c>Cae.Rules.Indicators</c>): the report of a year computed from the columnar
/// dataset, and its figures read from the report tree.
/// </summary>
public static class EngineReport
{
    /// <summary>Whether this build of the library has the bulk engine.</summary>
    public static bool IsAvailable => false;

    /// <summary>Computes the report with the engine; the result is the engine's own report object.</summary>
    /// <param name="data">The population.</param>
    public static object Compute(BenchmarkData data) => throw new NotSupportedException("The bulk engine is not in this build of the library yet.");

    /// <summary>The figures of a report computed by <see cref="Compute"/>.</summary>
    /// <param name="report">The report.</param>
    public static ReportFigures Figures(object report) => throw new NotSupportedException("The bulk engine is not in this build of the library yet.");
}
