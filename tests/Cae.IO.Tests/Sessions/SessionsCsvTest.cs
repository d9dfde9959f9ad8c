using System.IO;
using System.Linq;
using System.Text;
using Cae.Domain.Policy;
using Cae.Domain.Sessions;
using Cae.Rules.Indicators;
using Cae.Rules.Indicators.Additions;
using Cae.Rules.Sessions;
using Xunit;

namespace Cae.IO.Tests.Sessions;

/// <summary>sessions.csv and candidates.csv: what loads, what is rejected (each rejection as <c>file:line: column: reason</c>), and the round trip of their sections through the report's JSON.</summary>
public class SessionsCsvTest
{
    private const string Paths = "entrepreneur_id,establishment,structure,entry_date\nP1,Besançon,Coopilote,2015-03-01\nP2,Besançon,Coopilote,2015-04-01\n";
    private const string Activity = "entrepreneur_id,month,structure,turnover\nP1,2015-03,Coopilote,100.00\n";

    private static LoadResult PathsLoad() => ContractCsv.Load(Encoding.UTF8.GetBytes(Paths), "paths.csv", Encoding.UTF8.GetBytes(Activity), "activity.csv", CaePolicy.Default);

    private static SessionLoadResult Load(string? sessions, string? candidates, Encoding? encoding = null)
    {
        encoding ??= new UTF8Encoding(false);
        using var s = sessions is null ? null : new MemoryStream(encoding.GetBytes(sessions));
        using var c = candidates is null ? null : new MemoryStream(encoding.GetBytes(candidates));
        return SessionsCsv.Load(s, "sessions.csv", c, "candidates.csv", PathsLoad());
    }

    private static string OnlyRejection(SessionLoadResult result) => Assert.Single(result.Rejections).ToString();

    [Fact]
    public void Both_files_load_with_french_kinds_folded_case_and_accents()
    {
        var result = Load(
            "date,kind,establishment,place,partner,attendees\n2015-01-05,Information Collective,Besançon,Pontarlier (BGE),BGE,12\n06/01/2015,ATELIER,Besançon,,,\n2015-01-07,groupe_projet,Besançon,,,\n2015-01-08,Groupe projet,Besançon,,,\n2015-01-09,info_session,Besançon,,,3\n",
            "candidate_id,session_date,establishment,prescriber,entrepreneur_id\nC1,2015-01-05,Besançon,bge,P1\nC2,2015-01-05,Besançon,,\n");
        Assert.Empty(result.Rejections);
        Assert.Equal(new[] { SessionKind.InfoSession, SessionKind.Workshop, SessionKind.ProjectGroup, SessionKind.ProjectGroup, SessionKind.InfoSession }, result.Dataset.Sessions.Select(s => s.Kind));
        Assert.Equal(2, result.CandidatesAccepted);
        Assert.True(result.Dataset.Candidates[0].Joined);
        Assert.False(result.Dataset.Candidates[1].Joined);
    }

    [Fact]
    public void The_french_dialect_in_windows_1252_loads()
    {
        var result = Load("date;kind;establishment;place;partner;attendees\n05/01/2015;réunion d'information;Besançon;;;1\n05/01/2015;atelier;Montbéliard;Siège;;\n", null, Encoding.Latin1);
        Assert.Equal("sessions.csv:2: kind: unknown session kind 'réunion d'information' (info_session, workshop, project_group, or information collective, atelier, groupe projet)", OnlyRejection(result));
        Assert.Equal("Montbéliard", result.Dataset.Sessions.Single().Establishment.Name);
        Assert.Equal(Cae.IO.Csv.CsvDialect.Semicolon, result.SessionsFile!.Dialect);
    }

    [Theory]
    [InlineData("2015-13-01,workshop,Besançon,,,", "sessions.csv:2: date: '2015-13-01' is not a date")]
    [InlineData(",workshop,Besançon,,,", "sessions.csv:2: date: required value missing")]
    [InlineData("1850-01-01,workshop,Besançon,,,", "sessions.csv:2: date: 1850-01-01 is outside 1900-01-01..2100-12-31")]
    [InlineData("2015-01-01,séminaire,Besançon,,,", "sessions.csv:2: kind: unknown session kind 'séminaire'")]
    [InlineData("2015-01-01,,Besançon,,,", "sessions.csv:2: kind: required value missing")]
    [InlineData("2015-01-01,workshop,,,,", "sessions.csv:2: establishment: required value missing")]
    [InlineData("2015-01-01,info_session,Besançon,,,-3", "sessions.csv:2: attendees: '-3' is not a number of people (a whole number, 0 or more)")]
    [InlineData("2015-01-01,info_session,Besançon,,,2.5", "sessions.csv:2: attendees: '2.5' is not a number of people")]
    [InlineData("2015-01-01,info_session,Besançon", "sessions.csv:2: place: the row has 3 cells but the header 6: it looks cut short")]
    public void A_bad_session_row_is_rejected_with_file_line_column_and_reason(string row, string expected)
    {
        var result = Load("date,kind,establishment,place,partner,attendees\n" + row + "\n", null);
        Assert.StartsWith(expected, OnlyRejection(result));
        Assert.Equal(1, result.SessionsRead);
        Assert.Equal(0, result.SessionsAccepted);
    }

