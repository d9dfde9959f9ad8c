using System.IO;
using System.Linq;
using System.Text;
using TestData = Cae.Tests.TestData;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace Cae.IO.Tests.Csv;

/// <summary>
/// A large activity file is read in two parts at once: random files (good and bad rows, every kind of line break,
/// empty lines, cut rows, stray bytes, rows repeated across the two halves, persons without a path) load to the
/// same dataset, rejections, warnings, lines and counts read in two parts as read in one.
/// </summary>
public class SplitReadProperty
{
    private const string PathsHeader = "entrepreneur_id,establishment,structure,entry_date,exit_date,exit_category";
    private const string ActivityHeader = "entrepreneur_id,month,structure,establishment,turnover,contribution,salary_hours";
    private const string Paths = PathsHeader + "\nE1,Besançon,C,2015-01-05,,\nE2,B,C,2015-01-05,,\nE3,B,C,2015-01-05,,\nE4,B,Formaçoop,2015-01-05,,\n";

    private static Gen<string> Breaks() => Gen.Frequency(
        (12, Gen.Constant("\n")),
        (2, Gen.Elements("\r\n", "\r", "\n\n", "\r\n\r\n", "\r\r\n")));

    private static Gen<string> Rows() =>
        from id in Gen.Elements("E1", "E2", "E3", "E4", " E2 ", "E9")
        from month in Gen.Elements("2015-01", "2015-02", "3/2015", "2015-04", "1899-12", "2015-13")
        from structure in Gen.Elements("C", "Coopilote", "Formaçoop", "")
        from establishment in Gen.Elements("", "", "Besançon", "Montb\u00e9liard")
        from turnover in Gen.Elements("10", "-12.5", "1234.56", "0.125", "1 234,5 €", "1000000000000.01", "12 €", "")
        from contribution in Gen.Elements("", "", "1", "0.10", "x")
        from hours in Gen.Elements("", "0", "151.67", "744.01", "-1")
        from extra in Gen.Frequency((12, Gen.Constant(string.Empty)), (1, Gen.Constant(",more")))
        from cut in Gen.Frequency((15, Gen.Constant(false)), (1, Gen.Constant(true)))
        select cut ? $"{id},{month},{structure}" : $"{id},{month},{structure},{establishment},{turnover},{contribution},{hours}{extra}";

    private static Gen<(string Activity, int Buffer, bool Windows1252, bool Stray)> Cases() =>
        from count in Gen.Choose(20, 120)
        from rows in Gen.ArrayOf(Rows(), count)
        from breaks in Gen.ArrayOf(Breaks(), count + 1)
        from last in Gen.Elements(true, false)
        from buffer in Gen.Choose(1, 64)
        from windows1252 in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
        from stray in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
        select (ActivityHeader + breaks[0] + string.Concat(rows.Select((r, i) => r + (i < count - 1 || last ? breaks[i + 1] : string.Empty))), buffer, windows1252, stray);

    private static byte[] Bytes(string text, bool windows1252, bool stray)
    {
        var bytes = (windows1252 ? Encoding.Latin1 : Encoding.UTF8).GetBytes(text).ToList();
        if (stray && !windows1252)
        {
            bytes.Insert(bytes.Count * 3 / 4, 0xE9); // a Windows-1252 é in the second half of a UTF-8 file
        }

        return bytes.ToArray();
    }

    private static (LoadResult Result, bool Split) Load(string directory, int buffer, long splitFrom)
    {
        var result = ContractCsv.Load(Path.Combine(directory, "paths.csv"), Path.Combine(directory, "activity.csv"), null, buffer, splitFrom, out var split);
        return (result, split);
    }

    [Property(MaxTest = 200)]
    public Property A_file_read_in_two_parts_loads_as_one_read() =>
        Prop.ForAll(Cases().ToArbitrary(), c =>
        {
            var directory = TestData.NewDirectory();
            File.WriteAllBytes(Path.Combine(directory, "paths.csv"), Encoding.UTF8.GetBytes(Paths));
            File.WriteAllBytes(Path.Combine(directory, "activity.csv"), Bytes(c.Activity, c.Windows1252, c.Stray));
            var (whole, wholeSplit) = Load(directory, c.Buffer, long.MaxValue);
            var (parts, split) = Load(directory, c.Buffer, 0);
            Assert.False(wholeSplit);
            Assert.True(split);
            Assert.Equal(whole.Rejections, parts.Rejections);
            Assert.Equal(whole.Warnings, parts.Warnings);
            Assert.Equal((whole.PathsRead, whole.ActivityRead), (parts.PathsRead, parts.ActivityRead));
            Assert.Equal(whole.ActivityRows.Select(RowText.Of), parts.ActivityRows.Select(RowText.Of));
            Assert.Equal(whole.Dataset.Structures.Names, parts.Dataset.Structures.Names);
            Assert.Equal(whole.Dataset.Establishments.Names, parts.Dataset.Establishments.Names);
            Assert.Equal((whole.PathsFile, whole.ActivityFile), (parts.PathsFile, parts.ActivityFile));
        });

