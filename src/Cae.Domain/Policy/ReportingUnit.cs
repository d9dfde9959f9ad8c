using Cae.Domain.Organisation;

namespace Cae.Domain.Policy;

/// <summary>
/// Maps a structure, or a structure in one establishment, to the label of a unit of the annual report's
/// economic tables (e.g. Coopilote in Besançon → "Coopilote B").
/// </summary>
/// <param name="Structure">The structure.</param>
/// <param name="Establishment">The establishment, or <c>null</c> for the rest of the structure.</param>
/// <param name="Label">The unit's label in the report.</param>
public sealed record ReportingUnit(Structure Structure, Establishment? Establishment, string Label);
