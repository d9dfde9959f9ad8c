using System;
using Cae.Domain.Organisation;
using Cae.Domain.Paths;
using Cae.Domain.Tests.TestHelpers;
using NodaTime;
using Xunit;

namespace Cae.Domain.Tests.Paths;

public class PathRecordTest
{
    private static readonly Establishment Besancon = new("Besançon");
    private static readonly Structure Coopilote = new("Coopilote");
    private static readonly LocalDate Entry = new(2014, 3, 3);
    private static readonly LocalDate Cesa = new(2015, 1, 5);
    private static readonly LocalDate Assembly = new(2016, 6, 18);

    private static PathRecord Row(
        LocalDate? cesa = null,
        LocalDate? application = null,
        LocalDate? associate = null,
        LocalDate? exit = null,
        ExitCategory? category = null,
        LocalDate? entry = null) =>
        new("E-001", Besancon, Coopilote, entry ?? Entry, cesa, application, associate, exit, category);

    [Fact]
    public void A_row_keeps_its_values()
    {
        var typology = new Typology(Gender.Female, new LocalDate(1980, 5, 1), "Doubs", null, "demandeur d'emploi", "ARE", "Pôle emploi");
        var row = new PathRecord("  E-001 ", Besancon, Coopilote, Entry, Cesa, new LocalDate(2016, 1, 10), Assembly, Assembly, ExitCategory.Associate, typology);
        Assert.Equal("E-001", row.EntrepreneurId);
        Assert.Equal(Besancon, row.Establishment);
        Assert.Equal(Coopilote, row.Structure);
        Assert.Equal(Entry, row.EntryDate);
        Assert.Equal(Cesa, row.CesaDate);
        Assert.Equal(new LocalDate(2016, 1, 10), row.AssociateApplicationDate);
        Assert.Equal(Assembly, row.AssociateDate);
        Assert.Equal(Assembly, row.ExitDate);
        Assert.Same(ExitCategory.Associate, row.ExitCategory);
        Assert.Same(typology, row.Typology);
    }

    [Fact]
    public void Typology_defaults_to_unknown()
    {
        Assert.Same(Typology.Unknown, Row().Typology);
        Assert.Equal(Gender.Unknown, Typology.Unknown.Gender);
        Assert.Null(Typology.Unknown.BirthDate);
    }

