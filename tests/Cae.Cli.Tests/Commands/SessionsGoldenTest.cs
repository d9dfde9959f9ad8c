using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace Cae.Cli.Tests.Commands;

/// <summary>
/// <c>cae report</c> on the bundled sample reproduces the published information sessions, candidate funnel and workshops
/// of Coopilote's 2015 report; <c>--sessions</c> and <c>--candidates</c> are checked and rejected as the other files are.
/// </summary>
public class SessionsGoldenTest
{
    private static readonly Lazy<JsonElement> Report = new(() => CliRun.Of("report", "--format", "json").Json.RootElement);

    private static JsonElement Info => Report.Value.GetProperty("info_sessions");

    private static long Count(JsonElement e, params string[] path) => path.Aggregate(e, (x, p) => x.GetProperty(p)).GetInt64();

    [Fact]
    public void The_information_sessions_by_place_and_their_attendees_are_the_published_ones()
    {
        Assert.Equal(68, Count(Info, "sessions"));
        Assert.Equal(21, Count(Info, "held_in_own_premises"));
        Assert.Equal(47, Count(Info, "held_at_partners"));
        var byPlace = Info.GetProperty("sessions_by_place");
        Assert.Equal(11, Count(byPlace, "Montbéliard")); // head office
        Assert.Equal(10, Count(byPlace, "Belfort (MIFE)"));
        Assert.Equal(10, Count(byPlace, "Luxeuil (Pôle emploi)"));
        Assert.Equal(10, Count(byPlace, "Besançon")); // the establishment
        Assert.Equal(8, Count(byPlace, "Besançon ZFU (Cité Lab)"));
        Assert.Equal(10, Count(byPlace, "Pontarlier (BGE)"));
        Assert.Equal(9, Count(byPlace, "Conliège (Juratri)"));
        Assert.Equal(468, Count(Info, "attendees"));
        Assert.Equal(284, Count(Info, "attendees_by_establishment", "Besançon"));
        Assert.Equal(184, Count(Info, "attendees_by_establishment", "Montbéliard"));
        Assert.Equal(312, Count(Info, "previous_year", "attendees"));
    }

    [Theory]
    [InlineData("Besançon", 72, 23, 4, 27, 13, 51, 94)] // the chart's "non renseigné" is 93: 283 in all, against the text's 284 (see the sample's README)
    [InlineData("Montbéliard", 57, 13, 8, 13, 8, 56, 29)]
    public void The_attendees_by_prescriber_are_the_bar_chart_s(string establishment, int poleEmploi, int creation, int localPartner, int association, int communication, int wordOfMouth, int unknown)
    {
        var e = Info.GetProperty("attendees_by_prescriber").GetProperty(establishment);
        long Of(string code) => e.TryGetProperty(code, out var n) ? n.GetInt64() : 0;
        Assert.Equal(poleEmploi, Of("pole_emploi"));
        Assert.Equal(creation, Of("bge") + Of("business_creation")); // BGE is one of the business-creation structures
        Assert.Equal(localPartner, Of("local_partner"));
        Assert.Equal(association, Of("association_training"));
        Assert.Equal(communication, Of("communication"));
        Assert.Equal(wordOfMouth, Of("word_of_mouth"));
        Assert.Equal(unknown, Of("unknown"));
    }

    [Fact]
    public void A_fifth_of_the_bge_referred_and_13_percent_of_all_attendees_join()
    {
        Assert.Equal(0.20m, Info.GetProperty("joining_rate_by_prescriber").GetProperty("bge").GetDecimal());
        Assert.Equal(0.13m, Math.Round(Info.GetProperty("joining_rate").GetDecimal(), 2));
        Assert.Equal(60, Count(Info, "joined")); // every entrant of 2015
    }

    [Fact]
    public void The_workshops_and_project_groups_are_the_published_ones()
    {
        var workshops = Report.Value.GetProperty("workshops");
        Assert.Equal(52, Count(workshops, "by_establishment", "Montbéliard"));
        Assert.Equal(84, Count(workshops, "by_establishment", "Besançon"));
        Assert.Equal(20, Count(workshops, "project_groups"));
    }

