using System.IO;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;
using TestData = Cae.Tests.TestData;

namespace Cae.IO.Tests.Csv;

/// <summary>
/// Path rows of the usual form are read from their lines' bytes before the reader cuts them into fields: random
/// files in the contract's column order (plain rows mostly, and every kind of row the line reading leaves to the
/// reader) load to the same paths, rejections, warnings, lines and counts with it as without it, through buffers
/// of every size.
/// </summary>
public class PathLineReadProperty
{
    private const string PathsHeader = "entrepreneur_id,establishment,structure,entry_date,cesa_date,associate_application_date,associate_date,exit_date,exit_category,gender,birth_date,residence_area,qualification,status_at_entry,income_at_entry,prescriber";
    private const string Activity = "entrepreneur_id,month,structure,establishment,turnover,purchases,contribution,salary_hours\nE1,2015-01,C,,10,,1,\n";

    private static Gen<string> Plain() =>
        from id in Gen.Elements("E1", "E2", "E3", "E4", "E5", "E6", "E7", "É8", "E9", "E10", "E11", "E12")
        from establishment in Gen.Elements("Besançon", "B", "Montbéliard")
        from structure in Gen.Elements("C", "Coopilote", "Formaçoop")
        from entry in Gen.Elements("2015-01-05", "2013-06-20", "5/03/2015", "05/03/2015", "2012-02-29")
        from cesa in Gen.Elements(string.Empty, string.Empty, "2015-03-06")
        from application in Gen.Elements(string.Empty, string.Empty, "2015-06-01")
        from associate in Gen.Elements(string.Empty, string.Empty, "2016-06-15")
        from exit in Gen.Elements((string.Empty, string.Empty), (string.Empty, string.Empty), ("2015-08-21", "creation"), ("31/01/2016", "associé"), ("2016-01-31", "Training"))
        from gender in Gen.Elements(string.Empty, "F", "M", "H", "Femme", "f")
        from birth in Gen.Elements(string.Empty, "1975-03-03", "1/1/1960")
        from residence in Gen.Elements(string.Empty, "Besançon", "Autres", "QPV")
        from qualification in Gen.Elements(string.Empty, "higher_education", "bac")
        from status in Gen.Elements(string.Empty, "job_seeker", "employee")
        from income in Gen.Elements(string.Empty, "none", "rsa")
        from prescriber in Gen.Elements(string.Empty, "word_of_mouth", "other")
        select string.Join(",", id, establishment, structure, entry, cesa, application, associate, exit.Item1, exit.Item2, gender, birth, residence, qualification, status, income, prescriber);

    // Rows the line reading leaves to the reader: each is accepted, rejected or warned of there, as it would be.
    private static Gen<string> Other() => Gen.Elements(
        "\"E1\",B,C,2015-01-05,,,,,,,,,,,,",
        "E1,\"B\nD\",C,2015-01-05,,,,,,,,,,,,",
        " E2 ,B,C,2015-01-05,,,,,,,,,,,,",
        "E2,B ,C,2015-01-05,,,,,,,,,,,,",
        "E2,B,\tC,2015-01-05,,,,,,,,,,,,",
        "E2,B,C, 5/03/2015,,,,,,,,,,,,",
        "E2,B,C,2015-01-05 ,,,,,,,,,,,,",
        "E3,B,C,2015-02-30,,,,,,,,,,,,",
        "E3,B,C,2014-02-29,,,,,,,,,,,,",
        "E3,B,C,1899-12-31,,,,,,,,,,,,",
        "E3,B,C,2101-01-01,,,,,,,,,,,,",
        "E3,B,C,2015-01-05,,,,,,,1899-12-31,,,,,",
        "E3,,C,2015-01-05,,,,,,,,,,,,",
        "E3,B,,2015-01-05,,,,,,,,,,,,",
        ",B,C,2015-01-05,,,,,,,,,,,,",
        "E3,B,C,,,,,,,,,,,,,",
        "E4,B,C,2015-01-05,,,,,unknown,,,,,,,",
        "E4,B,C,2015-01-05,,,,,,X,,,,,,",
        "E4,B,C,2015-01-05,,,,2014-01-01,creation,,,,,,,",
        "E4,B,C,2015-01-05,2014-01-01,,,,,,,,,,,",
        "E4,B,C,2015-01-05,,,,,,,,,,,,,extra",
        "E4,B,C,2015-01-05,,,,,,,,,,,,,",
        "E4,B,C,2015-01-05,,,,,,,,,,,,,,,,,,",
        "E4,B,C,2015-01-05",
        "E5,B,C,2015-01-05,,,,,,,,,,,,\tx",
        "E5,B,C,2015-01-05,,,,,,F,,Besançon ,,,,",
        "E5,B,C,2015-01-05,x,,,,,,,,,,,",
        "E5,B,C,2015-01-05,,,,,,,2015-1-5,,,,,",
        "E5,B,C,2015-01-05,,,,,,,,\u00A0Autres,,,,",
        "E6,B,C,2015-01-05,,,,,CREATION,f,,,,,,",
        "E6,B,C,2015-01-05,,,,,creation,,,,,,,",
        "E6,B,C,2015-01-05,,,,2015-08-21,,,,,,,,",
        "E6,B,C,2015-01-05,2015-01-01,,,,,,,,,,,");

