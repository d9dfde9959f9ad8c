// Written in C# 7.3, the default language version of a .NET Framework project: no records, no `with`, no init
// accessors, no target-typed new, no nullable annotations. It builds a policy with the With… methods, computes an
// annual report and a what-if, and checks that two equal policies compare equal.
using System;
using Cae.Domain.Activity;
using Cae.Domain.Organisation;
using Cae.Domain.Paths;
using Cae.Domain.Policy;
using Cae.Domain.Values;
using Cae.Rules.Data;
using Cae.Rules.Indicators;
using Cae.Rules.Pay;
using Cae.Rules.SupportLimit;
using Cae.Rules.WhatIf;
using NodaTime;

namespace Consumer
{
    public static class CSharp73Consumer
    {
        public static CaePolicy Policy()
        {
            var statutes = new Reference("Statuts de la CAE, article 12", "https://example.org/statuts");
            return CaePolicy.Default
                .WithSupportLimitMonths(DatedParameter<int>.Always("support_limit_months", "Durée d'accompagnement", 30, statutes))
                .WithAssemblies(new AssemblyCalendar(new[] { new LocalDate(2015, 6, 13), new LocalDate(2016, 6, 18) }, statutes))
                .WithReportingUnits(new ReportingUnitMap(new[] { new ReportingUnit(new Structure("Coopilote"), new Establishment("Besançon"), "Coopilote B") }))
                .WithSupportBudget(2015, Money.FromEuros(1000m))
                .WithContribution(CaePolicy.Default.Contribution.WithRates(new[] { new ContributionRate(new LocalDate(2015, 1, 1), Rate.FromFraction(0.08m), statutes) }))
                .WithApplicationCutoffDays(15)
                .WithEmployerCharges(DatedParameter<EmployerChargeSchedule>.Always("employer_charges", "Barème de la CAE", EmployerChargeSchedule.Flat(Rate.FromFraction(0.45m)), statutes)); // the library's starts in 2024
        }

        /// <summary>Runs the checks; returns an empty string when they pass, else what failed.</summary>
        public static string Run()
        {
            var policy = Policy();
            if (!policy.Equals(Policy()) || policy.GetHashCode() != Policy().GetHashCode())
            {
                return "two equal policies do not compare equal";
            }

            if (policy.Equals(CaePolicy.Default))
            {
                return "the With… methods changed nothing";
            }

            var builder = new CaeDatasetBuilder();
            var besancon = new Establishment("Besançon");
            var coopilote = new Structure("Coopilote");
            builder.TryAddPath(new PathRecord("P1", besancon, coopilote, new LocalDate(2014, 3, 1), new LocalDate(2014, 5, 1), new LocalDate(2015, 2, 1), null, null, null, null), out _);
            builder.TryAddPath(new PathRecord("P2", besancon, coopilote, new LocalDate(2015, 2, 1), null, null, null, new LocalDate(2015, 9, 30), ExitCategory.Employment, null), out _);
            for (var month = 1; month <= 12; month++)
            {
                builder.TryAddActivity(new MonthlyActivity("P1", new YearMonth(2015, month), coopilote, null, Money.FromEuros(2500m), Money.FromEuros(300m), null, Hours.FromDecimal(100m)), out _);
            }

            var data = builder.Build();
            var report = new AnnualReportEngine(data, policy).Compute(2015);
            if (report.Flows.Total.Entries != 1)
            {
                return "the report counts " + report.Flows.Total.Entries + " entries, not 1";
            }

            var whatIf = WhatIfEngine.Compare(data, policy, Scenario.Named("10 %").WithContributionRate(0.10m), 2015);
            if (whatIf.Scenario.Contributions.Total.Cents <= whatIf.Baseline.Contributions.Total.Cents)
            {
                return "a higher contribution rate did not raise the contributions";
            }

            var pay = new PayCascadeRule(policy).Explain(new PayInput(new YearMonth(2016, 1), coopilote, Money.FromEuros(1300m)).WithPurchases(Money.FromEuros(100m)));
            if (pay.Hours.Value <= 0m)
            {
                return "the pay cascade gave no hours";
            }

            var path = new PathRule(policy).Assess(new PathCase(new LocalDate(2015, 1, 1), 3, new LocalDate(2015, 4, 1)), new LocalDate(2016, 1, 1));
            return path.LegalAssociateDeadline == new LocalDate(2018, 1, 1) ? string.Empty : "the legal associate deadline is " + path.LegalAssociateDeadline;
        }
    }
}
