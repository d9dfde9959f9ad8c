using System.Collections.Generic;
using System.Linq;
using Cae.Domain.Paths;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Cae.Domain.Tests.Paths;

public partial class SupportPathTest
{
    [Property(Arbitrary = new[] { typeof(PathArbitraries) })]
    public Property The_status_on_any_day_is_the_stage_of_the_last_event_on_or_before_it(GeneratedPath generated)
    {
        var path = new SupportPath("P", generated.Events);
        var day = generated.Query;
        var last = generated.Events.LastOrDefault(e => e.Date <= day);
        var expected = last is null
            ? PathStatus.NotEntered
            : new PathStatus(last.Stage, last.Date, last.Stage.IsTerminal ? last.ExitCategory : null);
        return (path.StatusOn(day) == expected).Label($"{generated} on {day:yyyy-MM-dd}: {path.StatusOn(day)}");
    }

    [Property(Arbitrary = new[] { typeof(PathArbitraries) })]
    public Property Stages_along_increasing_days_follow_the_order_of_events(GeneratedPath generated)
    {
        var path = new SupportPath("P", generated.Events);
        var first = generated.Events[0].Date.PlusDays(-1);
        var end = generated.Events[generated.Events.Length - 1].Date.PlusDays(1);

        // The distinct statuses seen day after day, in order; each new status must show on the day it started.
        var seen = new List<PathStatus>();
        var startedOnItsDay = true;
        for (var day = first; day <= end; day = day.PlusDays(1))
        {
            var status = path.StatusOn(day);
            if (seen.Count == 0 || seen[seen.Count - 1] != status)
            {
                seen.Add(status);
                startedOnItsDay &= status.Since is null ? day == first : status.Since == day;
            }
        }

        // Expected: not entered, then each event in order (when several share a day, only the last of that day shows).
        var expected = new List<PathStatus> { PathStatus.NotEntered };
        expected.AddRange(generated.Events
            .Where((e, i) => i == generated.Events.Length - 1 || generated.Events[i + 1].Date != e.Date)
            .Select(e => new PathStatus(e.Stage, e.Date, e.Stage.IsTerminal ? e.ExitCategory : null)));

        return (seen.SequenceEqual(expected)
                && startedOnItsDay
                && path.EntryDate == generated.Events[0].Date
                && path.EndDate == (generated.Events.Last().Stage.IsTerminal ? generated.Events.Last().Date : (LocalDate?)null))
            .Label($"{generated}: saw {string.Join(", ", seen.Select(s => s.Stage.Name))}");
    }
}

/// <summary>A legal path and a day to ask about.</summary>
/// <param name="Events">The events of the path, legal by construction.</param>
/// <param name="Query">A day from a little before the entry to a little after the last event.</param>
public sealed record GeneratedPath(PathEvent[] Events, LocalDate Query)
{
    /// <inheritdoc />
    public override string ToString() => string.Join(" → ", Events.Select(e => e.ToString()));
}

/// <summary>Generates legal support paths from a transition table written independently of <see cref="PathStage"/>.</summary>
public static class PathArbitraries
{
    private static readonly Dictionary<string, string[]> Next = new()
    {
        ["Candidate"] = new[] { "Cape", "Cesa", "Exited" },
        ["Cape"] = new[] { "Cape", "Cesa", "Exited" },
        ["Cesa"] = new[] { "Associate", "Exited" },
        ["Associate"] = new string[0],
        ["Exited"] = new string[0],
    };

    private static readonly ExitCategory[] ExitReasons =
        { ExitCategory.Creation, ExitCategory.Employment, ExitCategory.Training, ExitCategory.Reorientation, ExitCategory.Other };

    /// <summary>Legal paths with gaps of zero (same day) to 300 days between events.</summary>
    public static Arbitrary<GeneratedPath> Paths() =>
        (from entryOffset in Gen.Choose(0, 10_000)
         from steps in Gen.ArrayOf(Gen.Zip(Gen.Choose(0, 1_000), Gen.Frequency((1, Gen.Constant(0)), (5, Gen.Choose(1, 300)))))
         let events = Build(new LocalDate(2000, 1, 1).PlusDays(entryOffset), steps)
         let span = Period.Between(events[0].Date, events[events.Length - 1].Date, PeriodUnits.Days).Days
         from queryOffset in Gen.Choose(-40, span + 40)
         select new GeneratedPath(events, events[0].Date.PlusDays(queryOffset)))
        .ToArbitrary();

    private static PathEvent[] Build(LocalDate entry, (int Choice, int Gap)[] steps)
    {
        var events = new List<PathEvent> { PathEvent.Entry(entry) };
        var stage = "Candidate";
        var date = entry;
        foreach (var (choice, gap) in steps)
        {
            var options = Next[stage];
            if (options.Length == 0)
            {
                break;
            }

            stage = options[choice % options.Length];
            date = date.PlusDays(gap);
            events.Add(stage switch
            {
                "Cape" => PathEvent.CapeStart(date),
                "Cesa" => PathEvent.CesaStart(date),
                "Associate" => PathEvent.Admission(date),
                _ => PathEvent.Exit(date, ExitReasons[(choice / 3) % ExitReasons.Length]),
            });
        }

        return events.ToArray();
    }
}
