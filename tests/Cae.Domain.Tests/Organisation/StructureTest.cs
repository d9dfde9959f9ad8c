using Cae.Domain.Organisation;
using Cae.Domain.Tests.TestHelpers;
using Xunit;

namespace Cae.Domain.Tests.Organisation;

public class StructureTest
{
    [Fact]
    public void The_name_is_kept_trimmed()
    {
        Assert.Equal("Coopilote", new Structure("  Coopilote\t").Name);
        Assert.Equal("Coopilote", new Structure("Coopilote").ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData(null)]
    public void A_structure_has_a_name(string? name) =>
        DomainAssert.Throws("structure", name, () => new Structure(name!));

    [Fact]
    public void Names_compare_ordinally_and_case_matters() =>
        ContractAssert.Equality(new Structure("Coopilote"), new Structure(" Coopilote "), new Structure("coopilote"), new Structure("Baticoop"), default);

    [Fact]
    public void Comparison_contract() =>
        ContractAssert.Comparison(new Structure("Baticoop"), new Structure("Baticoop"), new Structure("Coopilote"));

    [Fact]
    public void The_default_has_no_name()
    {
        Assert.Null(default(Structure).Name);
        Assert.Equal(string.Empty, default(Structure).ToString());
        Assert.Equal(0, default(Structure).GetHashCode());
    }
}
