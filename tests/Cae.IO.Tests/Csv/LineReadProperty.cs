using System.IO;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;
using TestData = Cae.Tests.TestData;

namespace Cae.IO.Tests.Csv;

/// <summary>
/// Activity rows of the usual form are read from their lines' bytes before the reader cuts them into fields:
/// random files in the contract's column order (plain rows mostly, and every kind of row the line reading leaves
/// to the reader) load to the same dataset, rejections, warnings, lines and counts with it as without it, read in
/// one part or two, through buffers of every size.
/// </summary>
public class LineReadProperty
{
    private const string ActivityHeader = "entrepreneur_id,month,structure,establishment,turnover,purchases,contribution,salary_hours";
    private const string Paths = "entrepreneur_id,establishment,structure,entry_date,exit_date,exit_category\n"
        + "E1,Besançon,C,2015-01-05,,\nE2,B,C,2015-01-05,,\nE3,B,C,2015-01-05,,\nE4,B,Formaçoop,2015-01-05,,\nÉ5,B,C,2015-01-05,,\n";

    private static Gen<string> Plain() =>
        from id in Gen.Elements("E1", "E2", "E3", "E4", "É5")
        from month in Gen.Elements("2015-01", "2015-08", "2015-09", "2015-12", "3/2015")
        from structure in Gen.Elements("C", "Coopilote", "Formaçoop")
        from establishment in Gen.Elements(string.Empty, string.Empty, "Besançon", "B")
        from turnover in Gen.Elements("10", "-12.5", "1234.56", "0", "-.5", "+3")
        from purchases in Gen.Elements(string.Empty, "0", "450.41")
        from contribution in Gen.Elements(string.Empty, "1", "0.10")
        from hours in Gen.Elements(string.Empty, "0", "151.67")
        select string.Join(",", id, month, structure, establishment, turnover, purchases, contribution, hours);

    // Rows the line reading leaves to the reader: each is accepted, rejected or warned of there, as it would be.
    private static Gen<string> Other() => Gen.Elements(
        "\"E1\",2015-02,C,,10,,,",
        "E1,2015-02,\"C\nD\",,10,,,",
        " E2 ,2015-02,C,,10,,,",
        "E2,2015-02,C ,,10,,,",
        "E2,2015-02,C,\tB,10,,,",
        "E3,2015-02,C,,1 234.5,,,",
        "E3,2015-02,C,,12 €,,,",
        "E3,2015-02,C,,0.125,,,",
        "E3,2015-02,C,,1000000000000.01,,,",
        "E3,2015-02,C,,,,,",
        "E3,1899-12,C,,10,,,",
        "E3,2015-13,C,,10,,,",
        "E3,2015-02,,,10,,,",
        ",2015-02,C,,10,,,",
        "E4,2015-02,C,,10,,,744.01",
        "E4,2015-02,C,,10,,,-1",
        "E4,2015-02,C,,10,,,-0",
        "E4,2015-02,C,,10,,x,",
        "E4,2015-02,C,,10,,,,more",
        "E4,2015-02,C,,10,,,,",
        "E4,2015-02,C,,10,,,,,,,,,,",
        "E4,2015-02,C",
        "E9,2015-02,C,,10,,,",
        "E1,2015-01,C,,10,,,");

    private static Gen<(string Activity, int Buffer, bool Windows1252, bool Stray, bool Split)> Cases() =>
        from activity in LineFiles.Text(ActivityHeader, Gen.Frequency((6, Plain()), (1, Other())), 10, 80)
        from buffer in Gen.Elements(1, 16, 40, 64, 100, 4096)
        from windows1252 in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
        from stray in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
        from split in Gen.Elements(true, false)
        select (activity, buffer, windows1252, stray, split);

    private static (LoadResult Result, int ByLine) Load(string directory, int buffer, bool split, bool byLines)
    {
        var result = ContractCsv.Load(Path.Combine(directory, "paths.csv"), Path.Combine(directory, "activity.csv"), null, buffer, split ? 0 : long.MaxValue, byLines, out _, out var byLine, out _);
        return (result, byLine);
    }

