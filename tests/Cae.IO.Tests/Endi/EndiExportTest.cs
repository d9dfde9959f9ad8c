using System.Linq;
using System.Text;
using Cae.Domain.Paths;
using Cae.Domain.Values;
using Cae.IO.Endi;
using NodaTime;
using Xunit;

namespace Cae.IO.Tests.Endi;

public class EndiExportTest
{
    [Fact]
    public void A_person_in_two_exports_is_one_path_from_the_latest_with_the_months_of_both()
    {
        var import = EndiFixture.Import(
            ("2015.csv", EndiFixture.Export(2015, new EndiPerson("7", "12/03/2014", Exit: "30/06/2015", Reason: "Abandon du projet", Total: "300,00", Months: new[] { "100,00", "200,00" }))),
            ("2014.csv", EndiFixture.Export(2014, new EndiPerson("7", "12/03/2014", Contract: " 1/09/2014", Total: "1 000,00", Months: new[] { "", "", "1 000,00" }))));

        Assert.Empty(import.Load.Rejections);
        Assert.Empty(import.Load.Warnings);
        var path = Assert.Single(import.Paths);
        Assert.Equal("7", path.EntrepreneurId);
        Assert.Equal(new LocalDate(2014, 3, 12), path.EntryDate);
        Assert.Null(path.CesaDate); // the 2015 export, the latest, has no contract date: its fields win
        Assert.Equal(new LocalDate(2015, 6, 30), path.ExitDate);
        Assert.Equal(ExitCategory.Other, path.ExitCategory);
        Assert.Equal("Besançon", path.Establishment.Name);
        Assert.Equal("Coopilote", path.Structure.Name);
        Assert.Equal(
            new[] { (EndiFixture.Month(2014, 3), 100_000L), (EndiFixture.Month(2015, 1), 10_000L), (EndiFixture.Month(2015, 2), 20_000L) },
            import.Activity.Select(a => (a.Month, a.Turnover.Cents)));
        Assert.All(import.Activity, a => Assert.Equal((Money.Zero, Hours.Zero, (Money?)null), (a.Purchases, a.SalaryHours, a.Contribution)));
        Assert.Equal(1, import.Load.PathsRead);
        Assert.Equal(3, import.Load.ActivityAccepted);
    }

    [Fact]
    public void Two_exports_that_disagree_on_the_entry_date_give_a_warning_and_keep_the_latest()
    {
        var import = EndiFixture.Import(
            ("2014.csv", EndiFixture.Export(2014, new EndiPerson("7", "12/03/2014"))),
            ("2015.csv", EndiFixture.Export(2015, new EndiPerson("7", " 2/04/2014"))));

        Assert.Equal(new LocalDate(2014, 4, 2), Assert.Single(import.Paths).EntryDate);
        var warning = Assert.Single(import.Load.Warnings);
        Assert.Equal(("2015.csv", 2, "Date d'entrée dans la CAE"), (warning.File, warning.Line, warning.Column));
        Assert.Contains("2014.csv:2", warning.Message);
    }

    [Fact]
    public void An_associate_without_exit_leaves_the_support_path_on_entering_the_societariat()
    {
        var path = Assert.Single(EndiFixture.Import(("e.csv", EndiFixture.Export(2015, new EndiPerson("1", " 4/05/2012", Societariat: "13/06/2015")))).Paths);
        Assert.Equal(new LocalDate(2015, 6, 13), path.AssociateDate);
        Assert.Equal(new LocalDate(2015, 6, 13), path.ExitDate);
        Assert.Equal(ExitCategory.Associate, path.ExitCategory);
    }

    [Fact]
    public void An_associate_who_later_left_the_cae_still_left_the_support_path_as_associate_and_needs_no_mapped_reason()
    {
        var import = EndiFixture.Import(("e.csv", EndiFixture.Export(2015, new EndiPerson("1", " 4/05/2012", Societariat: "14/06/2014", Exit: "30/09/2015", Reason: "Départ à la retraite"))));
        Assert.Empty(import.Load.Rejections);
        var path = Assert.Single(import.Paths);
        Assert.Equal((new LocalDate(2014, 6, 14), ExitCategory.Associate), (path.ExitDate!.Value, path.ExitCategory!));
        Assert.Empty(import.UnmappedExitReasons);
    }

