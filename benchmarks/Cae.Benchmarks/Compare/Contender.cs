using System;
using System.Collections.Generic;
using Cae.Benchmarks.Figures;

namespace Cae.Benchmarks.Compare;

/// <summary>A way of computing the report: the timed run, and how to read figures from its result (not timed).</summary>
/// <param name="Name">The name printed in the table.</param>
/// <param name="Run">Computes the report; its result is kept alive until timing stops.</param>
/// <param name="Figures">Reads the figures from a result.</param>
/// <param name="FigurePaths">The figures this contender computes, or <c>null</c> for the whole report.</param>
public sealed record Contender(string Name, Func<object> Run, Func<object, ReportFigures> Figures, IReadOnlyCollection<string>? FigurePaths = null);
