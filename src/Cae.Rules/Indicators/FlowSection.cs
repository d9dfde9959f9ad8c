namespace Cae.Rules.Indicators;

/// <summary>The <c>flows</c> section: flows of support paths, in total and by the path's establishment and structure.</summary>
/// <param name="Total">All paths.</param>
/// <param name="ByEstablishment">By the establishment that follows the person (groups with at least one accompanied person).</param>
/// <param name="ByStructure">By the structure of the person's main activity.</param>
/// <param name="ByStructureAndEstablishment">By structure, then establishment (the annual report's "accompanied by establishment × structure").</param>
public sealed record FlowSection(
    FlowCounts Total,
    GroupTable<FlowCounts> ByEstablishment,
    GroupTable<FlowCounts> ByStructure,
    GroupTable<GroupTable<FlowCounts>> ByStructureAndEstablishment);
