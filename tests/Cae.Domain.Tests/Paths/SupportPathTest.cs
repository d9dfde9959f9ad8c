using System;
using System.Collections.Generic;
using Cae.Domain.Errors;
using Cae.Domain.Paths;
using Cae.Domain.Tests.TestHelpers;
using NodaTime;
using Xunit;

namespace Cae.Domain.Tests.Paths;

public partial class SupportPathTest
{
    private static readonly LocalDate Entry = new(2014, 3, 3);
    private static readonly LocalDate Cape = new(2014, 4, 1);
    private static readonly LocalDate Cesa = new(2015, 1, 5);
    private static readonly LocalDate Assembly = new(2016, 6, 18);

    private static SupportPath Path(params PathEvent[] events) => new("E-001", events);

    [Fact]
    public void A_full_path_to_associate()
    {
        var path = Path(PathEvent.Entry(Entry), PathEvent.CapeStart(Cape), PathEvent.CesaStart(Cesa), PathEvent.Admission(Assembly));
        Assert.Equal("E-001", path.EntrepreneurId);
        Assert.Equal(Entry, path.EntryDate);
        Assert.Equal(Cesa, path.CesaDate);
        Assert.Equal(Assembly, path.EndDate);
        Assert.Same(ExitCategory.Associate, path.ExitCategory);
        Assert.Equal(4, path.Events.Count);
    }

    [Fact]
    public void An_ongoing_path_has_no_end()
    {
        var path = Path(PathEvent.Entry(Entry), PathEvent.CapeStart(Cape));
        Assert.Null(path.EndDate);
        Assert.Null(path.ExitCategory);
        Assert.Null(path.CesaDate);
    }

    [Fact]
    public void An_exit_ends_the_path_with_its_category()
    {
        var path = Path(PathEvent.Entry(Entry), PathEvent.Exit(Cape, ExitCategory.Employment));
        Assert.Equal(Cape, path.EndDate);
        Assert.Same(ExitCategory.Employment, path.ExitCategory);
    }

    [Fact]
    public void CesaDate_is_the_first_CESA_and_renewed_CAPEs_are_allowed()
    {
        var path = Path(
            PathEvent.Entry(Entry),
            PathEvent.CapeStart(Cape),
            PathEvent.CapeStart(Cape.PlusYears(1)),
            PathEvent.CapeStart(Cape.PlusYears(2)),
            PathEvent.CesaStart(Cape.PlusYears(3)));
        Assert.Equal(Cape.PlusYears(3), path.CesaDate);
    }

    [Fact]
    public void Events_on_the_same_day_keep_their_order()
    {
        var path = Path(PathEvent.Entry(Entry), PathEvent.CesaStart(Entry), PathEvent.Admission(Entry));
        Assert.Equal(PathStage.Associate, path.StatusOn(Entry).Stage);
        Assert.Equal(Entry, path.EndDate);
    }

    [Fact]
    public void Events_are_a_read_only_copy()
    {
        var events = new List<PathEvent> { PathEvent.Entry(Entry), PathEvent.CesaStart(Cesa) };
        var path = new SupportPath("E-001", events);
        events.Add(PathEvent.Exit(Assembly, ExitCategory.Other));
        Assert.Equal(2, path.Events.Count);
        Assert.Null(path.EndDate);
        var list = Assert.IsAssignableFrom<IList<PathEvent>>(path.Events);
        Assert.True(list.IsReadOnly);
        Assert.Throws<NotSupportedException>(() => list[0] = PathEvent.Entry(Cesa));
    }

