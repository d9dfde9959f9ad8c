using System;
using System.Collections.Generic;
using System.Linq;
using Cae.Domain.Paths;
using Xunit;

namespace Cae.Domain.Tests.Paths;

public class PathStageTest
{
    // The allowed transitions, written out independently of the implementation.
    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["NotEntered"] = new[] { "Candidate" },
        ["Candidate"] = new[] { "Cape", "Cesa", "Exited" },
        ["Cape"] = new[] { "Cape", "Cesa", "Exited" },
        ["Cesa"] = new[] { "Associate", "Exited" },
        ["Associate"] = Array.Empty<string>(),
        ["Exited"] = Array.Empty<string>(),
    };

    public static TheoryData<string, string, bool> Matrix()
    {
        var data = new TheoryData<string, string, bool>();
        foreach (var from in Allowed.Keys)
        {
            foreach (var to in Allowed.Keys)
            {
                data.Add(from, to, Allowed[from].Contains(to));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public void CanTransitionTo_follows_the_path(string from, string to, bool allowed) =>
        Assert.Equal(allowed, PathStage.FromName(from).CanTransitionTo(PathStage.FromName(to)));

    [Fact]
    public void The_matrix_covers_every_stage() =>
        Assert.Equal(Allowed.Keys.OrderBy(k => k), PathStage.List.Select(s => s.Name).OrderBy(n => n));

    [Fact]
    public void CanTransitionTo_null_throws() =>
        Assert.Throws<ArgumentNullException>(() => PathStage.Cesa.CanTransitionTo(null!));

    [Fact]
    public void Terminal_and_supported_stages()
    {
        Assert.Equal(new[] { PathStage.Associate, PathStage.Exited }, PathStage.List.Where(s => s.IsTerminal).OrderBy(s => s.Value));
        Assert.Equal(new[] { PathStage.Candidate, PathStage.Cape, PathStage.Cesa }, PathStage.List.Where(s => s.IsSupported).OrderBy(s => s.Value));
        Assert.False(PathStage.NotEntered.IsSupported);
        Assert.False(PathStage.NotEntered.IsTerminal);
    }

    [Fact]
    public void Nothing_leaves_a_terminal_stage() =>
        Assert.All(PathStage.List.Where(s => s.IsTerminal), s => Assert.DoesNotContain(PathStage.List, s.CanTransitionTo));

    [Fact]
    public void Values_follow_the_order_of_the_path() =>
        Assert.Equal(
            new[] { "NotEntered", "Candidate", "Cape", "Cesa", "Associate", "Exited" },
            PathStage.List.OrderBy(s => s.Value).Select(s => s.Name));
}
