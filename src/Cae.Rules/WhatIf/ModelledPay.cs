using System;
using Cae.Domain.Policy;
using Cae.Domain.Values;
using Cae.Rules.Data;
using Cae.Rules.Pay;

namespace Cae.Rules.WhatIf;

/// <summary>
/// The modelled salary-hours column: for every row of a month the person holds a CESA, the pay cascade of that row
/// alone (available = gross margin − contribution, no other cost), giving its equivalent hours; other rows get none.
/// </summary>
/// <remarks>
/// <para>With the library's <see cref="PayCascadeRule"/>, the hours are computed without calling it per row but
/// always equal to it: the parameters are read once per month, and the employer-charge split, which the rule finds
/// by bisection for a schedule by SMIC multiple, is solved in closed form where that cannot change the cent. Below
/// one monthly SMIC of gross salary the multiple is 1, so the rate is the schedule's rate at 1 and gross = available
/// / (1 + rate); above it, the hours are the legal monthly hours whatever the exact gross. The rule itself is called
/// when the schedule's rates decrease somewhere (the bisection may then find another root), when the SMIC is below
/// 2 € an hour, or when the exact gross lies within a millionth of a euro of a half cent.</para>
/// </remarks>
internal static class ModelledPay
{
    /// <summary>The salary hours in hundredths of every row.</summary>
    /// <param name="inputs">The prepared dataset.</param>
    /// <param name="contributions">The modelled contribution of every row, in cents.</param>
    /// <param name="rule">The pay rule of the policy.</param>
    /// <param name="policy">The policy, read directly when <paramref name="library"/> is set.</param>
    /// <param name="library">Whether <paramref name="rule"/> is the library's <see cref="PayCascadeRule"/> of <paramref name="policy"/>.</param>
    public static int[] Compute(ModelInputs inputs, long[] contributions, IPayRule rule, CaePolicy policy, bool library)
    {
        var data = inputs.Data;
        var salaried = inputs.Salaried;
        var months = inputs.Months;
        var turnover = data.Turnover;
        var purchases = data.Purchases;
        var result = new int[data.ActivityCount];
        var byMonth = library ? new MonthPay?[inputs.MonthSpan] : null;
        for (var r = 0; r < result.Length; r++)
        {
            if (!salaried[r])
            {
                continue;
            }

            var grossMargin = turnover[r] - purchases[r];
            if (byMonth is null)
            {
                var pay = rule.Compute(months[r], Money.FromCents(grossMargin), Money.FromCents(contributions[r]), Money.Zero);
                result[r] = checked((int)pay.Hours.Hundredths);
                continue;
            }

            var m = data.ActivityMonth[r] - inputs.FirstMonth;
            var month = byMonth[m] ??= new MonthPay(policy, CaeDataset.MonthOf(data.ActivityMonth[r]));
            result[r] = month.Hundredths(grossMargin - contributions[r], rule, grossMargin, contributions[r]);
        }

        return result;
    }

    /// <summary>The pay parameters of one month, read once, and the fast exact cascade under them.</summary>
    private sealed class MonthPay
    {
        /// <summary>Above this many cents of available budget, the integer path could overflow: the decimal one is used.</summary>
        private const long IntegerBudgetLimit = 1_000_000_000;

        private readonly NodaTime.YearMonth month;
        private readonly long smicCents;
        private readonly long legalHundredths;
        private readonly decimal onePlusFirstRate;
        private readonly bool flat;
        private readonly bool closedForm;
        private readonly long fullTimeBudgetCents;
        private readonly long scale;
        private readonly long denominator;

        public MonthPay(CaePolicy policy, NodaTime.YearMonth month)
        {
            this.month = month;
            var day = month.OnDayOfMonth(1);
            var smic = policy.SmicHourly.ValueOn(day);
            var legal = policy.MonthlyLegalHours.ValueOn(day);
            var schedule = policy.EmployerCharges.ValueOn(day);
            if (smic <= Money.Zero)
            {
                throw new Domain.Errors.DomainRuleException("smic_hourly", smic.ToString(), "the SMIC hourly rate is positive");
            }

            smicCents = smic.Cents;
            legalHundredths = legal.Hundredths;
            var firstRate = schedule.RateAt(1m);
            onePlusFirstRate = 1m + firstRate;
            flat = schedule.IsFlat;
            closedForm = flat || (NonDecreasing(schedule) && smicCents >= 200);

            // The budget that pays exactly one monthly SMIC of gross: SMIC × legal hours × (1 + rate at 1), in cents, rounded down.
            fullTimeBudgetCents = decimal.ToInt64(decimal.Floor(smic.Euros * legal.Value * onePlusFirstRate * 100m));

            // 1 + rate = denominator / scale exactly, when the rate has at most 9 decimals (else the decimal path is used).
            var decimals = (decimal.GetBits(firstRate)[3] >> 16) & 0xFF;
            if (decimals <= 9)
            {
                scale = Pow10(decimals);
                denominator = scale + decimal.ToInt64(firstRate * scale);
            }
        }

        /// <summary>The hours, in hundredths, of a row whose available budget is <paramref name="availableCents"/>.</summary>
        public int Hundredths(long availableCents, IPayRule rule, long grossMargin, long contribution)
        {
            if (availableCents <= 0)
            {
                return 0;
            }

            if (!closedForm)
            {
                return Slow(rule, grossMargin, contribution);
            }

            if (!flat && availableCents > fullTimeBudgetCents)
            {
                // The gross salary is above one monthly SMIC: the hours are the legal monthly hours.
                return (int)legalHundredths;
            }

            long grossCents;
            if (denominator > 0 && availableCents < IntegerBudgetLimit)
            {
                // gross = available / (1 + rate), to the cent, half away from zero, in integers.
                var numerator = availableCents * scale;
                grossCents = numerator / denominator;
                var twice = 2 * (numerator - (grossCents * denominator));
                if (twice >= denominator)
                {
                    grossCents++;
                }

                if (!flat && Math.Abs(twice - denominator) * 10_000 < 2 * denominator)
                {
                    // Within 0.0001 cent of a half cent: the rule's bisection may round the other way.
                    return Slow(rule, grossMargin, contribution);
                }
            }
            else
            {
                var exact = availableCents / 100m / onePlusFirstRate;
                var cents = exact * 100m;
                if (!flat && Math.Abs(cents - decimal.Floor(cents) - 0.5m) < 0.0001m)
                {
                    return Slow(rule, grossMargin, contribution);
                }

                grossCents = Money.RoundFromEuros(exact).Cents;
            }

            if (grossCents <= 0)
            {
                return 0;
            }

            // min(legal hours, gross / SMIC) to the hundredth, half away from zero, in integers.
            var hundredths = ((200 * grossCents) + smicCents) / (2 * smicCents);
            return (int)Math.Min(legalHundredths, hundredths);
        }

        private static long Pow10(int decimals)
        {
            var result = 1L;
            for (var i = 0; i < decimals; i++)
            {
                result *= 10;
            }

            return result;
        }

        private static bool NonDecreasing(EmployerChargeSchedule schedule)
        {
            var points = schedule.Points;
            for (var i = 1; i < points.Count; i++)
            {
                if (points[i].Value < points[i - 1].Value)
                {
                    return false;
                }
            }

            return true;
        }

        private int Slow(IPayRule rule, long grossMargin, long contribution) =>
            checked((int)rule.Compute(month, Money.FromCents(grossMargin), Money.FromCents(contribution), Money.Zero).Hours.Hundredths);
    }
}
