using System;
using Cae.Domain.Organisation;
using Cae.Domain.Policy;
using Xunit;

namespace Cae.Domain.Tests.Policy;

public class ReportingUnitMapTest
{
    private static readonly Structure Coopilote = new("Coopilote");
    private static readonly Structure Baticoop = new("Baticoop");
    private static readonly Structure Formacoop = new("Formacoop");
    private static readonly Establishment Besancon = new("Besançon");
    private static readonly Establishment Montbeliard = new("Montbéliard");
    private static readonly Establishment Belfort = new("Belfort");

    private static ReportingUnitMap Map() => new(new[]
    {
        new ReportingUnit(Coopilote, null, "Coopilote hors Besançon"),
        new ReportingUnit(Coopilote, Besancon, "Coopilote B"),
        new ReportingUnit(Baticoop, Montbeliard, "Baticoop M"),
    });

    [Fact]
    public void A_unit_with_an_establishment_takes_that_establishment_of_its_structure()
    {
        Assert.Equal("Coopilote B", Map().LabelFor(Coopilote, Besancon));
        Assert.Equal("Baticoop M", Map().LabelFor(Baticoop, Montbeliard));
    }

    [Fact]
    public void A_unit_without_establishment_takes_the_rest_of_its_structure()
    {
        Assert.Equal("Coopilote hors Besançon", Map().LabelFor(Coopilote, Montbeliard));
        Assert.Equal("Coopilote hors Besançon", Map().LabelFor(Coopilote, Belfort));
    }

    [Fact]
    public void The_rest_of_a_structure_without_such_a_unit_goes_to_its_name() =>
        Assert.Equal("Baticoop", Map().LabelFor(Baticoop, Besancon));

    [Fact]
    public void An_unmapped_structure_goes_to_its_name()
    {
        Assert.Equal("Formacoop", Map().LabelFor(Formacoop, Besancon));
        Assert.Equal("Coopilote", ReportingUnitMap.None.LabelFor(Coopilote, Besancon));
        Assert.Empty(ReportingUnitMap.None.Units);
    }

    [Fact]
    public void The_units_are_kept_in_order()
    {
        Assert.Equal(3, Map().Units.Count);
        Assert.Equal("Baticoop M", Map().Units[2].Label);
    }

    [Fact]
    public void Null_units_throw() =>
        Assert.Throws<ArgumentNullException>(() => new ReportingUnitMap(null!));
}
