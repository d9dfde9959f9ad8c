using System;
using System.Collections.Generic;
using System.Diagnostics.Contracts;
using Cae.Domain.Errors;
using Cae.Domain.Organisation;
using NodaTime;

namespace Cae.Domain.Paths;

/// <summary>
/// One person's support path as a CAE exports it (a row of <c>paths.csv</c>): who follows the person,
/// the main structure, and the dates of the path.
/// </summary>
/// <remarks>
/// <para>The constructor enforces the data contract's rules for a path row: the exit is not before the entry,
/// the CESA is not before the entry, and the exit date and exit category are both set or both absent.
/// A recorded associate date is kept as it is, even when it is not a general-assembly date: that is a
/// violation of the admission rule the rules report, not a malformed row.</para>
/// <para><see cref="ToSupportPath"/> turns the row into its dated events.</para>
/// </remarks>
public sealed class PathRecord
{
    /// <summary>Creates a path row.</summary>
    /// <param name="entrepreneurId">The person's key; not empty.</param>
    /// <param name="establishment">The establishment that follows the person.</param>
    /// <param name="structure">The structure of the person's main activity.</param>
    /// <param name="entryDate">The start of the support path.</param>
    /// <param name="cesaDate">The start of the CESA, if any; not before the entry.</param>
    /// <param name="associateApplicationDate">The date the person applied to become an associate, if any.</param>
    /// <param name="associateDate">The date the person was admitted as associate, if any.</param>
    /// <param name="exitDate">The end of the support path, if any; not before the entry.</param>
    /// <param name="exitCategory">The exit category; set exactly when <paramref name="exitDate"/> is.</param>
    /// <param name="typology">What the typology tables know of the person; <c>null</c> for nothing.</param>
    /// <exception cref="DomainRuleException">A rule of the row is broken; the message names the field.</exception>
    public PathRecord(
        string entrepreneurId,
        Establishment establishment,
        Structure structure,
        LocalDate entryDate,
        LocalDate? cesaDate = null,
        LocalDate? associateApplicationDate = null,
        LocalDate? associateDate = null,
        LocalDate? exitDate = null,
        ExitCategory? exitCategory = null,
        Typology? typology = null)
    {
        if (Problem(entrepreneurId, establishment, structure, entryDate, cesaDate, exitDate, exitCategory) is { } problem)
        {
            throw problem;
        }

        EntrepreneurId = entrepreneurId.Trim();
        Establishment = establishment;
        Structure = structure;
        EntryDate = entryDate;
        CesaDate = cesaDate;
        AssociateApplicationDate = associateApplicationDate;
        AssociateDate = associateDate;
        ExitDate = exitDate;
        ExitCategory = exitCategory;
        Typology = typology ?? Typology.Unknown;
    }

    /// <summary>
    /// The first rule of a path that these values break, as the exception the constructor throws; <c>null</c>
    /// when they keep them all. A loader checks rows with it without building one object a row.
    /// </summary>
    /// <param name="entrepreneurId">The person's key.</param>
    /// <param name="establishment">The establishment.</param>
    /// <param name="structure">The structure.</param>
    /// <param name="entryDate">The entry date.</param>
    /// <param name="cesaDate">The CESA date, if any.</param>
    /// <param name="exitDate">The exit date, if any.</param>
    /// <param name="exitCategory">The exit category, if any.</param>
    /// <returns>The broken rule, or <c>null</c>.</returns>
    [Pure]
    public static DomainRuleException? Problem(
        string? entrepreneurId,
        Establishment establishment,
        Structure structure,
        LocalDate entryDate,
        LocalDate? cesaDate,
        LocalDate? exitDate,
        ExitCategory? exitCategory)
    {
        if (string.IsNullOrWhiteSpace(entrepreneurId))
        {
            return new DomainRuleException("entrepreneur_id", entrepreneurId, "the key of a path is not empty");
        }

        if (establishment.Name is null)
        {
            return new DomainRuleException("establishment", null, "a path names its establishment");
        }

        if (structure.Name is null)
        {
            return new DomainRuleException("structure", null, "a path names its structure");
        }

        if (exitDate is { } exit && exit < entryDate)
        {
            return new DomainRuleException("exit_date", $"{exit:yyyy-MM-dd}", $"the exit is not before the entry ({entryDate:yyyy-MM-dd})");
        }

        if (cesaDate is { } cesa && cesa < entryDate)
        {
            return new DomainRuleException("cesa_date", $"{cesa:yyyy-MM-dd}", $"the CESA does not start before the entry ({entryDate:yyyy-MM-dd})");
        }

        if (exitDate.HasValue != (exitCategory is not null))
        {
            return exitDate.HasValue
                ? new DomainRuleException("exit_category", null, "an exit date needs an exit category")
                : new DomainRuleException("exit_date", null, $"an exit category ({exitCategory!.Code}) needs an exit date");
        }

        return null;
    }

