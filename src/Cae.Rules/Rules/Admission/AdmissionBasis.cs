namespace Cae.Rules.Admission;

/// <summary>From which day a person can be admitted as associate.</summary>
public enum AdmissionBasis
{
    /// <summary>From the day the person applied.</summary>
    Application = 0,

    /// <summary>Without an application, from the day the support limit is reached (the person then asks, or leaves).</summary>
    SupportLimit = 1,
}
