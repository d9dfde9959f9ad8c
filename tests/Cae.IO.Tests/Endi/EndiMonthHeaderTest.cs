using Cae.IO.Endi;
using NodaTime;
using Xunit;

namespace Cae.IO.Tests.Endi;

public class EndiMonthHeaderTest
{
    [Theory]
    [InlineData("CA janv. 19", 2019, 1)]
    [InlineData("CA janv 19", 2019, 1)]
    [InlineData("CA Janvier 2019", 2019, 1)]
    [InlineData("ca JAN 19", 2019, 1)]
    [InlineData("CA févr. 19", 2019, 2)]
    [InlineData("CA FÉVRIER 19", 2019, 2)]
    [InlineData("CA fevr 19", 2019, 2)]
    [InlineData("CA Feb 19", 2019, 2)]
    [InlineData("CA mars 19", 2019, 3)]
    [InlineData("CA March 19", 2019, 3)]
    [InlineData("CA avr. 19", 2019, 4)]
    [InlineData("CA mai 19", 2019, 5)]
    [InlineData("CA May 19", 2019, 5)]
    [InlineData("CA juin 19", 2019, 6)]
    [InlineData("CA Jun 19", 2019, 6)]
    [InlineData("CA juil. 19", 2019, 7)]
    [InlineData("CA Jul. 19", 2019, 7)]
    [InlineData("CA août 19", 2019, 8)]
    [InlineData("CA aout 19", 2019, 8)]
    [InlineData("CA Aug 19", 2019, 8)]
    [InlineData("CA sept. 19", 2019, 9)]
    [InlineData("CA Sep 2019", 2019, 9)]
    [InlineData("CA oct. 19", 2019, 10)]
    [InlineData("CA nov. 19", 2019, 11)]
    [InlineData("CA déc. 19", 2019, 12)]
    [InlineData("CA DÉC. 2015", 2015, 12)]
    [InlineData("CA December 15", 2015, 12)]
    [InlineData("  CA\u00A0janv.  19 ", 2019, 1)]
    public void Reads_french_and_english_months_case_accents_and_dot_free(string header, int year, int month)
    {
        Assert.True(EndiMonthHeader.TryParse(header, out var read));
        Assert.Equal(new YearMonth(year, month), read);
    }

    [Theory]
    [InlineData("CA TOTAL")]
    [InlineData("CA jui 19")]
    [InlineData("CA ma 19")]
    [InlineData("CA janv. 019")]
    [InlineData("CA janv.")]
    [InlineData("CA 01 19")]
    [InlineData("Chiffre janv. 19")]
    [InlineData("CA janv. 1850")]
    public void Refuses_what_is_not_a_month(string header) => Assert.False(EndiMonthHeader.TryParse(header, out _));

    [Theory]
    [InlineData("Date d’entrée dans la CAE", "date d'entree dans la cae")]
    [InlineData("  ÉCOLE  Œuvre ", "ecole oeuvre")]
    [InlineData("Zone\u202Fd'habitation", "zone d'habitation")]
    public void Folds_case_accents_apostrophes_and_spaces_by_its_own_table(string text, string folded) =>
        Assert.Equal(folded, EndiText.Fold(text));
}
