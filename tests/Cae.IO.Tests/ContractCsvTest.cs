using System;
using System.IO;
using System.Linq;
using System.Text;
using Cae.IO.Csv;
using Cae.Domain.Paths;
using Cae.Domain.Policy;
using Cae.Domain.Values;
using NodaTime;
using Xunit;

using Cae.IO.Tests.Csv;

namespace Cae.IO.Tests;

public class ContractCsvTest
{
    private const string PathsHeader = "entrepreneur_id,establishment,structure,entry_date";
    private const string ActivityHeader = "entrepreneur_id,month,structure,turnover";

    internal static LoadResult Load(string paths, string activity, CaePolicy? policy = null) =>
        Load(Encoding.UTF8.GetBytes(paths), Encoding.UTF8.GetBytes(activity), policy);

    internal static LoadResult Load(byte[] paths, byte[] activity, CaePolicy? policy = null) =>
        ContractCsv.Load(paths, "paths.csv", activity, "activity.csv", policy);

    private static string Paths(params string[] rows) => string.Join("\n", new[] { PathsHeader }.Concat(rows)) + "\n";

    /// <summary>The row with empty cells added up to the header's width (a row with fewer cells is rejected as cut).</summary>
    internal static string Pad(string row, int width)
    {
        var cells = 1;
        var quoted = false;
        foreach (var c in row)
        {
            quoted ^= c == '"';
            cells += !quoted && c == ',' ? 1 : 0;
        }

        return row + new string(',', Math.Max(0, width - cells));
    }

    private static string Activity(params string[] rows) => string.Join("\n", new[] { ActivityHeader }.Concat(rows)) + "\n";

    [Theory]
    [InlineData("")]
    [InlineData("fr-FR")]
    [InlineData("tr-TR")]
    public void Headers_match_by_name_ignoring_case_and_order_in_any_culture(string culture)
    {
        using var scope = new CultureScope(culture);
        var result = Load(
            "ENTRY_DATE;Structure;ESTABLISHMENT;ENTREPRENEUR_ID;EXIT_DATE;EXIT_CATEGORY;GENDER\r\n01/02/2015;Coopilote;Besançon;E1;31/12/2015;Création;f\r\n",
            "TURNOVER;MONTH;STRUCTURE;ENTREPRENEUR_ID;SALARY_HOURS;PURCHASES;CONTRIBUTION\r\n-1 234,50;03/2015;Coopilote;E1;151,67;10;1,5\r\n");
        Assert.Empty(result.Rejections);
        Assert.Empty(result.Warnings);
        var path = Assert.Single(result.Paths);
        Assert.Equal("E1", path.EntrepreneurId);
        Assert.Equal(new LocalDate(2015, 2, 1), path.EntryDate);
        Assert.Equal(new LocalDate(2015, 12, 31), path.ExitDate);
        Assert.Equal(ExitCategory.Creation, path.ExitCategory);
        Assert.Equal(Gender.Female, path.Typology.Gender);
        var row = Assert.Single(result.ActivityRows!);
        Assert.Equal(Money.FromCents(-123450), row.Turnover);
        Assert.Equal(new YearMonth(2015, 3), row.Month);
        Assert.Equal(Hours.FromHundredths(15167), row.SalaryHours);
        Assert.Equal(Money.FromCents(1000), row.Purchases);
        Assert.Equal(Money.FromCents(150), row.Contribution);
    }

    [Fact]
    public void Cells_are_trimmed_and_optional_cells_default()
    {
        var result = Load(
            "entrepreneur_id,establishment,structure,entry_date,cesa_date\n  E1 , Besançon ,\" Coopilote \", 2015-01-05 ,  \n",
            "entrepreneur_id,month,structure,turnover,purchases,contribution,salary_hours,establishment\nE1, 2015-01 ,Coopilote, 12.5 ,,,,\n");
        Assert.Empty(result.Rejections);
        var path = Assert.Single(result.Paths);
        Assert.Equal("Besançon", path.Establishment.Name);
        Assert.Equal("Coopilote", path.Structure.Name);
        Assert.Null(path.CesaDate);
        var row = Assert.Single(result.ActivityRows!);
        Assert.Equal(Money.FromCents(1250), row.Turnover);
        Assert.Equal(Money.Zero, row.Purchases);
        Assert.Null(row.Contribution);
        Assert.Equal(Hours.Zero, row.SalaryHours);
        Assert.Equal(path.Establishment, row.Establishment); // an empty cell means the path's
    }

