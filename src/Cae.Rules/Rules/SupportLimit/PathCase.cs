using System;
using System.Globalization;
using Cae.Domain.Errors;
using Cae.Domain.Paths;
using NodaTime;

namespace Cae.Rules.SupportLimit;

/// <summary>
/// What the path rules need to know of one person's support path: the entry, the CAPE months, the CESA, the
/// application, and how the path ended, if it did.
/// </summary>
/// <remarks>
/// Unlike <see cref="PathRecord"/>, a case is not validated against the data contract: a CESA before the entry or
/// an admission without CESA are reported as violations by <see cref="PathRule"/>, so one person's dates can be
/// checked as they were typed (<c>cae path</c>).
/// </remarks>
public sealed record PathCase
{
    private readonly int capeMonths;

    /// <summary>Creates a case from its entry date.</summary>
    /// <param name="entry">The start of the support path.</param>
    public PathCase(LocalDate entry) => Entry = entry;

    /// <summary>Creates a case with every date (usable from every C# version, where <c>init</c> accessors are not).</summary>
    /// <param name="entry">The start of the support path.</param>
    /// <param name="capeMonths">Months of CAPE before the CESA; zero or more.</param>
    /// <param name="cesa">The day the CESA was signed, if any.</param>
    /// <param name="application">The day the person applied to become an associate, if they did.</param>
    /// <param name="associateDate">The day the person was admitted as associate, if they were.</param>
    /// <param name="exitDate">The day the path ended for another reason, if it did.</param>
    /// <exception cref="DomainRuleException"><paramref name="capeMonths"/> is negative.</exception>
    public PathCase(LocalDate entry, int capeMonths, LocalDate? cesa = null, LocalDate? application = null, LocalDate? associateDate = null, LocalDate? exitDate = null)
        : this(entry)
    {
        CapeMonths = capeMonths;
        Cesa = cesa;
        Application = application;
        AssociateDate = associateDate;
        ExitDate = exitDate;
    }

    /// <summary>The start of the support path.</summary>
    public LocalDate Entry { get; init; }

    /// <summary>Months of CAPE before the CESA (zero when none or unknown).</summary>
    /// <exception cref="DomainRuleException">The value is negative.</exception>
    public int CapeMonths
    {
        get => capeMonths;
        init => capeMonths = value >= 0
            ? value
            : throw new DomainRuleException("cape_months", value.ToString(CultureInfo.InvariantCulture), "the months of CAPE are zero or more");
    }

    /// <summary>The day the CESA was signed, if any.</summary>
    public LocalDate? Cesa { get; init; }

    /// <summary>The day the person applied to become an associate, if they did.</summary>
    public LocalDate? Application { get; init; }

    /// <summary>The day the person was admitted as associate, if they were.</summary>
    public LocalDate? AssociateDate { get; init; }

    /// <summary>The day the path ended for another reason, if it did.</summary>
    public LocalDate? ExitDate { get; init; }

    /// <summary>The case of a path row. The data contract's paths.csv has no CAPE column, so the months of CAPE
    /// before the CESA are given apart (zero when unknown).</summary>
    /// <param name="record">The row.</param>
    /// <param name="capeMonths">Months of CAPE before the CESA, when the CAE knows them; zero or more.</param>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is <c>null</c>.</exception>
    /// <exception cref="DomainRuleException"><paramref name="capeMonths"/> is negative.</exception>
    public static PathCase From(PathRecord record, int capeMonths = 0)
    {
        if (record is null)
        {
            throw new ArgumentNullException(nameof(record));
        }

        return new PathCase(record.EntryDate)
        {
            CapeMonths = capeMonths,
            Cesa = record.CesaDate,
            Application = record.AssociateApplicationDate,
            AssociateDate = record.AssociateDate,
            ExitDate = record.AssociateDate is null ? record.ExitDate : null,
        };
    }
}
