namespace Cae.Domain.Paths;

/// <summary>A person's gender as recorded for the typology of the annual report (F, M or unknown).</summary>
public enum Gender
{
    /// <summary>Not recorded; excluded from the women's share.</summary>
    Unknown = 0,

    /// <summary>Woman (F).</summary>
    Female = 1,

    /// <summary>Man (M).</summary>
    Male = 2,
}
