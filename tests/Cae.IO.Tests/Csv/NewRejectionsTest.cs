using System.Linq;
using System.Text;
using Cae.Domain.Policy;
using Xunit;

namespace Cae.IO.Tests.Csv;

/// <summary>The rejections and forms of data contract §1', each as <c>file:line: column: reason</c>.</summary>
public class NewRejectionsTest
{
    private const string PathsHeader = "entrepreneur_id,establishment,structure,entry_date,birth_date";
    private const string ActivityHeader = "entrepreneur_id,month,structure,turnover,contribution";
    private const string OnePath = PathsHeader + "\nE1,B,C,2015-01-05,\n";

    private static LoadResult Load(string paths, string activity, CaePolicy? policy = null) =>
        ContractCsvTest.Load(paths, activity, policy);

    private static string Only(LoadResult result) => Assert.Single(result.Rejections).ToString();

    [Fact]
    public void Dates_with_a_short_or_space_padded_day_and_short_months_load()
    {
        var result = Load(
            "entrepreneur_id;establishment;structure;entry_date\nE1;B;C; 5/03/2015\nE2;B;C;5/3/2015\n",
            "entrepreneur_id;month;structure;turnover\nE1;3/2015;C;1 234,56 €\nE2;03/2015;C;12€\n");
        Assert.Empty(result.Rejections);
        Assert.All(result.Paths, p => Assert.Equal(new NodaTime.LocalDate(2015, 3, 5), p.EntryDate));
        Assert.Equal(new[] { 123456L, 1200L }, result.ActivityRows.Select(r => r.Turnover.Cents));
    }

    [Fact]
    public void A_row_with_fewer_cells_than_the_header_is_cut_and_rejected()
    {
        Assert.Equal(
            "activity.csv:3: contribution: the row has 4 cells but the header 5: it looks cut short",
            Only(Load(OnePath, ActivityHeader + "\nE1,2015-01,C,10,1\nE1,2015-02,C,10\n")));
    }

    [Theory]
    [InlineData("1899-12-31", "1899-12-31 is outside 1900-01-01..2100-12-31")]
    [InlineData("01/01/2101", "2101-01-01 is outside 1900-01-01..2100-12-31")]
    public void A_date_outside_1900_to_2100_is_rejected(string date, string reason)
    {
        Assert.Equal($"paths.csv:2: birth_date: {reason}", Only(Load($"{PathsHeader}\nE1,B,C,2015-01-05,{date}\n", ActivityHeader + "\n")));
    }

    [Theory]
    [InlineData("1899-12", "1899-12 is outside 1900-01..2100-12")]
    [InlineData("01/2101", "2101-01 is outside 1900-01..2100-12")]
    public void A_month_outside_1900_to_2100_is_rejected(string month, string reason)
    {
        Assert.Equal($"activity.csv:2: month: {reason}", Only(Load(OnePath, $"{ActivityHeader}\nE1,{month},C,10,1\n")));
    }

    [Theory]
    [InlineData("1000000000000.01", "1000000000000.01 € is beyond 10^12 € in absolute value")]
    [InlineData("-1000000000001", "-1000000000001.00 € is beyond 10^12 € in absolute value")]
    public void An_amount_beyond_10_to_the_12_euros_is_rejected(string amount, string reason)
    {
        Assert.Equal($"activity.csv:2: turnover: {reason}", Only(Load(OnePath, $"{ActivityHeader}\nE1,2015-01,C,{amount},1\n")));
        Assert.Empty(Load(OnePath, $"{ActivityHeader}\nE1,2015-01,C,1000000000000,1\n").Rejections);
    }

    [Fact]
    public void A_row_whose_contribution_has_no_rate_in_force_is_rejected_not_the_report()
    {
        var policy = CaePolicy.Default;
        var first = policy.Contribution.Rates.Min(r => r.From);
        var before = first.PlusMonths(-1);
        var result = Load(OnePath, $"{ActivityHeader}\nE1,{before:yyyy-MM},C,10,\nE1,{before:yyyy-MM},D,10,1\nE1,{first:yyyy-MM},C,10,\n", policy);
        Assert.Equal(
            $"activity.csv:2: contribution: no contribution rate is in force on {before.Year:0000}-{before.Month:00}-01 under C to compute the missing contribution",
            Only(result));
        Assert.Equal(2, result.ActivityAccepted);
    }

    [Fact]
    public void A_stray_windows_1252_byte_in_a_utf8_file_rejects_its_row_only()
    {
        var activity = Encoding.UTF8.GetBytes($"{ActivityHeader}\nE1,2015-01,Besançon,10,1\nE1,2015-02,Besan\u00e7on,10,1\n");
        var stray = activity.ToList();
        var at = Encoding.UTF8.GetByteCount($"{ActivityHeader}\nE1,2015-01,Besançon,10,1\nE1,2015-02,Besan");
        stray.RemoveRange(at, 2);
        stray.Insert(at, 0xE7);
        var result = ContractCsv.Load(Encoding.UTF8.GetBytes(OnePath), "paths.csv", stray.ToArray(), "activity.csv", null);
        Assert.Equal("activity.csv:3: structure: not valid UTF-8 (byte 0xE7)", Only(result));
        Assert.Equal(InputEncoding.Utf8, result.ActivityFile.Encoding);
        Assert.Equal("Besançon", Assert.Single(result.ActivityRows).Structure.Name);
    }

    [Fact]
    public void A_message_quotes_at_most_80_characters_and_escapes_control_characters()
    {
        var cell = "\u001b[31m" + new string('x', 100);
        var reason = Assert.Single(Load(OnePath, $"{ActivityHeader}\nE1,{cell},C,10,1\n").Rejections).Reason;
        Assert.Equal("'\\u001b[31m" + new string('x', 75) + "…' is not a month (yyyy-MM or MM/yyyy)", reason);
    }

    [Fact]
    public void Check_and_report_reject_the_same_rows_since_both_load_under_the_policy()
    {
        var activity = $"{ActivityHeader}\nE1,1899-01,C,10,1\nE1,2015-01,C,10,\n";
        Assert.Equal(
            Load(OnePath, activity, CaePolicy.Default).Rejections,
            Load(OnePath, activity).Rejections);
    }
}