    [Fact]
    public void No_event_is_an_error()
    {
        var e = DomainAssert.Throws("events", "(none)", () => new SupportPath("E-001", Array.Empty<PathEvent>()));
        Assert.Contains("entry", e.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_events_throw()
    {
        Assert.Throws<ArgumentNullException>(() => new SupportPath("E-001", null!));
        Assert.Throws<ArgumentNullException>(() => Path(PathEvent.Entry(Entry), null!));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData(null)]
    public void A_path_belongs_to_someone(string? id) =>
        DomainAssert.Throws("entrepreneur_id", id, () => new SupportPath(id!, new[] { PathEvent.Entry(Entry) }));

    [Fact]
    public void Events_out_of_order_are_an_error_naming_the_event_and_the_date_before()
    {
        var e = DomainAssert.Throws("events", "2014-03-02 Cesa", () => Path(PathEvent.Entry(Entry), PathEvent.CesaStart(Entry.PlusDays(-1))));
        Assert.Contains("date order", e.Rule, StringComparison.Ordinal);
        Assert.Contains("2014-03-03", e.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void A_path_starts_with_its_entry()
    {
        var e = DomainAssert.Throws("events", "2014-04-01 Cape", () => Path(PathEvent.CapeStart(Cape), PathEvent.CesaStart(Cesa)));
        Assert.Equal("a path at stage NotEntered cannot move to Cape", e.Rule);
    }

    public static TheoryData<string, PathEvent[], string> Disallowed => new()
    {
        { "2015-01-05 Cape", new[] { PathEvent.Entry(Entry), PathEvent.CesaStart(Cape), PathEvent.CapeStart(Cesa) }, "a path at stage Cesa cannot move to Cape" },
        { "2015-01-05 Associate", new[] { PathEvent.Entry(Entry), PathEvent.Admission(Cesa) }, "a path at stage Candidate cannot move to Associate" },
        { "2015-01-05 Associate", new[] { PathEvent.Entry(Entry), PathEvent.CapeStart(Cape), PathEvent.Admission(Cesa) }, "a path at stage Cape cannot move to Associate" },
        { "2014-04-01 Candidate", new[] { PathEvent.Entry(Entry), PathEvent.Entry(Cape) }, "a path at stage Candidate cannot move to Candidate" },
        { "2015-01-05 Cesa", new[] { PathEvent.Entry(Entry), PathEvent.CesaStart(Cape), PathEvent.CesaStart(Cesa) }, "a path at stage Cesa cannot move to Cesa" },
        { "2016-06-18 Exited (other)", new[] { PathEvent.Entry(Entry), PathEvent.CesaStart(Cape), PathEvent.Admission(Cesa), PathEvent.Exit(Assembly, ExitCategory.Other) }, "a path at stage Associate cannot move to Exited" },
        { "2016-06-18 Cesa", new[] { PathEvent.Entry(Entry), PathEvent.Exit(Cesa, ExitCategory.Other), PathEvent.CesaStart(Assembly) }, "a path at stage Exited cannot move to Cesa" },
    };

    [Theory]
    [MemberData(nameof(Disallowed))]
    public void A_transition_the_path_does_not_allow_is_an_error_naming_the_event(string value, PathEvent[] events, string rule)
    {
        var e = DomainAssert.Throws("events", value, () => Path(events));
        Assert.Equal(rule, e.Rule);
    }

    [Fact]
    public void StatusOn_examples()
    {
        var path = Path(PathEvent.Entry(Entry), PathEvent.CapeStart(Cape), PathEvent.CesaStart(Cesa), PathEvent.Exit(Assembly, ExitCategory.Creation));
        Assert.Equal(PathStatus.NotEntered, path.StatusOn(Entry.PlusDays(-1)));
        Assert.Equal(new PathStatus(PathStage.Candidate, Entry, null), path.StatusOn(Entry));
        Assert.Equal(new PathStatus(PathStage.Candidate, Entry, null), path.StatusOn(Cape.PlusDays(-1)));
        Assert.Equal(new PathStatus(PathStage.Cape, Cape, null), path.StatusOn(Cape));
        Assert.Equal(new PathStatus(PathStage.Cesa, Cesa, null), path.StatusOn(Assembly.PlusDays(-1)));
        Assert.Equal(new PathStatus(PathStage.Exited, Assembly, ExitCategory.Creation), path.StatusOn(Assembly));
        Assert.Equal(new PathStatus(PathStage.Exited, Assembly, ExitCategory.Creation), path.StatusOn(new LocalDate(2030, 1, 1)));
    }

    [Fact]
    public void NotEntered_status_has_neither_date_nor_category()
    {
        Assert.Same(PathStage.NotEntered, PathStatus.NotEntered.Stage);
        Assert.Null(PathStatus.NotEntered.Since);
        Assert.Null(PathStatus.NotEntered.ExitCategory);
    }

    [Fact]
    public void DomainRuleException_is_an_ArgumentException_naming_the_parameter()
    {
        var e = Assert.Throws<DomainRuleException>(() => Path());
        Assert.IsAssignableFrom<ArgumentException>(e);
        Assert.Equal("events", e.ParamName);
    }
}
