using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Diagnostics.Contracts;
using System.Linq;
using Cae.Domain.Errors;
using NodaTime;

namespace Cae.Domain.Paths;

/// <summary>
/// A person's support path in a CAE, as the ordered list of its dated events. The status on any day is a
/// fold over the events up to that day, never typed in by hand.
/// </summary>
/// <remarks>
/// <para>The constructor checks that events are in date order (equal dates keep their given order), that the
/// first one is the entry, and that each transition is allowed by <see cref="PathStage.CanTransitionTo"/>:
/// an illegal path cannot be built. Limits that depend on policy (24-month support, CAPE renewals, the
/// associate deadline) are not structural; the rules report them as violations.</para>
/// <para>Why three path types: <see cref="PathRecord"/> is one row of paths.csv, validated against the data contract
/// (what the report engine counts); <see cref="SupportPath"/> is the same person as dated events with the status
/// on any day (<see cref="PathRecord.ToSupportPath"/>), for tools that follow one path stage by stage; and the rules'
/// <c>PathCase</c> (Cae.Rules) holds the dates as typed for one case checked by hand (<c>cae path</c>), not validated,
/// so that a CESA before the entry is reported as a violation instead of refused.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class SupportPath
{
    private readonly PathEvent[] events;

    /// <summary>Builds a path from its events.</summary>
    /// <param name="entrepreneurId">The person's key.</param>
    /// <param name="events">The events, in date order, starting with <see cref="PathEvent.Entry"/>.</param>
    /// <exception cref="DomainRuleException">The events are empty, out of order, or make a transition the path does not allow.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> is <c>null</c>.</exception>
    public SupportPath(string entrepreneurId, IEnumerable<PathEvent> events)
    {
        if (string.IsNullOrWhiteSpace(entrepreneurId))
        {
            throw new DomainRuleException("entrepreneur_id", entrepreneurId, "a path belongs to a person with a non-empty key");
        }

        this.events = (events ?? throw new ArgumentNullException(nameof(events))).ToArray();
        if (this.events.Length == 0)
        {
            throw new DomainRuleException("events", "(none)", "a path starts with its entry event");
        }

        var stage = PathStage.NotEntered;
        LocalDate? previous = null;
        foreach (var e in this.events)
        {
            if (e is null)
            {
                throw new ArgumentNullException(nameof(events), "A path event is null.");
            }

            if (previous is { } p && e.Date < p)
            {
                throw new DomainRuleException("events", e.ToString(), $"events are in date order (this one is before {p:yyyy-MM-dd})");
            }

            if (!stage.CanTransitionTo(e.Stage))
            {
                throw new DomainRuleException("events", e.ToString(), $"a path at stage {stage.Name} cannot move to {e.Stage.Name}");
            }

            stage = e.Stage;
            previous = e.Date;
        }

        EntrepreneurId = entrepreneurId;
        Events = new ReadOnlyCollection<PathEvent>(this.events);
    }

    /// <summary>The person's key.</summary>
    public string EntrepreneurId { get; }

    /// <summary>The events, in date order.</summary>
    public IReadOnlyList<PathEvent> Events { get; }

    /// <summary>The entry date (the date of the first event).</summary>
    public LocalDate EntryDate => events[0].Date;

    /// <summary>The date the path ended (admission or exit); <c>null</c> while it goes on.</summary>
    public LocalDate? EndDate => events[events.Length - 1].Stage.IsTerminal ? events[events.Length - 1].Date : null;

    /// <summary>The exit category once the path has ended; <c>null</c> while it goes on.</summary>
    public ExitCategory? ExitCategory => events[events.Length - 1].Stage.IsTerminal ? events[events.Length - 1].ExitCategory : null;

    /// <summary>The date of the first CESA event; <c>null</c> when there is none.</summary>
    public LocalDate? CesaDate => events.FirstOrDefault(e => e.Stage == PathStage.Cesa)?.Date;

    /// <summary>The status on a day: a fold over the events dated on or before it.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The stage reached by the last event on or before <paramref name="date"/>; <see cref="PathStatus.NotEntered"/> before entry.</returns>
    [Pure]
    public PathStatus StatusOn(LocalDate date)
    {
        var status = PathStatus.NotEntered;
        foreach (var e in events)
        {
            if (e.Date > date)
            {
                break;
            }

            status = new PathStatus(e.Stage, e.Date, e.Stage.IsTerminal ? e.ExitCategory : null);
        }

        return status;
    }
}
