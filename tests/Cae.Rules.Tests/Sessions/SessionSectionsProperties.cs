using System.Linq;
using Cae.Domain.Organisation;
using Cae.Domain.Sessions;
using Cae.Rules.Sessions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Xunit;

namespace Cae.Rules.Tests.Sessions;

/// <summary>The funnel's invariants on any sessions and candidates: rates in [0, 1], counts that add up, joined ≤ attendees, and one year's figures unchanged by the other years' rows.</summary>
public class SessionSectionsProperties
{
    private static readonly string[] Establishments = { "Besançon", "Montbéliard", "Dole" };
    private static readonly string?[] Prescribers = { null, "bge", "pole_emploi", "word_of_mouth" };

    private static readonly Gen<(LocalDate Date, string Establishment, string? Prescriber, bool Joined)> CandidateGen =
        from year in Gen.Choose(2014, 2016)
        from day in Gen.Choose(0, 364)
        from e in Gen.Elements(Establishments)
        from p in Gen.Elements(Prescribers)
        from joined in Gen.Elements(true, false)
        select (new LocalDate(year, 1, 1).PlusDays(day), e, p, joined);

    private static readonly Gen<CollectiveSession> SessionGen =
        from year in Gen.Choose(2014, 2016)
        from day in Gen.Choose(0, 364)
        from kind in Gen.Elements(SessionKind.InfoSession, SessionKind.Workshop, SessionKind.ProjectGroup)
        from e in Gen.Elements(Establishments)
        from place in Gen.Elements<string?>(null, "Pontarlier (BGE)", "Belfort")
        from partner in Gen.Elements<string?>(null, "BGE")
        from attendees in Gen.Choose(0, 30)
        select new CollectiveSession(new LocalDate(year, 1, 1).PlusDays(day), kind, new Establishment(e), place, partner, attendees);

    private static readonly Gen<SessionDataset> DatasetGen =
        from rows in CandidateGen.ListOf()
        let candidates = rows.Select((c, i) => new Candidate("C" + i, c.Date, new Establishment(c.Establishment), c.Prescriber, c.Joined ? "P" + i : null)).ToList()
        from sessions in SessionGen.ListOf()
        from withCandidates in Gen.Elements(true, false)
        select new SessionDataset(sessions, withCandidates ? candidates : null);

    [Property]
    public Property Joining_rates_lie_in_0_1_and_the_funnel_counts_add_up() =>
        Prop.ForAll(DatasetGen.ToArbitrary(), data =>
        {
            var info = InfoSessionsSection.Compute(data, 2015);
            var rates = info.JoiningRateByPrescriber.Values.Append(info.JoiningRate).Where(r => r is not null).Select(r => r!.Value);
            var byPrescriber = info.AttendeesByPrescriber.Values.Sum(e => e.Values.Sum());
            return (rates.All(r => r >= 0m && r <= 1m)).Label("rates in [0, 1]")
                .And((info.AttendeesByEstablishment.Values.Sum() == info.Attendees).Label("attendees = sum by establishment"))
                .And((!data.HasCandidates || byPrescriber == info.Attendees).Label("attendees = sum by prescriber"))
                .And(((info.Joined ?? 0) <= info.Attendees).Label("joined ≤ attendees"))
                .And((!data.HasSessions || info.HeldAtPartners + info.HeldInOwnPremises == info.Sessions).Label("own + partners = sessions"))
                .And((!data.HasSessions || info.SessionsByPlace.Values.Sum() == info.Sessions).Label("sessions = sum by place"));
        });

    [Property]
    public Property A_year_is_computed_from_its_own_rows_only() =>
        Prop.ForAll(DatasetGen.ToArbitrary(), data =>
        {
            var only2015 = new SessionDataset(
                data.HasSessions ? data.Sessions.Where(s => s.Date.Year == 2015) : null,
                data.HasCandidates ? data.Candidates.Where(c => c.SessionDate.Year == 2015) : null);
            var all = SessionSections.Compute(data, 2015);
            var own = SessionSections.Compute(only2015, 2015);
            return (all.Workshops?.ToTree().Equals(own.Workshops?.ToTree()) ?? own.Workshops is null).Label("workshops")
                .And(all.InfoSessions!.ToTree().Without("previous_year").Equals(own.InfoSessions!.ToTree().Without("previous_year")).Label("info sessions"));
        });

    [Property]
    public Property Splitting_the_rows_in_two_adds_the_counts() =>
        Prop.ForAll(DatasetGen.ToArbitrary(), Gen.Choose(0, 100).ToArbitrary(), (data, cut) =>
        {
            var candidates = data.Candidates.ToList();
            var sessions = data.Sessions.ToList();
            int Split(int n) => n * cut / 100;
            var a = SessionSections.Compute(new SessionDataset(sessions.Take(Split(sessions.Count)), candidates.Take(Split(candidates.Count))), 2015);
            var b = SessionSections.Compute(new SessionDataset(sessions.Skip(Split(sessions.Count)), candidates.Skip(Split(candidates.Count))), 2015);
            var whole = SessionSections.Compute(new SessionDataset(sessions, candidates), 2015);
            return (a.InfoSessions!.Attendees + b.InfoSessions!.Attendees == whole.InfoSessions!.Attendees).Label("attendees add")
                .And((a.InfoSessions.Joined + b.InfoSessions.Joined == whole.InfoSessions.Joined).Label("joined add"))
                .And((a.InfoSessions.Sessions + b.InfoSessions.Sessions == whole.InfoSessions.Sessions).Label("sessions add"))
                .And((a.Workshops!.Total + b.Workshops!.Total == whole.Workshops!.Total).Label("workshops add"))
                .And((a.Workshops.ProjectGroups + b.Workshops.ProjectGroups == whole.Workshops.ProjectGroups).Label("project groups add"));
        });

    [Theory]
    [InlineData("information collective", "info_session")]
    [InlineData("INFORMATION  COLLECTIVE", "info_session")]
    [InlineData("Atelier", "workshop")]
    [InlineData("ateliér", "workshop")]
    [InlineData("Groupe Projet", "project_group")]
    [InlineData("project_group", "project_group")]
    public void A_kind_is_read_from_its_code_or_french_label_case_and_accents_free(string text, string code)
    {
        Assert.True(SessionKind.TryParse(text, out var kind));
        Assert.Equal(code, kind!.Code);
    }

    [Fact]
    public void Without_candidates_the_attendees_come_from_the_sessions_column_and_nobody_is_known_to_have_joined()
    {
        var day = new LocalDate(2015, 3, 2);
        var data = new SessionDataset(new[]
        {
            new CollectiveSession(day, SessionKind.InfoSession, new Establishment("Besançon"), null, null, 12),
            new CollectiveSession(day, SessionKind.InfoSession, new Establishment("Besançon"), "Pontarlier (BGE)", "BGE", 5),
            new CollectiveSession(day, SessionKind.Workshop, new Establishment("Besançon"), null, null, 40),
        }, null);
        var info = InfoSessionsSection.Compute(data, 2015);
        Assert.Equal(17, info.Attendees);
        Assert.Null(info.Joined);
        Assert.Null(info.JoiningRate);
        Assert.Equal(1, info.HeldAtPartners);
        Assert.Equal(1, info.SessionsByPlace["Besançon"]);
        Assert.Equal(1, info.SessionsByPlace["Pontarlier (BGE)"]);
        Assert.Null(info.PreviousYear);
    }
}
