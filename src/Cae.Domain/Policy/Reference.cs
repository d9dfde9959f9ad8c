using System;
using Cae.Domain.Errors;

namespace Cae.Domain.Policy;

/// <summary>
/// Where a parameter's value comes from: the title of a law, decree, statute or published document, and
/// where to read it.
/// </summary>
/// <param name="Title">The title, e.g. "Code du travail, article L7331-3".</param>
/// <param name="Url">Where to read it, when it is online; <c>null</c> otherwise.</param>
public sealed record Reference(string Title, string? Url)
{
    private readonly string title = ValidTitle(Title);

    /// <summary>The title, validated (also when set by a <c>with</c> expression).</summary>
    /// <exception cref="DomainRuleException">The title is empty or white space.</exception>
    public string Title
    {
        get => title;
        init => title = ValidTitle(value);
    }

    /// <summary>A reference to a value set by the user's own policy file.</summary>
    /// <param name="source">The file or description, e.g. <c>policy.json</c>.</param>
    public static Reference UserPolicy(string source) => new($"CAE policy ({source})", null);

    private static string ValidTitle(string title) => string.IsNullOrWhiteSpace(title)
        ? throw new DomainRuleException("reference.title", title, "a reference has a title")
        : title;

    /// <summary>The title, and the address in angle brackets when there is one.</summary>
    public override string ToString() => Url is null ? Title : FormattableString.Invariant($"{Title} <{Url}>");
}
