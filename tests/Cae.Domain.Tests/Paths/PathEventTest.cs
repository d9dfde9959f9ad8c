using System;
using Cae.Domain.Paths;
using Cae.Domain.Tests.TestHelpers;
using NodaTime;
using Xunit;

namespace Cae.Domain.Tests.Paths;

public class PathEventTest
{
    private static readonly LocalDate Day = new(2015, 6, 13);

    [Fact]
    public void Factories_set_the_stage_and_category()
    {
        Assert.Equal((Day, PathStage.Candidate, (ExitCategory?)null), Parts(PathEvent.Entry(Day)));
        Assert.Equal((Day, PathStage.Cape, (ExitCategory?)null), Parts(PathEvent.CapeStart(Day)));
        Assert.Equal((Day, PathStage.Cesa, (ExitCategory?)null), Parts(PathEvent.CesaStart(Day)));
        Assert.Equal((Day, PathStage.Associate, (ExitCategory?)ExitCategory.Associate), Parts(PathEvent.Admission(Day)));
        Assert.Equal((Day, PathStage.Exited, (ExitCategory?)ExitCategory.Training), Parts(PathEvent.Exit(Day, ExitCategory.Training)));
    }

    [Fact]
    public void Exit_as_associate_is_an_error_pointing_to_Admission()
    {
        var e = DomainAssert.Throws("exit_category", "associate", () => PathEvent.Exit(Day, ExitCategory.Associate));
        Assert.Contains("Admission", e.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Exit_without_category_throws() =>
        Assert.Throws<ArgumentNullException>(() => PathEvent.Exit(Day, null!));

    [Fact]
    public void Equality_contract() =>
        ContractAssert.Equality(
            PathEvent.Exit(Day, ExitCategory.Other),
            PathEvent.Exit(Day, ExitCategory.Other),
            PathEvent.Exit(Day, ExitCategory.Employment),
            PathEvent.Exit(Day.PlusDays(1), ExitCategory.Other),
            PathEvent.CesaStart(Day),
            PathEvent.Admission(Day));

    [Fact]
    public void Events_of_any_date_go_in_a_hash_set()
    {
        // The project builds with overflow checks on: hashing must not overflow.
        var events = new[]
        {
            PathEvent.Entry(LocalDate.MinIsoValue),
            PathEvent.Entry(LocalDate.MaxIsoValue),
            PathEvent.Exit(LocalDate.MaxIsoValue, ExitCategory.Other),
            PathEvent.CesaStart(Day),
            PathEvent.CesaStart(Day),
            PathEvent.Admission(new LocalDate(2100, 12, 31)),
        };
        Assert.Equal(5, new System.Collections.Generic.HashSet<PathEvent>(events).Count);
    }

    [Fact]
    public void Statuses_of_any_date_go_in_a_hash_set()
    {
        var statuses = new[]
        {
            PathStatus.NotEntered,
            new PathStatus(PathStage.Cesa, LocalDate.MaxIsoValue, null),
            new PathStatus(PathStage.Exited, LocalDate.MinIsoValue, ExitCategory.Other),
            new PathStatus(PathStage.Exited, LocalDate.MinIsoValue, ExitCategory.Other),
        };
        Assert.Equal(3, new System.Collections.Generic.HashSet<PathStatus>(statuses).Count);
    }

    [Theory]
    [InlineData("fr-FR")]
    [InlineData("tr-TR")]
    public void ToString_shows_date_stage_and_category(string culture)
    {
        using var scope = new CultureScope(culture);
        Assert.Equal("2015-06-13 Candidate", PathEvent.Entry(Day).ToString());
        Assert.Equal("2015-06-13 Associate", PathEvent.Admission(Day).ToString());
        Assert.Equal("2015-06-13 Exited (employment)", PathEvent.Exit(Day, ExitCategory.Employment).ToString());
    }

    private static (LocalDate, PathStage, ExitCategory?) Parts(PathEvent e) => (e.Date, e.Stage, e.ExitCategory);
}