    private static Gen<(string Paths, int Buffer, bool Windows1252, bool Stray)> Cases() =>
        from paths in LineFiles.Text(PathsHeader, Gen.Frequency((6, Plain()), (1, Other())), 10, 60)
        from buffer in Gen.Elements(1, 16, 64, 100, 200, 4096)
        from windows1252 in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
        from stray in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
        select (paths, buffer, windows1252, stray);

    private static string Directory(string paths, bool windows1252, bool stray)
    {
        var directory = TestData.NewDirectory();
        File.WriteAllBytes(Path.Combine(directory, "paths.csv"), LineFiles.Bytes(paths, windows1252, stray));
        File.WriteAllBytes(Path.Combine(directory, "activity.csv"), LineFiles.Bytes(Activity, windows1252, stray: false));
        return directory;
    }

    private static (LoadResult Result, int ByLine) Load(string directory, int buffer, bool byLines)
    {
        var result = ContractCsv.Load(Path.Combine(directory, "paths.csv"), Path.Combine(directory, "activity.csv"), null, buffer, long.MaxValue, byLines, out _, out _, out var byLine);
        return (result, byLine);
    }

    [Property(MaxTest = 200)]
    public Property Paths_read_from_their_lines_load_as_paths_read_by_the_reader() =>
        Prop.ForAll(Cases().ToArbitrary(), c =>
        {
            var directory = Directory(c.Paths, c.Windows1252, c.Stray);
            var (reader, none) = Load(directory, c.Buffer, byLines: false);
            var (lines, byLine) = Load(directory, c.Buffer, byLines: true);
            Assert.Equal(0, none);
            Assert.Equal(reader.Rejections, lines.Rejections);
            Assert.Equal(reader.Warnings, lines.Warnings);
            Assert.Equal((reader.PathsRead, reader.PathsAccepted, reader.ActivityAccepted), (lines.PathsRead, lines.PathsAccepted, lines.ActivityAccepted));
            Assert.Equal(reader.Paths.Select(RowText.Of), lines.Paths.Select(RowText.Of));
            Assert.Equal(Enumerable.Range(0, reader.PathsAccepted).Select(reader.PathLineOf), Enumerable.Range(0, lines.PathsAccepted).Select(lines.PathLineOf));
            Assert.Equal(reader.Dataset.Structures.Names, lines.Dataset.Structures.Names);
            Assert.Equal(reader.Dataset.Establishments.Names, lines.Dataset.Establishments.Names);
            Assert.Equal(reader.PathsFile, lines.PathsFile);

            // A small buffer may end within every line's last vector, so only a large one is sure to hold some whole.
            Assert.True(c.Buffer < 4096 || byLine > 0, "plain rows in a buffer that holds them are read from their lines");
        });

    [Fact]
    public void Most_plain_paths_are_read_from_their_lines()
    {
        var rows = string.Concat(Enumerable.Range(0, 500).Select(i => $"E{i},Besançon,C{i % 3},2015-01-05,,,,2015-{(i % 12) + 1:00}-28,creation,F,1975-03-03,Autres,bac,employee,none,other\n"));
        var directory = Directory(PathsHeader + "\n" + rows, windows1252: false, stray: false);
        var (result, byLine) = Load(directory, 4096, byLines: true);
        Assert.Empty(result.Rejections);
        Assert.Equal(500, result.PathsAccepted);
        Assert.InRange(byLine, 480, 500); // the last line of each buffer (12 of them), and the file's, go to the reader
    }

    [Fact]
    public void Paths_in_another_column_order_are_read_by_the_reader_only()
    {
        var header = "establishment,entrepreneur_id,structure,entry_date,cesa_date,associate_application_date,associate_date,exit_date,exit_category,gender,birth_date,residence_area,qualification,status_at_entry,income_at_entry,prescriber";
        var rows = string.Concat(Enumerable.Range(0, 100).Select(i => $"B,E{i},C,2015-01-05,,,,,,F,,,,,,\n"));
        var directory = Directory(header + "\n" + rows, windows1252: false, stray: false);
        var (result, byLine) = Load(directory, 4096, byLines: true);
        Assert.Equal(100, result.PathsAccepted);
        Assert.Equal(0, byLine);
    }
}
