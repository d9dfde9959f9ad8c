namespace Cae.Domain.Policy;

/// <summary>How the statutes admit an applicant as associate.</summary>
/// <remarks>
/// In SCOP model statutes a person who applies becomes an associate at the next general assembly unless it
/// rejects them; Coopilote admits at its annual AG only (cae-rules-facts §H.27). Some statutes admit on
/// application.
/// </remarks>
public enum AdmissionMode
{
    /// <summary>Admitted at the first general assembly on or after the application (minus the cut-off).</summary>
    NextAssembly = 0,

    /// <summary>Admitted on the day of the application.</summary>
    Automatic = 1,
}
