using System;
using System.Diagnostics.Contracts;
using Cae.Domain.Organisation;
using Cae.Domain.Policy;
using Cae.Domain.Values;
using Cae.Rules.Explanation;
using NodaTime;

namespace Cae.Rules.Contribution;

/// <summary>
/// The contribution to the cooperative's pooled services: a percentage of the activity's gross margin (or
/// turnover), flat or by marginal tiers on the base cumulated within the calendar year.
/// </summary>
/// <remarks>
/// <para><b>Code du travail, article L7331-2</b>: the contract states « les modalités de calcul de la contribution
/// de l'entrepreneur salarié au financement des services mutualisés mis en œuvre par la coopérative », per the
/// statutes; <b>R7331-9</b>: the contribution funds the costs of those pooled services (cae-rules-facts §A.2, §B.9).
/// <b>L7332-3</b> computes the variable part of pay on the turnover « après déduction … de la contribution »
/// (see <see cref="Pay.PayCascadeRule"/>).</para>
/// <para><b>Practice.</b> 8–15 % of turnover on average (Fédération des CAE); Coopilote levies 6–10 % on gross
/// margin, the library's default base (§D.14); a CAE's public wiki uses tiers: 10 %, 8 % from 35 k€, 6 % from
/// 45 k€ (§D.15); the network's software (enDI) uses a per-activity rate falling back to the CAE default (§D.17).</para>
/// <para><b>Rule.</b> base = turnover − purchases (gross margin) or turnover, per <see cref="ContributionPolicy.Base"/>.
/// The rate is the one in force on the first day of the activity's month for the person under the structure,
/// else for the structure, else the CAE default (<see cref="ContributionPolicy.RateFor"/>). With tiers, each part
/// of the base is charged at the rate of the band it falls in once added to the same person's base under the same
/// structure earlier in the calendar year: contribution = T(before + base) − T(before), where T is the marginal
/// schedule (T(x) = x × rate below the first threshold, negative x included). The exact amount is rounded to
/// the cent, half away from zero, once per activity row; a negative base (credit notes) gives a negative
/// contribution. A row with a positive base pays at least the policy's monthly minimum; a zero or negative base is
/// never raised to it.</para>
/// <para><see cref="Compute"/> allocates nothing and builds no trace: it runs once per activity row of a bulk
/// report, and finds the rate in an index of the policy's rates by person and structure built once (the same
/// answer as <see cref="ContributionPolicy.RateFor"/>). <see cref="Explain"/> gives the same amount with its trace. Immutable and thread-safe.</para>
/// </remarks>
public sealed class ContributionRule : IContributionRule
{
    private readonly ContributionPolicy policy;
    private readonly RateIndex rates;

    /// <summary>Creates the rule for a contribution policy.</summary>
    /// <param name="policy">The base, dated rates and minimum.</param>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is <c>null</c>.</exception>
    public ContributionRule(ContributionPolicy policy)
    {
        this.policy = policy ?? throw new ArgumentNullException(nameof(policy));
        rates = new RateIndex(policy);
    }

    /// <summary>The policy the rule applies.</summary>
    public ContributionPolicy Policy => policy;

    /// <summary>The base of a row per the policy: turnover − purchases (gross margin), or turnover.</summary>
    /// <param name="turnover">The row's turnover (may be negative: credit notes).</param>
    /// <param name="purchases">The row's purchases and subcontracting.</param>
    [Pure]
    public Money Base(Money turnover, Money purchases) =>
        policy.Base == ContributionBase.Turnover ? turnover : turnover - purchases;