    [Fact]
    public void An_exit_on_the_entry_day_and_a_CESA_on_the_entry_day_are_accepted()
    {
        Assert.Equal(Entry, Row(exit: Entry, category: ExitCategory.Other).ExitDate);
        Assert.Equal(Entry, Row(cesa: Entry).CesaDate);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void The_key_is_not_empty(string? id) =>
        DomainAssert.Throws("entrepreneur_id", id, () => new PathRecord(id!, Besancon, Coopilote, Entry));

    [Fact]
    public void A_row_names_its_establishment_and_structure()
    {
        DomainAssert.Throws("establishment", null, () => new PathRecord("E-001", default, Coopilote, Entry));
        DomainAssert.Throws("structure", null, () => new PathRecord("E-001", Besancon, default, Entry));
    }

    [Fact]
    public void An_exit_before_the_entry_is_rejected()
    {
        var e = DomainAssert.Throws("exit_date", "2014-03-02", () => Row(exit: Entry.PlusDays(-1), category: ExitCategory.Other));
        Assert.Contains("2014-03-03", e.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void A_CESA_before_the_entry_is_rejected()
    {
        var e = DomainAssert.Throws("cesa_date", "2013-12-31", () => Row(cesa: new LocalDate(2013, 12, 31)));
        Assert.Contains("2014-03-03", e.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void An_exit_date_without_a_category_is_rejected()
    {
        var e = DomainAssert.Throws("exit_category", null, () => Row(exit: Assembly));
        Assert.Contains("exit date", e.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void A_category_without_an_exit_date_is_rejected()
    {
        var e = DomainAssert.Throws("exit_date", null, () => Row(category: ExitCategory.Training));
        Assert.Contains("training", e.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void An_associate_date_outside_the_assembly_calendar_is_kept()
    {
        // Not a malformed row: the rules report the violation of the admission rule.
        var odd = new LocalDate(2016, 2, 29);
        Assert.Equal(odd, Row(cesa: Cesa, associate: odd, exit: odd, category: ExitCategory.Associate).AssociateDate);
    }

    [Theory]
    [InlineData("fr-FR")]
    [InlineData("tr-TR")]
    public void Errors_are_written_with_invariant_dates(string culture)
    {
        using var scope = new CultureScope(culture);
        DomainAssert.Throws("exit_date", "2014-03-02", () => Row(exit: Entry.PlusDays(-1), category: ExitCategory.Other));
    }

    [Fact]
    public void IsAssociateOn_from_the_admission_day()
    {
        var row = Row(cesa: Cesa, associate: Assembly, exit: Assembly, category: ExitCategory.Associate);
        Assert.False(row.IsAssociateOn(Assembly.PlusDays(-1)));
        Assert.True(row.IsAssociateOn(Assembly));
        Assert.True(row.IsAssociateOn(Assembly.PlusYears(5)));
        Assert.False(Row(cesa: Cesa).IsAssociateOn(Assembly));
    }

    [Fact]
    public void ToSupportPath_of_an_ongoing_row()
    {
        var path = Row().ToSupportPath();
        Assert.Equal("E-001", path.EntrepreneurId);
        Assert.Equal(new[] { PathEvent.Entry(Entry) }, path.Events);
        Assert.Null(path.EndDate);
    }

    [Fact]
    public void ToSupportPath_of_an_exit()
    {
        var path = Row(cesa: Cesa, exit: Assembly, category: ExitCategory.Employment).ToSupportPath();
        Assert.Equal(new[] { PathEvent.Entry(Entry), PathEvent.CesaStart(Cesa), PathEvent.Exit(Assembly, ExitCategory.Employment) }, path.Events);
        Assert.Same(ExitCategory.Employment, path.ExitCategory);
    }

    [Fact]
    public void ToSupportPath_of_an_exit_without_CESA()
    {
        var path = Row(exit: Cesa, category: ExitCategory.Reorientation).ToSupportPath();
        Assert.Equal(new[] { PathEvent.Entry(Entry), PathEvent.Exit(Cesa, ExitCategory.Reorientation) }, path.Events);
    }

    [Fact]
    public void ToSupportPath_of_an_admission()
    {
        var path = Row(cesa: Cesa, associate: Assembly, exit: Assembly, category: ExitCategory.Associate).ToSupportPath();
        Assert.Equal(new[] { PathEvent.Entry(Entry), PathEvent.CesaStart(Cesa), PathEvent.Admission(Assembly) }, path.Events);
        Assert.Equal(PathStage.Associate, path.StatusOn(Assembly).Stage);
        Assert.Same(ExitCategory.Associate, path.ExitCategory);
    }

    [Fact]
    public void ToSupportPath_of_an_admission_without_CESA_is_an_error()
    {
        var row = Row(associate: Assembly, exit: Assembly, category: ExitCategory.Associate);
        var e = DomainAssert.Throws("events", "2016-06-18 Associate", () => row.ToSupportPath());
        Assert.Contains("Candidate", e.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void ToSupportPath_of_an_admission_on_another_day_than_the_exit_is_an_error()
    {
        var row = Row(cesa: Cesa, associate: Assembly, exit: Assembly.PlusDays(1), category: ExitCategory.Associate);
        var e = DomainAssert.Throws("associate_date", "2016-06-18", () => row.ToSupportPath());
        Assert.Contains("2016-06-19", e.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void ToSupportPath_of_a_CESA_after_the_exit_is_an_error() =>
        DomainAssert.Throws("events", "2015-01-05 Exited (other)", () => Row(cesa: Assembly, exit: Cesa, category: ExitCategory.Other).ToSupportPath());

    [Fact]
    public void ToString_names_the_key_structure_establishment_and_entry() =>
        Assert.Equal("E-001 (Coopilote, Besançon) entry 2014-03-03", Row().ToString());
}
