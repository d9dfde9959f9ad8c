using System;
using System.Collections.Generic;
using System.Linq;
using Cae.Domain.Sessions;
using Cae.Rules.Indicators;

namespace Cae.Rules.Sessions;

/// <summary>
/// The <c>workshops</c> section of the report (data contract §3'): the workshops of year Y by establishment and the
/// project-group sessions of Y.
/// </summary>
/// <remarks>Immutable; equal when their trees are.</remarks>
public sealed class WorkshopsSection : IEquatable<WorkshopsSection>
{
    /// <summary>Creates the section from its figures.</summary>
    /// <param name="byEstablishment">Sessions of kind workshop in Y, by establishment.</param>
    /// <param name="projectGroups">Sessions of kind project_group in Y.</param>
    /// <exception cref="ArgumentNullException"><paramref name="byEstablishment"/> is <c>null</c>.</exception>
    public WorkshopsSection(IReadOnlyDictionary<string, long> byEstablishment, long projectGroups)
    {
        ByEstablishment = new SortedDictionary<string, long>(
            (byEstablishment ?? throw new ArgumentNullException(nameof(byEstablishment))).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal),
            StringComparer.Ordinal);
        ProjectGroups = projectGroups;
    }

    /// <summary>Workshops of Y by establishment (ordinal order; an establishment without any is absent).</summary>
    public IReadOnlyDictionary<string, long> ByEstablishment { get; }

    /// <summary>Project-group sessions of Y, all establishments.</summary>
    public long ProjectGroups { get; }

    /// <summary>All workshops of Y.</summary>
    public long Total => ByEstablishment.Values.Sum();

    /// <summary>Computes the section for year <paramref name="year"/>.</summary>
    /// <param name="data">The sessions.</param>
    /// <param name="year">The year.</param>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is <c>null</c>.</exception>
    public static WorkshopsSection Compute(SessionDataset data, int year)
    {
        if (data is null)
        {
            throw new ArgumentNullException(nameof(data));
        }

        var ofYear = data.Sessions.Where(s => s.Date.Year == year).ToArray();
        var byEstablishment = ofYear.Where(s => s.Kind == SessionKind.Workshop)
            .GroupBy(s => s.Establishment.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.LongCount(), StringComparer.Ordinal);
        return new WorkshopsSection(byEstablishment, ofYear.LongCount(s => s.Kind == SessionKind.ProjectGroup));
    }

    /// <summary>The section as the report's tree, with the contract's names.</summary>
    public ReportTree ToTree() => new(new[]
    {
        SessionTree.Node("by_establishment", SessionTree.Counts(ByEstablishment)),
        SessionTree.Node("project_groups", SessionTree.Count(ProjectGroups)),
    });

    /// <inheritdoc/>
    public bool Equals(WorkshopsSection? other) => other is not null && ToTree().Equals(other.ToTree());

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as WorkshopsSection);

    /// <inheritdoc/>
    public override int GetHashCode() => ProjectGroups.GetHashCode();
}