    /// <summary>The person's key.</summary>
    public string EntrepreneurId { get; }

    /// <summary>The establishment that follows the person.</summary>
    public Establishment Establishment { get; }

    /// <summary>The structure of the person's main activity.</summary>
    public Structure Structure { get; }

    /// <summary>The start of the support path.</summary>
    public LocalDate EntryDate { get; }

    /// <summary>The start of the CESA, if any.</summary>
    public LocalDate? CesaDate { get; }

    /// <summary>The date the person applied to become an associate, if any.</summary>
    public LocalDate? AssociateApplicationDate { get; }

    /// <summary>The date the person was admitted as associate, if any.</summary>
    public LocalDate? AssociateDate { get; }

    /// <summary>The end of the support path, if any.</summary>
    public LocalDate? ExitDate { get; }

    /// <summary>The exit category, set exactly when <see cref="ExitDate"/> is.</summary>
    public ExitCategory? ExitCategory { get; }

    /// <summary>What the typology tables know of the person.</summary>
    public Typology Typology { get; }

    /// <summary>Whether the person is an associate on a day (admitted on or before it).</summary>
    /// <param name="date">The day.</param>
    public bool IsAssociateOn(LocalDate date) => AssociateDate is { } a && a <= date;

    /// <summary>
    /// The path as dated events: entry, CESA when recorded, then admission (category associate) or exit.
    /// </summary>
    /// <exception cref="DomainRuleException">
    /// The row records an admission (exit category associate) without a CESA, or with an associate date that
    /// differs from the exit date, or a CESA after the exit: such a row is a valid export but not a legal path
    /// (an associate is an entrepreneur salarié, and the path ends on admission).
    /// </exception>
    public SupportPath ToSupportPath()
    {
        var events = new List<PathEvent> { PathEvent.Entry(EntryDate) };
        if (CesaDate is { } cesa)
        {
            events.Add(PathEvent.CesaStart(cesa));
        }

        if (ExitDate is { } exit)
        {
            if (ExitCategory == Paths.ExitCategory.Associate && AssociateDate is { } admitted && admitted != exit)
            {
                throw new DomainRuleException(
                    "associate_date",
                    FormattableString.Invariant($"{admitted:yyyy-MM-dd}"),
                    FormattableString.Invariant($"an admission ends the support path on its day: the exit date ({exit:yyyy-MM-dd}) is the associate date"));
            }

            events.Add(ExitCategory == Paths.ExitCategory.Associate ? PathEvent.Admission(exit) : PathEvent.Exit(exit, ExitCategory!));
        }

        return new SupportPath(EntrepreneurId, events);
    }

    /// <summary>The key and dates, for messages.</summary>
    public override string ToString() => FormattableString.Invariant($"{EntrepreneurId} ({Structure}, {Establishment}) entry {EntryDate:yyyy-MM-dd}");
}