    /// <summary>The contribution of one activity row, rounded to the cent (no trace, no allocation).</summary>
    /// <param name="month">The activity's month; the rate in force on its first day applies.</param>
    /// <param name="structure">The structure that carries the activity.</param>
    /// <param name="entrepreneurId">The person, for a per-person rate; <c>null</c> for none.</param>
    /// <param name="turnover">The row's turnover.</param>
    /// <param name="purchases">The row's purchases.</param>
    /// <param name="cumulativeBaseBefore">The same person's base under the same structure earlier in the same calendar year (zero for a flat rate, or in January).</param>
    /// <exception cref="Domain.Errors.DomainRuleException">No rate is in force that month.</exception>
    [Pure]
    public Money Compute(YearMonth month, Structure structure, string? entrepreneurId, Money turnover, Money purchases, Money cumulativeBaseBefore)
    {
        var rate = rates.RateFor(month.OnDayOfMonth(1), structure, entrepreneurId);
        var @base = Base(turnover, purchases);
        return ApplyMinimum(@base, RoundToCent(ExactCents(rate, @base, cumulativeBaseBefore)));
    }

    /// <summary>The contribution of one activity row with its explanation: the same amount as <see cref="Compute"/>.</summary>
    /// <param name="month">The activity's month.</param>
    /// <param name="structure">The structure that carries the activity.</param>
    /// <param name="entrepreneurId">The person, for a per-person rate; <c>null</c> for none.</param>
    /// <param name="turnover">The row's turnover.</param>
    /// <param name="purchases">The row's purchases.</param>
    /// <param name="cumulativeBaseBefore">The same person's base under the same structure earlier in the same calendar year.</param>
    /// <exception cref="Domain.Errors.DomainRuleException">No rate is in force that month.</exception>
    [Pure]
    public ContributionResult Explain(YearMonth month, Structure structure, string? entrepreneurId, Money turnover, Money purchases, Money cumulativeBaseBefore)
    {
        var day = month.OnDayOfMonth(1);
        var rate = rates.RateFor(day, structure, entrepreneurId);
        var @base = Base(turnover, purchases);
        var trace = new TraceBuilder()
            .Input("month", TraceBuilder.Format(month))
            .Input("structure", structure.Name ?? string.Empty)
            .Input("entrepreneur_id", entrepreneurId ?? "none")
            .Input("turnover", turnover.ToString())
            .Input("purchases", purchases.ToString())
            .Input("year_to_date_base", cumulativeBaseBefore.ToString())
            .Parameter("contribution_base", policy.Base == ContributionBase.Turnover ? "turnover" : "gross_margin", null, LegalParameters.Contribution)
            .Value("base", @base.ToString(), policy.Base == ContributionBase.Turnover
                ? "turnover"
                : FormattableString.Invariant($"turnover − purchases = {turnover} − {purchases}"))
            .Parameter("contribution_rate", Describe(rate), rate.From, rate.Reference);

        var exactCents = ExactCents(rate, @base, cumulativeBaseBefore);
        var exact = exactCents / 100m;
        if (rate.Tiers.Count == 0)
        {
            trace.Value("contribution_exact", TraceBuilder.Format(exact), FormattableString.Invariant($"base × rate = {@base} × {rate.Rate}"));
        }
        else
        {
            var after = cumulativeBaseBefore + @base;
            trace.Value("year_to_date_base_after", after.ToString(), FormattableString.Invariant($"{cumulativeBaseBefore} + {@base}"));
            AddBands(trace, rate, cumulativeBaseBefore, after);
            trace.Value("contribution_exact", TraceBuilder.Format(exact), FormattableString.Invariant($"T({after}) − T({cumulativeBaseBefore}), the sum of the bands"));
        }

        var rounded = RoundToCent(exactCents);
        trace.Value("contribution_rounded", rounded.ToString(), "to the cent, half away from zero");
        var amount = ApplyMinimum(@base, rounded);
        var minimumApplied = amount != rounded;
        if (policy.MonthlyMinimum != Money.Zero)
        {
            trace.Parameter("monthly_minimum", policy.MonthlyMinimum.ToString(), null, LegalParameters.Contribution);
        }

        trace.Result("contribution", amount.ToString(), minimumApplied
            ? FormattableString.Invariant($"the monthly minimum, since {rounded} < {policy.MonthlyMinimum}")
            : null);
        return new ContributionResult(@base, rate, exact, amount, minimumApplied, trace.Build());
    }