    [Fact]
    public void An_exit_before_the_societariat_is_rejected()
    {
        var rejected = Assert.Single(EndiFixture.Import(("e.csv", EndiFixture.Export(2015, new EndiPerson("1", " 4/05/2012", Societariat: "13/06/2015", Exit: "1/02/2015", Reason: "Abandon du projet")))).Load.Rejections);
        Assert.Equal(("e.csv", 2, "Date d'entrée au sociétariat"), (rejected.File, rejected.Line, rejected.Column));
    }

    [Fact]
    public void An_unmapped_exit_reason_rejects_its_paths_and_is_counted_once()
    {
        var import = EndiFixture.Import(("e.csv", EndiFixture.Export(
            2015,
            new EndiPerson("1", "1/01/2015", Exit: "1/03/2015", Reason: "Déménagement"),
            new EndiPerson("2", "1/01/2015", Exit: "1/04/2015", Reason: "DEMENAGEMENT "),
            new EndiPerson("3", "1/01/2015", Exit: "1/04/2015", Reason: "exerce une ACTIVITE d’indépendant"))));

        Assert.Equal(new[] { "3" }, import.Paths.Select(p => p.EntrepreneurId));
        Assert.Equal(ExitCategory.Creation, import.Paths[0].ExitCategory);
        Assert.Equal(new[] { ("e.csv:2: Motif de sortie"), ("e.csv:3: Motif de sortie") }, import.Load.Rejections.Select(r => $"{r.File}:{r.Line}: {r.Column}"));
        Assert.Equal(new[] { new EndiLabel("Déménagement", 2) }, import.UnmappedExitReasons);
    }

    [Fact]
    public void A_ca_total_that_differs_from_the_months_by_more_than_one_euro_gives_a_warning_naming_the_person()
    {
        var import = EndiFixture.Import(("e.csv", EndiFixture.Export(
            2015,
            new EndiPerson("1", "1/01/2015", Total: "301,00", Months: new[] { "100,00", "200,00" }),
            new EndiPerson("2", "1/01/2015", Total: "301,01", Months: new[] { "100,00", "200,00" }))));

        var warning = Assert.Single(import.Load.Warnings);
        Assert.Equal(("e.csv", 3, "CA TOTAL"), (warning.File, warning.Line, warning.Column));
        Assert.Contains("'2' (Prénom 2 Nom)", warning.Message);
        Assert.Equal(4, import.Activity.Count); // the months are kept
    }

    [Fact]
    public void A_rejected_row_rejects_the_persons_rows_in_the_other_exports_too()
    {
        var import = EndiFixture.Import(
            ("2014.csv", EndiFixture.Export(2014, new EndiPerson("7", "12/03/2014", Months: new[] { "12,3x" }))),
            ("2015.csv", EndiFixture.Export(2015, new EndiPerson("7", "12/03/2014", Months: new[] { "10,00" }), new EndiPerson("8", "1/01/2015"))));

        Assert.Equal(new[] { "8" }, import.Paths.Select(p => p.EntrepreneurId));
        Assert.Equal(
            new[] { "2014.csv:2: CA janv. 14", "2015.csv:2: ID Utilisateur" },
            import.Load.Rejections.Select(r => $"{r.File}:{r.Line}: {r.Column}").OrderBy(s => s));
        Assert.Contains("2014.csv:2", import.Load.Rejections.Single(r => r.File == "2015.csv").Reason);
    }

    [Fact]
    public void An_export_saved_by_excel_in_windows_1252_loads()
    {
        var text = EndiFixture.Export(2015, new EndiPerson("1", "1/01/2015", Antenna: "Antenne de Besançon", Zone: "Haute-Saône", Exit: "1/03/2015", Reason: "Exerce un emploi durable (CDI ou CDD)", Months: new[] { "1 234,56 €" }));
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback).GetBytes(text);
        var import = EndiExport.Import(new[] { (bytes, "e.csv") }, EndiFixture.Mapping, null, null);

