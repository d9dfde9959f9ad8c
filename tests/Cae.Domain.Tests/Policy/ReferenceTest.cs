using Cae.Domain.Policy;
using Cae.Domain.Tests.TestHelpers;
using Xunit;

namespace Cae.Domain.Tests.Policy;

public class ReferenceTest
{
    [Fact]
    public void A_reference_has_a_title_and_maybe_an_address()
    {
        var law = new Reference("Code du travail, article L7331-3", "https://www.legifrance.gouv.fr/");
        Assert.Equal("Code du travail, article L7331-3 <https://www.legifrance.gouv.fr/>", law.ToString());
        Assert.Equal("Statuts", new Reference("Statuts", null).ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData(null)]
    public void A_reference_without_a_title_is_an_error(string? title) =>
        DomainAssert.Throws("reference.title", title, () => new Reference(title!, null));

    [Fact]
    public void A_copy_cannot_drop_the_title()
    {
        var law = new Reference("Code du travail", null);
        DomainAssert.Throws("reference.title", "", () => law with { Title = "" });
        Assert.Equal("Code du travail, article 1", (law with { Title = "Code du travail, article 1" }).Title);
        Assert.Equal("Code du travail", law.Title);
    }

    [Fact]
    public void UserPolicy_names_its_source()
    {
        var reference = Reference.UserPolicy("policy.json");
        Assert.Equal("CAE policy (policy.json)", reference.Title);
        Assert.Null(reference.Url);
    }

    [Fact]
    public void References_are_equal_by_value() =>
        ContractAssert.Equality(new Reference("A", "u"), new Reference("A", "u"), new Reference("A", null), new Reference("B", "u"));
}