    [Fact]
    public void An_unknown_column_is_ignored_with_a_warning_on_line_1()
    {
        var result = Load(
            "entrepreneur_id,establishment,structure,entry_date,Notes\nE1,B,C,2015-01-05,hello\n",
            Activity("E1,2015-01,C,1"));
        Assert.Empty(result.Rejections);
        Assert.Equal("paths.csv:1: Notes: unknown column ignored", Assert.Single(result.Warnings).ToString());
    }

    [Theory]
    [InlineData("entrepreneur_id,establishment,structure\nE1,B,C\n", "paths.csv:1: entry_date: required column missing")]
    [InlineData("entrepreneur_id,establishment,structure,entry_date,Entry_Date\n", "paths.csv:1: entry_date: the column appears twice in the header")]
    [InlineData("", "paths.csv:1: header: the file is empty; a header row naming the columns is expected")]
    public void A_bad_header_is_a_usage_error_naming_the_column(string paths, string message)
    {
        var e = Assert.Throws<InputException>(() => Load(paths, Activity()));
        Assert.Equal(message, e.Message);
    }

    [Fact]
    public void A_missing_required_activity_column_is_a_usage_error()
    {
        var e = Assert.Throws<InputException>(() => Load(Paths("E1,B,C,2015-01-05"), "entrepreneur_id;month;structure\nE1;2015-01;C\n"));
        Assert.Equal("activity.csv:1: turnover: required column missing", e.Message);
    }