        Assert.Empty(import.Load.Rejections);
        Assert.Equal(InputEncoding.Windows1252, import.Load.PathsFile.Encoding);
        var path = Assert.Single(import.Paths);
        Assert.Equal(("Besançon", "Haute-Saône", ExitCategory.Employment), (path.Establishment.Name, path.Typology.ResidenceArea!, path.ExitCategory!));
        Assert.Equal(123456, Assert.Single(import.Activity).Turnover.Cents);
    }

    [Fact]
    public void A_header_without_a_required_column_is_an_input_error_naming_it()
    {
        var text = EndiFixture.Header(2015, drop: new[] { "Date de sortie" });
        var e = Assert.Throws<InputException>(() => EndiFixture.Import(("e.csv", text)));
        Assert.Equal("e.csv:1: Date de sortie: required column missing (an enDI export of this query has it)", e.Message);
    }

    [Fact]
    public void An_export_without_month_columns_is_an_input_error()
    {
        var text = EndiFixture.Line(EndiFixture.Header(2015).Split(';').Take(29).Select(h => h.Trim('"')));
        Assert.Contains("no month column", Assert.Throws<InputException>(() => EndiFixture.Import(("e.csv", text))).Message);
    }

    [Theory]
    [InlineData("F", Gender.Female)]
    [InlineData("Femme", Gender.Female)]
    [InlineData("MADAME", Gender.Female)]
    [InlineData("M", Gender.Male)]
    [InlineData("h", Gender.Male)]
    [InlineData("Homme", Gender.Male)]
    [InlineData("Monsieur", Gender.Male)]
    [InlineData("", Gender.Unknown)]
    public void Reads_sexe_in_every_form_enDI_writes(string sexe, Gender gender) =>
        Assert.Equal(gender, Assert.Single(EndiFixture.Import(("e.csv", EndiFixture.Export(2015, new EndiPerson("1", "1/01/2015", Sex: sexe)))).Paths).Typology.Gender);

    [Fact]
    public void The_survey_lists_every_antenna_and_exit_reason_once_with_its_rows()
    {
        var labels = EndiExport.Survey(new[]
        {
            (Encoding.UTF8.GetBytes(EndiFixture.Export(
                2015,
                new EndiPerson("1", "1/01/2015", Antenna: "Antenne Nord", Exit: "1/03/2015", Reason: "Déménagement"),
                new EndiPerson("2", "1/01/2015", Antenna: "antenne nord", Exit: "1/03/2015", Reason: "déménagement"),
                new EndiPerson("3", "1/01/2015", Antenna: "Antenne Sud"))), "e.csv"),
        });
        Assert.Equal(new[] { new EndiLabel("Antenne Nord", 2), new EndiLabel("Antenne Sud", 1) }, labels.Antennas);
        Assert.Equal(new[] { new EndiLabel("Déménagement", 2) }, labels.ExitReasons);
        var template = EndiMapping.Template(labels);
        Assert.Equal("", template.Structure);
        Assert.False(template.TryGetCategory("Déménagement", out _));
    }

    [Fact]
    public void The_people_export_fills_study_level_prescriber_birth_date_and_status()
    {
        var export = EndiFixture.Export(2015, new EndiPerson("1", "1/01/2015", Zone: "Jura", Status: "Salarié"), new EndiPerson("2", "1/01/2015", Status: "Autre"));
        var people = "\"ID Utilisateur\";\"Nom\";\"Niveau d'études\";\"Prescripteur\";\"Date de naissance\";\"Statut social à l'entrée\"\r\n"
            + "\"1\";\"N\";\"Bac +5\";\"Pôle emploi\";\" 3/07/1980\";\"Demandeur d'emploi\"\r\n"
            + "\"9\";\"N\";\"\";\"\";\"\";\"\"\r\n";
        var import = EndiExport.Import(new[] { (Encoding.UTF8.GetBytes(export), "e.csv") }, EndiFixture.Mapping, (Encoding.UTF8.GetBytes(people), "people.csv"), null);

        Assert.Empty(import.Load.Rejections);
        Assert.Equal(
            new Typology(Gender.Female, new LocalDate(1980, 7, 3), "Jura", "Bac +5", "Demandeur d'emploi", null, "Pôle emploi"),
            import.Paths[0].Typology);
        Assert.Equal("Autre", import.Paths[1].Typology.StatusAtEntry);
        var warning = Assert.Single(import.Load.Warnings);
        Assert.Equal(("people.csv", 3, "ID Utilisateur"), (warning.File, warning.Line, warning.Column));
    }
}
