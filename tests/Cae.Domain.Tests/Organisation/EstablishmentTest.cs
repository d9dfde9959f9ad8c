using Cae.Domain.Organisation;
using Cae.Domain.Tests.TestHelpers;
using Xunit;

namespace Cae.Domain.Tests.Organisation;

public class EstablishmentTest
{
    [Fact]
    public void The_name_is_kept_trimmed()
    {
        Assert.Equal("Besançon", new Establishment(" Besançon ").Name);
        Assert.Equal("Montbéliard", new Establishment("Montbéliard").ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData(null)]
    public void An_establishment_has_a_name(string? name)
    {
        var e = DomainAssert.Throws("establishment", name, () => new Establishment(name!));
        Assert.Equal("an establishment has a non-empty name", e.Rule);
    }

    [Fact]
    public void Names_compare_ordinally_accents_and_case_matter() =>
        ContractAssert.Equality(new Establishment("Besançon"), new Establishment("Besançon "), new Establishment("Besancon"), new Establishment("besançon"), default);

    [Fact]
    public void Comparison_contract() =>
        ContractAssert.Comparison(new Establishment("Belfort"), new Establishment("Belfort"), new Establishment("Besançon"));

    [Fact]
    public void The_default_has_no_name()
    {
        Assert.Null(default(Establishment).Name);
        Assert.Equal(string.Empty, default(Establishment).ToString());
    }
}
