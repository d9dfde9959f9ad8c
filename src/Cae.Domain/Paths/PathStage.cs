using System;
using System.Diagnostics.Contracts;
using Ardalis.SmartEnum;

namespace Cae.Domain.Paths;

/// <summary>
/// A stage of a person's support path in the CAE: candidate → CAPE → CESA → associate, or exit from any
/// stage. Allowed transitions are behaviour of the stage (<see cref="CanTransitionTo"/>).
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><see cref="NotEntered"/> is the state before any event (the seed of the status fold).</item>
/// <item><see cref="Candidate"/>: the support path has started (accueil, diagnostic).</item>
/// <item><see cref="Cape"/>: contrat d'appui au projet d'entreprise (Code de commerce L127-1 to L127-7): the person
/// keeps their previous status; 12 months at most, renewable twice. A CAPE may follow a CAPE (renewal).</item>
/// <item><see cref="Cesa"/>: contrat d'entrepreneur salarié associé (Code du travail L7331-2): the person is paid
/// from their activity's turnover.</item>
/// <item><see cref="Associate"/>: admitted as associate (L7331-3); this ends the support path, with exit
/// category <see cref="ExitCategory.Associate"/>. Only an entrepreneur salarié becomes associate.</item>
/// <item><see cref="Exited"/>: the path ended for another reason. Terminal.</item>
/// </list>
/// </remarks>
public sealed class PathStage : SmartEnum<PathStage>
{
    /// <summary>Before the path starts.</summary>
    public static readonly PathStage NotEntered = new(nameof(NotEntered), 0);

    /// <summary>The support path has started (candidate, diagnostic).</summary>
    public static readonly PathStage Candidate = new(nameof(Candidate), 1);

    /// <summary>Under a CAPE (contrat d'appui au projet d'entreprise).</summary>
    public static readonly PathStage Cape = new(nameof(Cape), 2);

    /// <summary>Under a CESA (contrat d'entrepreneur salarié associé).</summary>
    public static readonly PathStage Cesa = new(nameof(Cesa), 3);

    /// <summary>Admitted as associate; the support path is over.</summary>
    public static readonly PathStage Associate = new(nameof(Associate), 4);

    /// <summary>Left the support path for another reason.</summary>
    public static readonly PathStage Exited = new(nameof(Exited), 5);

    private PathStage(string name, int value)
        : base(name, value)
    {
    }

    /// <summary>Whether the path is over at this stage (associate or exited).</summary>
    public bool IsTerminal => this == Associate || this == Exited;

    /// <summary>Whether a person at this stage is supported by the CAE (candidate, CAPE or CESA).</summary>
    public bool IsSupported => this == Candidate || this == Cape || this == Cesa;

    /// <summary>Whether the path may move from this stage to <paramref name="next"/>.</summary>
    /// <param name="next">The stage of the next event.</param>
    /// <returns>
    /// Not entered → candidate; candidate → CAPE, CESA or exit; CAPE → CAPE (renewal), CESA or exit;
    /// CESA → associate or exit; nothing leaves associate or exited.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="next"/> is <c>null</c>.</exception>
    [Pure]
    public bool CanTransitionTo(PathStage next)
    {
        if (next is null)
        {
            throw new ArgumentNullException(nameof(next));
        }

        return Value switch
        {
            0 => next == Candidate,
            1 => next == Cape || next == Cesa || next == Exited,
            2 => next == Cape || next == Cesa || next == Exited,
            3 => next == Associate || next == Exited,
            _ => false,
        };
    }
}