    [Fact]
    public void A_long_unknown_kind_is_quoted_to_80_characters_with_control_characters_escaped()
    {
        var kind = "\u001b" + new string('x', 100);
        var message = OnlyRejection(Load("date,kind,establishment\n2015-01-01," + kind + ",Besançon\n", null));
        Assert.Contains("'\\u001b" + new string('x', 79) + "…'", message);
    }

    [Theory]
    [InlineData("C1,2015-01-05,Besançon,,\nC1,2015-01-06,Besançon,,", "candidates.csv:3: candidate_id: candidate_id 'C1' repeats an earlier row (line 2); the first row is kept")]
    [InlineData("C1,2015-01-05,Besançon,,P9", "candidates.csv:2: entrepreneur_id: entrepreneur_id 'P9' is not in paths.csv")]
    [InlineData("C1,5/1/2015x,Besançon,,", "candidates.csv:2: session_date: '5/1/2015x' is not a date")]
    [InlineData(",2015-01-05,Besançon,,", "candidates.csv:2: candidate_id: required value missing")]
    [InlineData("C1,,Besançon,,", "candidates.csv:2: session_date: required value missing")]
    [InlineData("C1,2015-01-05,,,", "candidates.csv:2: establishment: required value missing")]
    [InlineData("C1,2015-01-05", "candidates.csv:2: establishment: the row has 2 cells but the header 5: it looks cut short")]
    public void A_bad_candidate_row_is_rejected_with_file_line_column_and_reason(string rows, string expected)
    {
        var result = Load(null, "candidate_id,session_date,establishment,prescriber,entrepreneur_id\n" + rows + "\n");
        Assert.StartsWith(expected, OnlyRejection(result));
        Assert.Equal(result.CandidatesRead, result.CandidatesAccepted + result.Rejections.Count);
    }

    [Fact]
    public void A_byte_that_is_not_utf8_rejects_its_row()
    {
        var bytes = Encoding.UTF8.GetBytes("candidate_id,session_date,establishment\nC1,2015-01-05,Besançon\nC2,2015-01-05,Besan").Concat(new byte[] { 0xE7 }).Concat(Encoding.ASCII.GetBytes("on\n")).ToArray();
        using var c = new MemoryStream(bytes);
        var result = SessionsCsv.Load(null, null, c, "candidates.csv", PathsLoad());
        Assert.Equal("candidates.csv:3: establishment: not valid UTF-8 (byte 0xE7)", OnlyRejection(result));
    }

    [Fact]
    public void A_header_without_a_required_column_is_an_input_error()
    {
        var e = Assert.Throws<InputException>(() => Load("date,establishment\n2015-01-01,Besançon\n", null));
        Assert.StartsWith("sessions.csv:1:", e.Message);
        Assert.Contains("kind", e.Message);
    }

    [Fact]
    public void The_sections_read_back_equal_from_the_report_json()
    {
        var loaded = ContractCsv.Load(System.IO.Path.Combine(Cae.IO.Tests.Reports.SampleReport.Folder, "paths.csv"), System.IO.Path.Combine(Cae.IO.Tests.Reports.SampleReport.Folder, "activity.csv"), PolicyJson.Read(System.IO.Path.Combine(Cae.IO.Tests.Reports.SampleReport.Folder, "policy.json")));
        var sessions = SessionsCsv.Load(System.IO.Path.Combine(Cae.IO.Tests.Reports.SampleReport.Folder, "sessions.csv"), System.IO.Path.Combine(Cae.IO.Tests.Reports.SampleReport.Folder, "candidates.csv"), loaded);
        var report = new AnnualReportEngine(loaded.Dataset, PolicyJson.Read(System.IO.Path.Combine(Cae.IO.Tests.Reports.SampleReport.Folder, "policy.json"))).Compute(2015);
        var sections = SessionSections.Compute(sessions.Dataset, 2015);
        var additions = ReportAdditions.Compute(loaded.Dataset, 2015).WithSessions(sections);
        using var json = new MemoryStream();
        ReportJson.Write(report, additions, json);
        json.Position = 0;
        var read = ReportJson.ReadSessions(json, "report.json");
        Assert.Equal(sections, read);
        Assert.Equal(468, read.InfoSessions!.Attendees);
        json.Position = 0;
        Assert.Equal(report, ReportJson.Read(json));
    }
}