    [Fact]
    public void The_stream_overload_reads_streams_and_names_them_as_told()
    {
        using var paths = new MemoryStream(Encoding.UTF8.GetBytes(Paths("E1,B,C,2015-01-05", "E1,B,C,2015-01-05")));
        using var activity = new MemoryStream(Encoding.UTF8.GetBytes(Activity("E1,2015-01,C,1")));
        var result = ContractCsv.Load(paths, "in/p.csv", activity, "in/a.csv");
        Assert.Equal((1, 1), (result.PathsAccepted, result.ActivityAccepted));
        Assert.StartsWith("in/p.csv:3: entrepreneur_id: ", Assert.Single(result.Rejections).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_a_usage_error_naming_the_file_as_given()
    {
        var directory = TestData.NewDirectory();
        var paths = Path.Combine(directory, "paths.csv");
        File.WriteAllText(paths, Paths("E1,B,C,2015-01-05"));
        var e = Assert.Throws<InputException>(() => ContractCsv.Load(paths, "no/such/activity.csv"));
        Assert.Equal("no/such/activity.csv: file not found", e.Message);
    }

    [Fact]
    public void Every_row_read_is_accepted_or_rejected()
    {
        var result = Load(
            Paths("E1,B,C,2015-01-05", "E2,,C,2015-01-05", "E3,B,C,2015-01-05"),
            Activity("E1,2015-01,C,1", "E1,2015-01,C,2", "E9,2015-01,C,3", "E3,2015-02,C,x"));
        Assert.Equal(3, result.PathsRead);
        Assert.Equal(2, result.PathsAccepted);
        Assert.Equal(4, result.ActivityRead);
        Assert.Equal(1, result.ActivityAccepted);
        Assert.Equal(result.PathsRead + result.ActivityRead - result.PathsAccepted - result.ActivityAccepted, result.Rejections.Count);
        Assert.True(result.HasRejectedRows);
    }

    [Fact]
    public void A_row_of_empty_cells_is_rejected_for_its_first_missing_required_value()
    {
        var result = Load(Paths("E1,B,C,2015-01-05", ",,,"), Activity());
        Assert.Equal("paths.csv:3: entrepreneur_id: required value missing", Assert.Single(result.Rejections).ToString());
    }

    [Fact]
    public void Only_the_first_fault_of_a_row_is_reported()
    {
        var result = Load(Paths("E1,,C,not a date"), Activity());
        Assert.Equal("paths.csv:2: establishment: required value missing", Assert.Single(result.Rejections).ToString());
    }

    [Theory]
    [InlineData("E1,B,C,2015-02-30", "entry_date", "'2015-02-30' is not a date (yyyy-MM-dd or dd/MM/yyyy)")]
    [InlineData("E1,B,C,2015-01-05,2014-12-31,,,,,,", "cesa_date", "the CESA does not start before the entry (2015-01-05) (got 2014-12-31)")]
    [InlineData("E1,B,C,2015-01-05,,,,2015-01-04,other,,", "exit_date", "the exit is not before the entry (2015-01-05) (got 2015-01-04)")]
    [InlineData("E1,B,C,2015-01-05,,,,2015-06-30,,,", "exit_category", "an exit date needs an exit category")]
    [InlineData("E1,B,C,2015-01-05,,,,,emploi,,", "exit_date", "an exit category (employment) needs an exit date")]
    [InlineData("E1,B,C,2015-01-05,,,,2015-06-30,retraite,,", "exit_category", null)]
    [InlineData("E1,B,C,2015-01-05,,,,,,,1975-13-01", "birth_date", "'1975-13-01' is not a date (yyyy-MM-dd or dd/MM/yyyy)")]
    [InlineData("E1,B,C,2015-01-05,,bad,,,,,", "associate_application_date", null)]
    public void Path_rows_are_rejected_per_the_contract(string row, string column, string? reason)
    {
        var result = Load(
            "entrepreneur_id,establishment,structure,entry_date,cesa_date,associate_application_date,associate_date,exit_date,exit_category,gender,birth_date\n" + Pad(row, 11) + "\n",
            Activity());
        var rejected = Assert.Single(result.Rejections);
        Assert.Equal(("paths.csv", 2, column), (rejected.File, rejected.Line, rejected.Column));
        if (reason is not null)
        {
            Assert.Equal(reason, rejected.Reason);
        }
    }

    [Fact]
    public void An_unknown_category_says_which_categories_exist()
    {
        var result = Load("entrepreneur_id,establishment,structure,entry_date,exit_date,exit_category\nE1,B,C,2015-01-05,2015-06-30,retraite\n", Activity());
        var reason = Assert.Single(result.Rejections).Reason;
        Assert.StartsWith("unknown exit category 'retraite' (creation, associate", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_repeated_key_rejects_the_later_row_and_names_the_first()
    {
        var result = Load(Paths("E1,B,C,2015-01-05", "E2,B,C,2015-01-05", "E1,X,Y,2014-01-05"), Activity());
        Assert.Equal(new[] { "E1", "E2" }, result.Paths.Select(p => p.EntrepreneurId));
        Assert.Equal("B", result.Paths[0].Establishment.Name);
        Assert.Equal("paths.csv:4: entrepreneur_id: entrepreneur_id 'E1' repeats an earlier row (line 2); the first row is kept", Assert.Single(result.Rejections).ToString());
    }

    [Theory]
    [InlineData("E9,2015-01,C,1", "entrepreneur_id", "entrepreneur_id 'E9' is not in paths.csv")]
    [InlineData("E1,2015-1,C,1", "month", "'2015-1' is not a month (yyyy-MM or MM/yyyy)")]
    [InlineData("E1,,C,1", "month", "required value missing")]
    [InlineData("E1,2015-01,,1", "structure", "required value missing")]
    [InlineData("E1,2015-01,C,", "turnover", "required value missing")]
    [InlineData("E1,2015-01,C,\"1,5\"", "turnover", "'1,5' is not a number (this file is delimited by ',': write numbers like 1234.56)")]
    [InlineData("E1,2015-01,C,0.125", "turnover", "'0.125' is not a valid amount: more than two decimals (amounts are exact to the cent)")]
    [InlineData("E1,2015-01,C,1,0.001,,", "purchases", "'0.001' is not a valid amount: more than two decimals (amounts are exact to the cent)")]
    [InlineData("E1,2015-01,C,1,,abc,", "contribution", null)]
    [InlineData("E1,2015-01,C,1,,,-0.5", "salary_hours", "'-0.5': salary hours are never negative")]
    [InlineData("E1,2015-01,C,1,,,744.01", "salary_hours", "a month holds at most 744 salary hours (got 744.01)")]
    [InlineData("E1,2015-01,C,1,,,7.125", "salary_hours", "'7.125' is not a valid number of hours: more than two decimals (hours are exact to the hundredth)")]
    [InlineData("E1,2015-01,C,99999999999999999999999", "turnover", "99999999999999999999999.00 € is beyond 10^12 € in absolute value")]
    [InlineData("E1,2015-01,C,-92233720368547758.09", "turnover", "-92233720368547758.09 € is beyond 10^12 € in absolute value")]
    [InlineData("E1,2015-01,C,1,,,99999999999999999999999", "salary_hours", "'99999999999999999999999' is not a valid number of hours: too large")]
    public void Activity_rows_are_rejected_per_the_contract(string row, string column, string? reason)
    {
        var result = Load(
            Paths("E1,B,C,2015-01-05"),
            "entrepreneur_id,month,structure,turnover,purchases,contribution,salary_hours\n" + Pad(row, 7) + "\n");
        var rejected = Assert.Single(result.Rejections);
        Assert.Equal(("activity.csv", 2, column), (rejected.File, rejected.Line, rejected.Column));
        if (reason is not null)
        {
            Assert.Equal(reason, rejected.Reason);
        }

        Assert.Empty(result.ActivityRows!);
    }

    [Fact]
    public void Negative_turnover_and_exactly_744_hours_are_accepted()
    {
        var result = Load(
            Paths("E1,B,C,2015-01-05"),
            "entrepreneur_id,month,structure,turnover,purchases,contribution,salary_hours\nE1,2015-01,C,-250.00,-10,-25,744\n");
        Assert.Empty(result.Rejections);
        var row = Assert.Single(result.ActivityRows!);
        Assert.Equal(Money.FromCents(-25000), row.Turnover);
        Assert.Equal(Hours.FromHundredths(74400), row.SalaryHours);
    }

    [Fact]
    public void A_repeated_person_month_structure_is_rejected_but_another_structure_is_not()
    {
        var result = Load(
            Paths("E1,B,C,2015-01-05"),
            Activity("E1,2015-01,C,1", "E1,2015-01,D,2", "E1,01/2015,C,3", "E1,2015-02,C,4"));
        Assert.Equal(3, result.ActivityAccepted);
        var rejected = Assert.Single(result.Rejections);
        Assert.Equal(("activity.csv", 4, "month"), (rejected.File, rejected.Line, rejected.Column));
    }

    [Fact]
    public void Activity_of_a_person_whose_path_row_was_rejected_points_to_that_row()
    {
        var result = Load(Paths("E1,B,C,2015-01-05", "E2,B,C,2015-31-01"), Activity("E2,2015-01,C,1"));
        Assert.Equal(
            new[] { "paths.csv:3: entry_date: '2015-31-01' is not a date (yyyy-MM-dd or dd/MM/yyyy)", "activity.csv:2: entrepreneur_id: the path row of 'E2' was rejected (paths.csv:3)" },
            result.Rejections.Select(r => r.ToString()));
    }

    [Fact]
    public void Lines_are_physical_lines_across_quoted_line_breaks_and_empty_lines()
    {
        var result = Load(
            "entrepreneur_id,establishment,structure,entry_date,residence_area\r\nE1,B,C,2015-01-05,\"Pays de\r\nMontbéliard\"\r\n\r\nE2,B,C,bad,\r\n",
            Activity());
        Assert.Equal("paths.csv:5: entry_date: 'bad' is not a date (yyyy-MM-dd or dd/MM/yyyy)", Assert.Single(result.Rejections).ToString());
        Assert.Equal("Pays de\r\nMontbéliard", result.Paths[0].Typology.ResidenceArea);
    }

    [Fact]
    public void An_unclosed_quote_rejects_its_row_at_the_line_where_it_starts()
    {
        var result = Load(Paths("E1,B,C,2015-01-05", "E2,\"B,C,2015-01-05", "E3,B,C,2015-01-05"), Activity());
        Assert.Equal(1, result.PathsAccepted);
        Assert.Equal(2, result.PathsRead);
        Assert.Equal("paths.csv:3: establishment: quoted cell not closed before the end of the file", Assert.Single(result.Rejections).ToString());
    }

    [Fact]
    public void Extra_cells_are_a_warning_and_empty_extra_cells_are_not()
    {
        var result = Load(Paths("E1,B,C,2015-01-05,,", "E2,B,C,2015-01-05,surprise"), Activity());
        Assert.Equal(2, result.PathsAccepted);
        Assert.Equal("paths.csv:3: column 5: the row has 5 cells but the header 4; the extra cells are ignored", Assert.Single(result.Warnings).ToString());
    }

    [Fact]
    public void An_unknown_gender_is_a_warning_and_the_row_is_kept_as_unknown()
    {
        var result = Load("entrepreneur_id,establishment,structure,entry_date,gender\nE1,B,C,2015-01-05,X\nE2,B,C,2015-01-05,H\n", Activity());
        Assert.Empty(result.Rejections);
        Assert.Equal(Gender.Unknown, result.Paths[0].Typology.Gender);
        Assert.Equal(Gender.Male, result.Paths[1].Typology.Gender);
        Assert.Equal("paths.csv:2: gender: unknown gender 'X' counted as unknown (F or M expected)", Assert.Single(result.Warnings).ToString());
    }

    [Fact]
    public void A_rejected_row_carries_no_warning()
    {
        var result = Load("entrepreneur_id,establishment,structure,entry_date,gender\nE1,B,C,never,X\n", Activity());
        Assert.Single(result.Rejections);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void With_a_policy_an_associate_date_off_the_assembly_calendar_is_a_warning_not_a_rejection()
    {
        var policy = CaePolicy.Default with
        {
            Assemblies = new AssemblyCalendar(new[] { new LocalDate(2015, 6, 13) }, new Reference("test calendar", null)),
        };
        var paths = "entrepreneur_id,establishment,structure,entry_date,associate_date,exit_date,exit_category\n"
            + "E1,B,C,2014-01-05,2015-06-13,2015-06-13,associate\n"
            + "E2,B,C,2014-01-05,2015-06-14,2015-06-14,associate\n";
        var result = Load(paths, Activity(), policy);
        Assert.Empty(result.Rejections);
        Assert.Equal(2, result.PathsAccepted);
        Assert.Empty(result.Warnings); // the loader runs no rule of the policy
        Assert.Equal(
            "paths.csv:3: associate_date: 2015-06-14 is not a general-assembly date of the policy (admission rule not followed); the row is kept",
            Assert.Single(result.AssociateDateWarnings(policy)).ToString());
        Assert.Empty(result.AssociateDateWarnings(policy with { Admission = AdmissionMode.Automatic }));
    }

    [Fact]
    public void The_file_record_tells_the_dialect_and_encoding_found()
    {
        var result = Load(
            FrenchDialectWriter.Convert(Paths("E1,Besançon,C,2015-01-05")),
            new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(Activity("E1,2015-01,C,1"))).ToArray());
        Assert.Equal(new InputFile("paths.csv", InputEncoding.Windows1252, CsvDialect.Semicolon), result.PathsFile);
        Assert.Equal(new InputFile("activity.csv", InputEncoding.Utf8WithBom, CsvDialect.Comma), result.ActivityFile);
        Assert.Equal("Besançon", result.Paths[0].Establishment.Name);
    }
}
