namespace Cae.Rules.Sessions;

/// <summary>The figures of Y − 1 that the <c>info_sessions</c> section shows beside Y's (<c>previous_year</c>).</summary>
/// <param name="Sessions">Information sessions of Y − 1; <c>null</c> without sessions.csv.</param>
/// <param name="Attendees">People received at the information sessions of Y − 1.</param>
public sealed record InfoSessionsPreviousYear(long? Sessions, long Attendees);
