using System;
using System.Diagnostics.CodeAnalysis;
using System.Diagnostics.Contracts;
using Ardalis.SmartEnum;
using Cae.Domain.Errors;

namespace Cae.Domain.Paths;

/// <summary>
/// Why a support path ended: the six exit categories of the data contract.
/// </summary>
/// <remarks>
/// No law defines a "positive" exit for CAEs; which categories count as positive or perennial is a policy
/// choice (see <see cref="ExitCategorySet"/>). Codes are the contract's English codes; the French labels
/// of CAE staff (création, associé, emploi, formation, réorientation, autre) are accepted too, case and
/// accents free. Source: data contract §1; Coopilote activity report 2015 (exit tables).
/// </remarks>
public sealed class ExitCategory : SmartEnum<ExitCategory>
{
    /// <summary>Creation of a company or a micro-enterprise outside the CAE.</summary>
    public static readonly ExitCategory Creation = new(nameof(Creation), 0, "creation", "création");

    /// <summary>Became an associate of the cooperative (the path ends on the admission day).</summary>
    public static readonly ExitCategory Associate = new(nameof(Associate), 1, "associate", "associé");

    /// <summary>Return to salaried employment.</summary>
    public static readonly ExitCategory Employment = new(nameof(Employment), 2, "employment", "emploi");

    /// <summary>Entry into a qualifying training.</summary>
    public static readonly ExitCategory Training = new(nameof(Training), 3, "training", "formation");

    /// <summary>Reorientation towards another project or structure.</summary>
    public static readonly ExitCategory Reorientation = new(nameof(Reorientation), 4, "reorientation", "réorientation");

    /// <summary>Any other end of path (abandon, personal reasons, unknown).</summary>
    public static readonly ExitCategory Other = new(nameof(Other), 5, "other", "autre");

    // The categories to parse against, once: SmartEnum's List makes a new collection at each call.
    private static readonly ExitCategory[] Parsed = { Creation, Associate, Employment, Training, Reorientation, Other };

    private ExitCategory(string name, int value, string code, string frenchLabel)
        : base(name, value)
    {
        Code = code;
        FrenchLabel = frenchLabel;
        FoldedFrenchLabel = TextFolding.Fold(frenchLabel);
    }

    /// <summary>The contract's code, e.g. <c>creation</c>.</summary>
    public string Code { get; }

    /// <summary>The French label, e.g. <c>création</c>.</summary>
    public string FrenchLabel { get; }

    private string FoldedFrenchLabel { get; }

    /// <summary>The number of categories (six).</summary>
    public const int Count = 6;

    /// <summary>Parses a code or a French label, case and accents free (<c>Associé</c>, <c>ASSOCIATE</c>).</summary>
    /// <param name="text">The text to parse.</param>
    /// <exception cref="DomainRuleException">The text is not a known category.</exception>
    [Pure]
    public static ExitCategory Parse(string text)
    {
        if (TryParse(text, out var category))
        {
            return category;
        }

        throw new DomainRuleException("exit_category", text, "the category is one of creation, associate, employment, training, reorientation, other (or création, associé, emploi, formation, réorientation, autre)");
    }

    /// <summary>Tries to parse a code or a French label, case and accents free.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="category">The category, when the text is known.</param>
    /// <returns>Whether the text is a known category.</returns>
    public static bool TryParse(string? text, [NotNullWhen(true)] out ExitCategory? category)
    {
        category = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        foreach (var candidate in Parsed)
        {
            if (string.Equals(text, candidate.Code, StringComparison.Ordinal))
            {
                category = candidate;
                return true;
            }
        }

        var folded = TextFolding.Fold(text!);
        foreach (var candidate in Parsed)
        {
            if (string.Equals(folded, candidate.Code, StringComparison.Ordinal)
                || string.Equals(folded, candidate.FoldedFrenchLabel, StringComparison.Ordinal))
            {
                category = candidate;
                return true;
            }
        }

        return false;
    }

    /// <summary>The code, e.g. <c>creation</c>.</summary>
    public override string ToString() => Code;
}