    [Theory]
    [InlineData("md", "Informations collectives par lieu")]
    [InlineData("html", "Prescripteurs par établissement (effectifs)")]
    [InlineData("csv", "Groupes projet")]
    public void Every_text_format_shows_the_sections(string format, string text)
    {
        var run = CliRun.Of("report", "--format", format);
        Assert.Equal(0, run.Code);
        Assert.Contains(text, run.Out);
        if (format == "html")
        {
            Assert.Contains("<svg", run.Out.Substring(run.Out.IndexOf("info-sessions", StringComparison.Ordinal)));
        }
    }

    [Fact]
    public void The_workbook_has_a_sheet_per_table_of_the_sections()
    {
        var file = Path.Combine(TestData.NewDirectory(), "sessions.xlsx");
        Assert.Equal(0, CliRun.Of("report", "--format", "xlsx", "--out", file).Code);
        using var zip = System.IO.Compression.ZipFile.OpenRead(file);
        using var reader = new StreamReader(zip.GetEntry("xl/workbook.xml")!.Open());
        var workbook = reader.ReadToEnd();
        Assert.Contains("name=\"Informations collectives\"", workbook);
        Assert.Contains("name=\"Informations collectives par l…\"", workbook); // sheet names hold 31 characters
        Assert.Contains("name=\"Prescripteurs par établissemen…\"", workbook);
        Assert.Contains("name=\"Ateliers (hors information col…\"", workbook);
    }

    [Fact]
    public void A_bad_candidates_row_is_listed_by_check_and_report_alike()
    {
        var folder = TestData.NewDirectory();
        var sample = Path.Combine(AppContext.BaseDirectory, "samples", "coopilote-2015");
        var candidates = Path.Combine(folder, "candidates.csv");
        var sessions = Path.Combine(folder, "sessions.csv");
        File.WriteAllText(candidates, "candidate_id;session_date;establishment;prescriber;entrepreneur_id\nC1;05/01/2015;Besançon;bge;CP0001\nC1;05/01/2015;Besançon;;\nC2;05/01/2015;Besançon;;NOBODY\n");
        File.WriteAllText(sessions, "date,kind,establishment\n2015-01-05,conférence,Besançon\n2015-01-05,atelier,Besançon\n");
        var inputs = new[] { "--paths", Path.Combine(sample, "paths.csv"), "--activity", Path.Combine(sample, "activity.csv"), "--sessions", sessions, "--candidates", candidates };
        var expected = new[]
        {
            $"{sessions}:2: kind: unknown session kind 'conférence' (info_session, workshop, project_group, or information collective, atelier, groupe projet)",
            $"{candidates}:3: candidate_id: candidate_id 'C1' repeats an earlier row (line 2); the first row is kept",
            $"{candidates}:4: entrepreneur_id: entrepreneur_id 'NOBODY' is not in paths.csv",
        };
        var check = CliRun.Of(new[] { "check" }.Concat(inputs).ToArray());
        Assert.Equal(1, check.Code);
        Assert.Equal(expected, check.ErrorLines);
        var report = CliRun.Of(new[] { "report", "--format", "json" }.Concat(inputs).ToArray());
        Assert.Equal(1, report.Code);
        Assert.Equal(expected, report.Json.RootElement.GetProperty("rejected_rows").EnumerateArray().Select(r => r.GetString()).ToArray());
        Assert.Equal(1, report.Json.RootElement.GetProperty("workshops").GetProperty("by_establishment").GetProperty("Besançon").GetInt64());
        var overwrite = CliRun.Of(new[] { "report", "--out", candidates }.Concat(inputs).ToArray());
        Assert.Equal(2, overwrite.Code);
        Assert.StartsWith("candidate_id;", File.ReadAllText(candidates));
    }
}
