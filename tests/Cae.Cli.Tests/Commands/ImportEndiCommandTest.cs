using System.IO;
using System.Linq;
using System.Text;
using Xunit;

namespace Cae.Cli.Tests.Commands;

public class ImportEndiCommandTest
{
    private const string Header = "\"ID Utilisateur\";\"Prénom\";\"Nom\";\"Sexe\";\"Antenne de rattachement\";\"Date d'entrée dans la CAE\";\"Date de contrat\";\"Date d'entrée au sociétariat\";\"Date de sortie\";\"Motif de sortie\";\"CA TOTAL\";\"CA janv. 15\";\"CA févr. 15\"\r\n";

    private const string Mapping = "{ \"structure\": \"Coopilote\", \"establishments\": { \"Antenne de Besançon\": \"Besançon\" }, \"exit_categories\": { \"Abandon du projet\": \"other\" } }";

    [Fact]
    public void Writes_the_contract_files_and_reports_rejected_rows_and_unmapped_reasons_like_check()
    {
        var directory = TestData.NewDirectory();
        var export = Write(directory, "2015.csv", Header
            + "\"1\";\"Ada\";\"L\";\"F\";\"Antenne de Besançon\";\" 5/01/2015\";\"\";\"\";\"\";\"\";\"1 000,00\";\"400,00\";\"600,00 €\"\r\n"
            + "\"2\";\"Bo\";\"M\";\"M\";\"Antenne de Besançon\";\" 5/01/2015\";\"\";\"\";\"28/02/2015\";\"Déménagement\";\"\";\"\";\"\"\r\n"
            + "\"3\";\"Cy\";\"N\";\"H\";\"Antenne de Besançon\";\"31/02/2015\";\"\";\"\";\"\";\"\";\"\";\"\";\"\"\r\n");
        var mapping = Write(directory, "mapping.json", Mapping);
        var output = Path.Combine(directory, "out");

        var run = CliRun.Of("import", "endi", "--export", export, "--mapping", mapping, "--out", output);

        Assert.Equal(1, run.Code);
        Assert.Equal(
            new[]
            {
                $"{export}:3: Motif de sortie: exit reason 'Déménagement' is not mapped to a category (add it to exit_categories in the mapping)",
                $"{export}:4: Date d'entrée dans la CAE: '31/02/2015' is not a date of 1900-2100 (d/MM/yyyy, as enDI writes it (' 5/03/2019'))",
                "cae: exit reason 'Déménagement' is not mapped: 1 path rejected (map it in exit_categories)",
            },
            run.ErrorLines);
        Assert.Equal(
            "entrepreneur_id,establishment,structure,entry_date,cesa_date,associate_application_date,associate_date,exit_date,exit_category,gender,birth_date,residence_area,qualification,status_at_entry,income_at_entry,prescriber\n"
            + "1,Besançon,Coopilote,2015-01-05,,,,,,F,,,,,,\n",
            File.ReadAllText(Path.Combine(output, "paths.csv")));
        Assert.Equal(
            "entrepreneur_id,month,structure,establishment,turnover,purchases,contribution,salary_hours\n"
            + "1,2015-01,Coopilote,,400.00,0.00,,0.00\n1,2015-02,Coopilote,,600.00,0.00,,0.00\n",
            File.ReadAllText(Path.Combine(output, "activity.csv")));
        Assert.Contains("paths.csv: 1 path of 3 persons found", run.Out);
        Assert.Contains("2 rows rejected, 0 warnings", run.Out);

        var check = CliRun.Of("check", "--paths", Path.Combine(output, "paths.csv"), "--activity", Path.Combine(output, "activity.csv"));
        Assert.True(check.Code == 0, check.Error);
    }

    [Fact]
    public void A_header_missing_a_required_column_is_a_usage_error_naming_it()
    {
        var directory = TestData.NewDirectory();
        var export = Write(directory, "2015.csv", Header.Replace("\"Motif de sortie\";", string.Empty, System.StringComparison.Ordinal));
        var run = CliRun.Of("import", "endi", "--export", export, "--mapping", Write(directory, "mapping.json", Mapping), "--out", Path.Combine(directory, "out"));
        Assert.Equal(2, run.Code);
        Assert.Equal(new[] { $"{export}:1: Motif de sortie: required column missing (an enDI export of this query has it)" }, run.ErrorLines);
        Assert.False(Directory.Exists(Path.Combine(directory, "out")));
    }

    [Fact]
    public void Write_mapping_gives_a_template_of_every_antenna_and_exit_reason_found()
    {
        var directory = TestData.NewDirectory();
        var export = Write(directory, "2015.csv", Header
            + "\"1\";\"\";\"\";\"F\";\"Antenne Nord\";\"5/01/2015\";\"\";\"\";\"28/02/2015\";\"Déménagement\";\"\";\"\";\"\"\r\n"
            + "\"2\";\"\";\"\";\"F\";\"Antenne Sud\";\"5/01/2015\";\"\";\"\";\"\";\"\";\"\";\"\";\"\"\r\n");
        var template = Path.Combine(directory, "mapping.json");

        var run = CliRun.Of("import", "endi", "--export", export, "--write-mapping", template);

        Assert.True(run.Code == 0, run.Error);
        Assert.Equal(
            "{\n  \"structure\": \"\",\n  \"establishments\": {\n    \"Antenne Nord\": \"Antenne Nord\",\n    \"Antenne Sud\": \"Antenne Sud\"\n  },\n  \"exit_categories\": {\n    \"Déménagement\": \"\"\n  }\n}\n",
            File.ReadAllText(template).Replace("\r\n", "\n", System.StringComparison.Ordinal));
        var import = CliRun.Of("import", "endi", "--export", export, "--mapping", template, "--out", Path.Combine(directory, "out"));
        Assert.Equal(2, import.Code);
        Assert.Contains("structure: required", import.Error);
    }

    [Theory]
    [InlineData("--mapping", "m.json", "--write-mapping", "t.json")]
    [InlineData("--out", "out", "--write-mapping", "t.json")]
    [InlineData("--out", "out")]
    [InlineData("--mapping", "m.json")]
    public void Missing_or_conflicting_options_are_usage_errors(params string[] options)
    {
        var directory = TestData.NewDirectory();
        var export = Write(directory, "2015.csv", Header);
        Write(directory, "m.json", Mapping);
        var args = new[] { "import", "endi", "--export", export }.Concat(options.Select(o => o.StartsWith("--", System.StringComparison.Ordinal) ? o : Path.Combine(directory, o))).ToArray();
        var run = CliRun.Of(args);
        Assert.Equal(2, run.Code);
        Assert.StartsWith("cae: ", run.Error, System.StringComparison.Ordinal);
    }

    [Fact]
    public void An_output_that_is_an_input_is_refused_and_left_alone()
    {
        var directory = TestData.NewDirectory();
        var export = Write(directory, "paths.csv", Header);
        var run = CliRun.Of("import", "endi", "--export", export, "--mapping", Write(directory, "m.json", Mapping), "--out", directory);
        Assert.Equal(2, run.Code);
        Assert.Contains("is also an input", run.Error);
        Assert.Equal(Header, File.ReadAllText(export));
    }

    private static string Write(string directory, string name, string text)
    {
        var path = Path.Combine(directory, name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }
}
