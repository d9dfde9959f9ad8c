using System;
using System.Diagnostics.CodeAnalysis;
using Ardalis.SmartEnum;
using Cae.Domain.Paths;

namespace Cae.Domain.Sessions;

/// <summary>
/// The kind of a collective session a CAE runs (the <c>kind</c> column of <c>sessions.csv</c>, data contract §1'):
/// an information session (<i>information collective</i>), a workshop (<i>atelier</i>) or a project group
/// (<i>groupe projet</i>).
/// </summary>
/// <remarks>Immutable; one instance per kind, so reference equality is value equality.</remarks>
public sealed class SessionKind : SmartEnum<SessionKind>
{
    /// <summary>An information session for people who consider joining (<c>info_session</c>, <i>information collective</i>).</summary>
    public static readonly SessionKind InfoSession = new(nameof(InfoSession), 0, "info_session", "information collective");

    /// <summary>A workshop for the entrepreneurs (<c>workshop</c>, <i>atelier</i>).</summary>
    public static readonly SessionKind Workshop = new(nameof(Workshop), 1, "workshop", "atelier");

    /// <summary>A project-group session (<c>project_group</c>, <i>groupe projet</i>).</summary>
    public static readonly SessionKind ProjectGroup = new(nameof(ProjectGroup), 2, "project_group", "groupe projet");

    private SessionKind(string name, int value, string code, string frenchLabel)
        : base(name, value)
    {
        Code = code;
        FrenchLabel = frenchLabel;
    }

    /// <summary>The contract's code: <c>info_session</c>, <c>workshop</c> or <c>project_group</c>.</summary>
    public string Code { get; }

    /// <summary>The French label accepted in the file: <c>information collective</c>, <c>atelier</c>, <c>groupe projet</c>.</summary>
    public string FrenchLabel { get; }

    /// <summary>
    /// Reads a kind from its code or its French label, case and accents folded by the library itself (the same with
    /// or without ICU); underscores and spaces are the same.
    /// </summary>
    /// <param name="text">The cell's text; <c>null</c> or blank is no kind.</param>
    /// <param name="kind">The kind, when known.</param>
    /// <returns>Whether the text names a kind.</returns>
    public static bool TryParse(string? text, [NotNullWhen(true)] out SessionKind? kind)
    {
        kind = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var folded = Normalise(text!);
        foreach (var candidate in List)
        {
            if (string.Equals(folded, Normalise(candidate.Code), StringComparison.Ordinal)
                || string.Equals(folded, Normalise(candidate.FrenchLabel), StringComparison.Ordinal))
            {
                kind = candidate;
                return true;
            }
        }

        return false;
    }

    /// <summary>The contract's code.</summary>
    public override string ToString() => Code;

    private static string Normalise(string text)
    {
        var folded = TextFolding.Fold(text).Replace('_', ' ');
        while (folded.IndexOf("  ", StringComparison.Ordinal) >= 0)
        {
            folded = folded.Replace("  ", " ");
        }

        return folded;
    }
}
