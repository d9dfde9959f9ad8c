using System;
using Cae.Domain.Errors;
using Cae.Domain.Organisation;
using NodaTime;

namespace Cae.Domain.Sessions;

/// <summary>One collective session (a row of <c>sessions.csv</c>, data contract §1'): when, what, who runs it, where, with whom.</summary>
/// <remarks>Immutable, with value equality.</remarks>
public sealed record CollectiveSession
{
    /// <summary>Creates a session.</summary>
    /// <param name="date">The day of the session.</param>
    /// <param name="kind">Its kind.</param>
    /// <param name="establishment">The establishment that runs it.</param>
    /// <param name="place">Where it is held (e.g. <c>Pontarlier (BGE)</c>); <c>null</c> or blank for the establishment's own premises.</param>
    /// <param name="partner">The partner hosting it; <c>null</c> or blank when held in the CAE's own premises.</param>
    /// <param name="attendees">The number of people, if known (used only without a list of candidates).</param>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is <c>null</c>.</exception>
    /// <exception cref="DomainRuleException"><paramref name="attendees"/> is negative.</exception>
    public CollectiveSession(LocalDate date, SessionKind kind, Establishment establishment, string? place = null, string? partner = null, int? attendees = null)
    {
        if (attendees < 0)
        {
            throw new DomainRuleException("attendees", attendees.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), "a number of attendees is not negative");
        }

        Date = date;
        Kind = kind ?? throw new ArgumentNullException(nameof(kind));
        Establishment = establishment;
        Place = string.IsNullOrWhiteSpace(place) ? null : place!.Trim();
        Partner = string.IsNullOrWhiteSpace(partner) ? null : partner!.Trim();
        Attendees = attendees;
    }

    /// <summary>The day of the session.</summary>
    public LocalDate Date { get; }

    /// <summary>The kind of session.</summary>
    public SessionKind Kind { get; }

    /// <summary>The establishment that runs it.</summary>
    public Establishment Establishment { get; }

    /// <summary>Where it is held, trimmed; <c>null</c> for the establishment's own premises.</summary>
    public string? Place { get; }

    /// <summary>The partner hosting it, trimmed; <c>null</c> when held in the CAE's own premises.</summary>
    public string? Partner { get; }

    /// <summary>The number of people, if given.</summary>
    public int? Attendees { get; }

    /// <summary>Whether a partner hosts it (otherwise it is held in the CAE's own premises).</summary>
    public bool AtPartner => Partner is not null;

    /// <summary>The name of its place: <see cref="Place"/>, or the establishment's name when none is given.</summary>
    public string PlaceName => Place ?? Establishment.Name;
}
