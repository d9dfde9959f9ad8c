using System;
using Cae.Domain.Errors;

namespace Cae.Domain.Organisation;

/// <summary>
/// An establishment: the office of a CAE that follows a person (Besançon, Montbéliard…).
/// </summary>
/// <remarks>
/// Structures and establishments are data, not enums: every CAE has its own. The name is kept as given
/// (trimmed) and compared ordinally, so <c>Coopilote</c> and <c>coopilote</c> are two names.
/// The default value has an empty name and is not valid input.
/// </remarks>
public readonly struct Establishment : IEquatable<Establishment>, IComparable<Establishment>
{
    /// <summary>Creates an establishment from its name.</summary>
    /// <param name="name">The name; not empty.</param>
    /// <exception cref="DomainRuleException">The name is empty or white space.</exception>
    public Establishment(string name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new DomainRuleException("establishment", name, "an establishment has a non-empty name");
        }

        Name = name.Trim();
    }

    /// <summary>The name, as given (trimmed).</summary>
    public string Name { get; }

    /// <summary>Equality (ordinal on the name).</summary>
    public static bool operator ==(Establishment a, Establishment b) => a.Equals(b);

    /// <summary>Inequality (ordinal on the name).</summary>
    public static bool operator !=(Establishment a, Establishment b) => !a.Equals(b);

    /// <inheritdoc />
    public bool Equals(Establishment other) => string.Equals(Name, other.Name, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Establishment other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Name is null ? 0 : StringComparer.Ordinal.GetHashCode(Name);

    /// <inheritdoc />
    public int CompareTo(Establishment other) => string.CompareOrdinal(Name, other.Name);

    /// <summary>The name.</summary>
    public override string ToString() => Name ?? string.Empty;
}