    private static string Directory(string activity, bool windows1252, bool stray)
    {
        var directory = TestData.NewDirectory();
        File.WriteAllBytes(Path.Combine(directory, "paths.csv"), (windows1252 ? Encoding.Latin1 : Encoding.UTF8).GetBytes(Paths));
        File.WriteAllBytes(Path.Combine(directory, "activity.csv"), LineFiles.Bytes(activity, windows1252, stray));
        return directory;
    }

    [Property(MaxTest = 200)]
    public Property Rows_read_from_their_lines_load_as_rows_read_by_the_reader() =>
        Prop.ForAll(Cases().ToArbitrary(), c =>
        {
            var directory = Directory(c.Activity, c.Windows1252, c.Stray);
            var (reader, none) = Load(directory, c.Buffer, c.Split, byLines: false);
            var (lines, byLine) = Load(directory, c.Buffer, c.Split, byLines: true);
            Assert.Equal(0, none);
            Assert.Equal(reader.Rejections, lines.Rejections);
            Assert.Equal(reader.Warnings, lines.Warnings);
            Assert.Equal((reader.PathsRead, reader.ActivityRead, reader.ActivityAccepted), (lines.PathsRead, lines.ActivityRead, lines.ActivityAccepted));
            Assert.Equal(reader.ActivityRows.Select(RowText.Of), lines.ActivityRows.Select(RowText.Of));
            Assert.Equal(reader.Dataset.Structures.Names, lines.Dataset.Structures.Names);
            Assert.Equal(reader.Dataset.Establishments.Names, lines.Dataset.Establishments.Names);
            Assert.Equal((reader.PathsFile, reader.ActivityFile), (lines.PathsFile, lines.ActivityFile));
            // A small buffer may end within every line's last vector, so only a large one is sure to hold some whole.
            Assert.True(c.Buffer < 4096 || byLine > 0, "plain rows in a buffer that holds them are read from their lines");
        });

    [Fact]
    public void Most_plain_rows_are_read_from_their_lines()
    {
        var rows = string.Concat(Enumerable.Range(0, 500).Select(i => $"E{(i % 4) + 1},2015-{(i % 12) + 1:00},C{i},,{i}.5,1,2,3\n"));
        var directory = Directory(ActivityHeader + "\n" + rows, windows1252: false, stray: false);
        var (result, byLine) = Load(directory, 4096, split: false, byLines: true);
        Assert.Empty(result.Rejections);
        Assert.Equal(500, result.ActivityAccepted);
        Assert.InRange(byLine, 490, 500); // the last line of each buffer, and the file's, go to the reader
    }

    [Fact]
    public void Columns_in_another_order_are_read_by_the_reader_only()
    {
        var rows = string.Concat(Enumerable.Range(0, 100).Select(i => $"2015-{(i % 12) + 1:00},E1,C{i},,{i}.5,1,2,3\n"));
        var directory = Directory("month,entrepreneur_id,structure,establishment,turnover,purchases,contribution,salary_hours\n" + rows, windows1252: false, stray: false);
        var (result, byLine) = Load(directory, 4096, split: false, byLines: true);
        Assert.Equal(100, result.ActivityAccepted);
        Assert.Equal(0, byLine);
    }

    [Fact]
    public void A_file_of_other_rows_is_soon_left_to_the_reader_whole()
    {
        // An export that quotes every text cell: the line reading stops trying after its first misses.
        var other = string.Concat(Enumerable.Range(0, 2000).Select(i => $"\"E1\",2015-{(i % 12) + 1:00},\"C{i}\",,{i}.5,1,2,3\n"));
        var plain = string.Concat(Enumerable.Range(0, 1000).Select(i => $"E2,2015-{(i % 12) + 1:00},C{i},,{i}.5,1,2,3\n"));
        var directory = Directory(ActivityHeader + "\n" + other + plain, windows1252: false, stray: false);
        var (result, byLine) = Load(directory, 4096, split: false, byLines: true);
        Assert.Empty(result.Rejections);
        Assert.Equal(3000, result.ActivityAccepted);
        Assert.Equal(0, byLine);
    }
}
