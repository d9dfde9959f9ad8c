namespace Cae.Rules.Data;

/// <summary>A row that <see cref="CaeDatasetBuilder.Build(out System.Collections.Generic.IReadOnlyList{BuildRejection})"/> left out, and why.</summary>
/// <param name="Rule">The cross-row rule the row breaks; it tells whether the row is a path or an activity row.</param>
/// <param name="Index">
/// Which row: the 0-based position of the row among the paths (for <see cref="BuildRule.RepeatedPerson"/>) or the
/// activity rows (otherwise) that the builder accepted, in the order they were added.
/// </param>
/// <param name="KeptIndex">For a repeated row, the position of the earlier row that is kept; −1 for an unknown person.</param>
/// <param name="EntrepreneurId">The person's key of the row.</param>
/// <param name="Column">The data contract's column at fault.</param>
/// <param name="Reason">The reason, in plain words, naming no file.</param>
public sealed record BuildRejection(BuildRule Rule, int Index, int KeptIndex, string EntrepreneurId, string Column, string Reason);
