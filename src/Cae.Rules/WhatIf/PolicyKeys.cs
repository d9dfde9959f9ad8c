using System.Globalization;
using System.Linq;
using System.Text;
using Cae.Domain.Policy;

namespace Cae.Rules.WhatIf;

/// <summary>
/// Value keys of the parts of a policy each library rule reads, so that two scenarios that agree on them share the
/// column the rule computes (references and descriptions are left out: they do not change a figure).
/// </summary>
internal static class PolicyKeys
{
    /// <summary>What <see cref="Contribution.ContributionRule"/> reads: the base, the minimum and the dated rates with their scope and tiers.</summary>
    public static string Contribution(CaePolicy policy)
    {
        var c = policy.Contribution;
        var text = new StringBuilder();
        text.Append((int)c.Base).Append('|').Append(c.MonthlyMinimum.Cents);
        foreach (var rate in c.Rates)
        {
            text.Append('|').Append(Date(rate.From)).Append(';').Append(Number(rate.Rate.Value))
                .Append(';').Append(rate.Structure?.Name).Append(';').Append(rate.EntrepreneurId);
            foreach (var tier in rate.Tiers)
            {
                text.Append(';').Append(tier.Above.Cents).Append('>').Append(Number(tier.Rate.Value));
            }
        }

        return text.ToString();
    }

    /// <summary>What <see cref="Pay.PayCascadeRule"/> reads once the contribution is known: the SMIC, the legal monthly hours and the employer charges.</summary>
    public static string Pay(CaePolicy policy)
    {
        var text = new StringBuilder();
        foreach (var v in policy.SmicHourly.Values)
        {
            text.Append(Date(v.From)).Append('=').Append(v.Value.Cents).Append(';');
        }

        text.Append('|');
        foreach (var v in policy.MonthlyLegalHours.Values)
        {
            text.Append(Date(v.From)).Append('=').Append(v.Value.Hundredths).Append(';');
        }

        text.Append('|');
        foreach (var v in policy.EmployerCharges.Values)
        {
            text.Append(Date(v.From)).Append('=').Append(string.Join(",", v.Value.Points.Select(p => Number(p.Key) + ":" + Number(p.Value.Value)))).Append(';');
        }

        return text.ToString();
    }

    /// <summary>What <see cref="Admission.AdmissionRule"/> and <see cref="SupportLimit.SupportLimitRule"/> read: the mode, the cut-off, the calendar and the limit.</summary>
    public static string Admission(CaePolicy policy)
    {
        var text = new StringBuilder();
        text.Append((int)policy.Admission).Append('|').Append(policy.ApplicationCutoffDays).Append('|');
        foreach (var d in policy.Assemblies.Dates)
        {
            text.Append(Date(d)).Append(';');
        }

        text.Append('|');
        foreach (var v in policy.SupportLimitMonths.Values)
        {
            text.Append(Date(v.From)).Append('=').Append(v.Value).Append(';');
        }

        return text.ToString();
    }

    private static string Date(NodaTime.LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