    /// <summary>The marginal schedule T: the exact contribution, in cents, due on a cumulative base of <paramref name="cents"/> from zero.</summary>
    /// <param name="rate">The rate and its tiers.</param>
    /// <param name="cents">The cumulative base in cents (may be negative).</param>
    /// <remarks>Computed in cents so the hot path needs no conversion to euros; scaling by 100 is exact.</remarks>
    [Pure]
    internal static decimal Schedule(ContributionRate rate, decimal cents)
    {
        var tiers = rate.Tiers;
        if (tiers.Count == 0 || cents <= tiers[0].Above.Cents)
        {
            return cents * rate.Rate.Value;
        }

        var total = tiers[0].Above.Cents * rate.Rate.Value;
        for (var i = 0; i < tiers.Count; i++)
        {
            decimal lower = tiers[i].Above.Cents;
            var upper = i + 1 < tiers.Count ? tiers[i + 1].Above.Cents : decimal.MaxValue;
            if (cents <= upper)
            {
                return total + ((cents - lower) * tiers[i].Rate.Value);
            }

            total += (upper - lower) * tiers[i].Rate.Value;
        }

        return total;
    }

    /// <summary>The rate, its tiers and its scope, without its date (the trace gives it apart): <c>0.10; 0.08 above 35000.00 (structure Baticoop)</c>.</summary>
    private static string Describe(ContributionRate rate)
    {
        var scope = rate.EntrepreneurId is not null ? "person " + rate.EntrepreneurId : rate.Structure is { } s ? "structure " + s.Name : "CAE default";
        var text = new System.Text.StringBuilder(rate.Rate.ToString());
        for (var i = 0; i < rate.Tiers.Count; i++)
        {
            text.Append(FormattableString.Invariant($"; {rate.Tiers[i].Rate} above {rate.Tiers[i].Above}"));
        }

        return text.Append(" (").Append(scope).Append(')').ToString();
    }

    private static decimal ExactCents(ContributionRate rate, Money @base, Money before) =>
        rate.Tiers.Count == 0
            ? @base.Cents * rate.Rate.Value
            : Schedule(rate, (before + @base).Cents) - Schedule(rate, before.Cents);

    /// <summary>Rounds an exact number of cents to the cent, half away from zero (<see cref="Rounding.ToCent"/>, in cents).</summary>
    private static Money RoundToCent(decimal exactCents) =>
        Money.FromCents(decimal.ToInt64(Math.Round(exactCents, 0, MidpointRounding.AwayFromZero)));

    private static void AddBands(TraceBuilder trace, ContributionRate rate, Money before, Money after)
    {
        // Each band of the schedule crossed between the two cumulative bases, with its rate.
        var (low, high) = before <= after ? (before.Euros, after.Euros) : (after.Euros, before.Euros);
        var sign = before <= after ? 1m : -1m;
        var tiers = rate.Tiers;
        for (var i = -1; i < tiers.Count; i++)
        {
            var bandLow = i < 0 ? decimal.MinValue : tiers[i].Above.Euros;
            var bandHigh = i + 1 < tiers.Count ? tiers[i + 1].Above.Euros : decimal.MaxValue;
            var bandRate = i < 0 ? rate.Rate : tiers[i].Rate;
            var from = Math.Max(low, bandLow);
            var to = Math.Min(high, bandHigh);
            if (to <= from)
            {
                continue;
            }

            var label = i < 0
                ? FormattableString.Invariant($"up to {tiers[0].Above}")
                : FormattableString.Invariant($"above {tiers[i].Above}");
            trace.Value(
                "band " + label,
                TraceBuilder.Format(sign * (to - from) * bandRate.Value),
                FormattableString.Invariant($"{(sign < 0 ? "−" : string.Empty)}({Money.FromEuros(to)} − {Money.FromEuros(from)}) × {bandRate}"));
        }
    }

    private Money ApplyMinimum(Money @base, Money amount) =>
        @base > Money.Zero && amount < policy.MonthlyMinimum ? policy.MonthlyMinimum : amount;
}
