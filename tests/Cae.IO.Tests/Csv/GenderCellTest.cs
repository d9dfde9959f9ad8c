using Cae.IO.Csv;
using Cae.Domain.Paths;
using Xunit;

namespace Cae.IO.Tests.Csv;

public class GenderCellTest
{
    [Theory]
    [InlineData("F", Gender.Female)]
    [InlineData("f", Gender.Female)]
    [InlineData("Femme", Gender.Female)]
    [InlineData("FEMALE", Gender.Female)]
    [InlineData("M", Gender.Male)]
    [InlineData("m", Gender.Male)]
    [InlineData("H", Gender.Male)]
    [InlineData("homme", Gender.Male)]
    [InlineData("Male", Gender.Male)]
    [InlineData(null, Gender.Unknown)]
    public void Known_values_are_read(string? text, Gender expected)
    {
        Assert.True(GenderCell.TryRead(text, out var gender));
        Assert.Equal(expected, gender);
    }

    [Theory]
    [InlineData("X")]
    [InlineData("?")]
    [InlineData("Mme")]
    [InlineData("0")]
    public void Other_values_are_unknown_and_call_for_a_warning(string text)
    {
        Assert.False(GenderCell.TryRead(text, out var gender));
        Assert.Equal(Gender.Unknown, gender);
    }
}