    [Fact]
    public void A_file_with_a_quote_is_read_in_one_part()
    {
        var directory = TestData.NewDirectory();
        File.WriteAllBytes(Path.Combine(directory, "paths.csv"), Encoding.UTF8.GetBytes(Paths));
        var rows = string.Concat(Enumerable.Range(1, 60).Select(i => FormattableString($"E1,2015-01,C{i},,10,1,0\n")));
        File.WriteAllText(Path.Combine(directory, "activity.csv"), ActivityHeader + "\n" + rows + "E1,2015-02,\"Bati\ncoop\",,10,1,0\n" + rows.Replace("2015-01", "2015-03"));
        var (whole, _) = Load(directory, 16, long.MaxValue);
        var (parts, split) = Load(directory, 16, 0);
        Assert.False(split);
        Assert.Equal(121, parts.ActivityAccepted);
        Assert.Equal(whole.ActivityRows.Select(RowText.Of), parts.ActivityRows.Select(RowText.Of));
    }

    [Fact]
    public void A_small_file_is_read_in_one_part_at_the_default_threshold()
    {
        var directory = TestData.NewDirectory();
        File.WriteAllBytes(Path.Combine(directory, "paths.csv"), Encoding.UTF8.GetBytes(Paths));
        File.WriteAllText(Path.Combine(directory, "activity.csv"), ActivityHeader + "\n" + string.Concat(Enumerable.Range(1, 60).Select(i => FormattableString($"E1,2015-01,C{i},,10,1,0\n"))));
        var (result, split) = Load(directory, 16, Cae.IO.Csv.ActivityLoad.SplitFrom);
        Assert.False(split);
        Assert.Equal(60, result.ActivityAccepted);
    }

    [Fact]
    public void A_file_the_reader_has_already_buffered_past_its_middle_is_read_in_one_part()
    {
        var directory = TestData.NewDirectory();
        File.WriteAllBytes(Path.Combine(directory, "paths.csv"), Encoding.UTF8.GetBytes(Paths));
        File.WriteAllText(Path.Combine(directory, "activity.csv"), ActivityHeader + "\n" + string.Concat(Enumerable.Range(1, 60).Select(i => FormattableString($"E1,2015-01,C{i},,10,1,0\n"))));
        var (whole, _) = Load(directory, 1 << 20, long.MaxValue);
        var (result, split) = Load(directory, 1 << 20, 0);
        Assert.False(split);
        Assert.Equal(whole.ActivityRows.Select(RowText.Of), result.ActivityRows.Select(RowText.Of));
    }

    [Fact]
    public void The_second_half_numbers_its_lines_from_where_it_starts()
    {
        var directory = TestData.NewDirectory();
        File.WriteAllBytes(Path.Combine(directory, "paths.csv"), Encoding.UTF8.GetBytes(Paths));
        var rows = Enumerable.Range(1, 80).Select(i => FormattableString($"E1,2015-01,C{i},,10,1,0")).ToArray();
        rows[70] = "E1,2015-13,C71,,10,1,0";
        File.WriteAllText(Path.Combine(directory, "activity.csv"), ActivityHeader + "\r\n" + string.Join("\r\n", rows.Take(50)) + "\r\n\r\n" + string.Join("\r", rows.Skip(50)) + "\r\n");
        var (result, split) = Load(directory, 32, 0);
        Assert.True(split);
        var rejection = Assert.Single(result.Rejections);
        Assert.Equal(("activity.csv", 73, "month"), (Path.GetFileName(rejection.File), rejection.Line, rejection.Column));
        Assert.Equal(79, result.ActivityAccepted);
    }

    private static string FormattableString(System.FormattableString text) => System.FormattableString.Invariant(text);
}
