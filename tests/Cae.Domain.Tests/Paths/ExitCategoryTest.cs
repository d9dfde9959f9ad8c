using System.Linq;
using Cae.Domain.Paths;
using Cae.Domain.Tests.TestHelpers;
using Xunit;

namespace Cae.Domain.Tests.Paths;

public class ExitCategoryTest
{
    public static TheoryData<string, string> CodesAndLabels => new()
    {
        { "creation", "Creation" }, { "création", "Creation" },
        { "associate", "Associate" }, { "associé", "Associate" },
        { "employment", "Employment" }, { "emploi", "Employment" },
        { "training", "Training" }, { "formation", "Training" },
        { "reorientation", "Reorientation" }, { "réorientation", "Reorientation" },
        { "other", "Other" }, { "autre", "Other" },
    };

    [Theory]
    [MemberData(nameof(CodesAndLabels))]
    public void Parse_reads_every_code_and_French_label(string text, string name)
    {
        Assert.Equal(name, ExitCategory.Parse(text).Name);
        Assert.True(ExitCategory.TryParse(text, out var category));
        Assert.Equal(name, category!.Name);
    }

    [Theory]
    [MemberData(nameof(CodesAndLabels))]
    public void Parse_is_case_free(string text, string name)
    {
        Assert.Equal(name, ExitCategory.Parse(text.ToUpperInvariant()).Name);
        Assert.Equal(name, ExitCategory.Parse(char.ToUpperInvariant(text[0]) + text.Substring(1)).Name);
    }

    [Theory]
    [InlineData("Associé", "Associate")]
    [InlineData("ASSOCIE", "Associate")]
    [InlineData("ASSOCIÉ", "Associate")]
    [InlineData("associe", "Associate")]
    [InlineData("ASSOCIATE", "Associate")]
    [InlineData("réorientation", "Reorientation")]
    [InlineData("Reorientation", "Reorientation")]
    [InlineData("RÉORIENTATION", "Reorientation")]
    [InlineData("Creation", "Creation")]
    [InlineData("CRÉATION", "Creation")]
    [InlineData(" autre ", "Other")]
    [InlineData("\tEmploi\u00A0", "Employment")] // a tab and a non-breaking space, as spreadsheets write them
    [InlineData("Formation\r\n", "Training")]
    public void Parse_is_accent_free_and_trims(string text, string name)
        => Assert.Equal(name, ExitCategory.Parse(text).Name);

    [Fact]
    public void Parse_decomposed_accents()
    {
        // "é" written as "e" + combining acute accent (U+0301), as some exports on macOS do.
        Assert.Same(ExitCategory.Associate, ExitCategory.Parse("associe\u0301"));
        Assert.Same(ExitCategory.Creation, ExitCategory.Parse("cre\u0301ation"));
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("fr-FR")]
    [InlineData("az-Latn-AZ")]
    public void Parse_ignores_the_current_culture(string culture)
    {
        using var scope = new CultureScope(culture);
        Assert.Same(ExitCategory.Training, ExitCategory.Parse("TRAINING"));
        Assert.Same(ExitCategory.Associate, ExitCategory.Parse("ASSOCIATE"));
        Assert.Same(ExitCategory.Associate, ExitCategory.Parse("ASSOCIÉ"));
        Assert.Same(ExitCategory.Creation, ExitCategory.Parse("CREATION"));
    }

    [Theory]
    [InlineData("associated")]
    [InlineData("creations")]
    [InlineData("abandon")]
    [InlineData("positive")]
    [InlineData("Creation d'entreprise")]
    [InlineData("0")]
    [InlineData("")]
    [InlineData("   ")]
    public void Parse_rejects_unknown_text_naming_exit_category(string text)
    {
        var e = DomainAssert.Throws("exit_category", text, () => ExitCategory.Parse(text));
        Assert.Contains("réorientation", e.Message, System.StringComparison.Ordinal);
        Assert.False(ExitCategory.TryParse(text, out var category));
        Assert.Null(category);
    }

    [Fact]
    public void Parse_rejects_null_naming_exit_category()
    {
        DomainAssert.Throws("exit_category", null, () => ExitCategory.Parse(null!));
        Assert.False(ExitCategory.TryParse(null, out _));
    }

    [Fact]
    public void There_are_six_categories_with_distinct_codes_and_labels()
    {
        Assert.Equal(ExitCategory.Count, ExitCategory.List.Count);
        Assert.Equal(6, ExitCategory.Count);
        Assert.Equal(
            new[] { "creation", "associate", "employment", "training", "reorientation", "other" },
            ExitCategory.List.OrderBy(c => c.Value).Select(c => c.Code));
        Assert.Equal(
            new[] { "création", "associé", "emploi", "formation", "réorientation", "autre" },
            ExitCategory.List.OrderBy(c => c.Value).Select(c => c.FrenchLabel));
        Assert.Equal(Enumerable.Range(0, 6), ExitCategory.List.Select(c => c.Value).OrderBy(v => v));
    }

    [Fact]
    public void ToString_is_the_code()
    {
        Assert.Equal("reorientation", ExitCategory.Reorientation.ToString());
        Assert.Equal("associate", $"{ExitCategory.Associate}");
    }

    [Fact]
    public void Every_category_reads_back_from_its_code_and_label()
    {
        foreach (var c in ExitCategory.List)
        {
            Assert.Same(c, ExitCategory.Parse(c.ToString()));
            Assert.Same(c, ExitCategory.Parse(c.FrenchLabel));
        }
    }
}
