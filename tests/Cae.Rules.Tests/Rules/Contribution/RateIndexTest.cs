using System.Linq;
using Cae.Domain.Errors;
using Cae.Domain.Organisation;
using Cae.Domain.Policy;
using Cae.Domain.Values;
using Cae.Rules.Contribution;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Cae.Rules.Tests.Rules.Contribution;

public class RateIndexTest
{
    private static readonly Structure?[] Structures = { null, new Structure("A"), new Structure("B") };
    private static readonly string?[] People = { null, "p1", "p2" };
    private static readonly Gen<LocalDate> Day = Gen.Choose(0, 6).Select(i => new LocalDate(2015, 1, 1).PlusMonths(i * 2));

    private static readonly Gen<ContributionRate> AnyRate =
        from start in Day
        from percent in Gen.Choose(0, 20)
        from structure in Gen.Elements(Structures)
        from person in Gen.Elements(People)
        select new ContributionRate(start, Rate.FromPercent(percent), TestPolicies.TestReference, structure, person);

    private static readonly Gen<ContributionPolicy> AnyPolicy =
        from fallbackFrom in Day
        from others in AnyRate.ListOf()
        select new ContributionPolicy(
            ContributionBase.GrossMargin,
            others.Append(new ContributionRate(fallbackFrom, Rate.FromPercent(10), TestPolicies.TestReference)).ToArray(),
            Money.Zero);

    [Property(MaxTest = 500)]
    public Property The_index_finds_the_rate_the_policy_finds() =>
        Prop.ForAll(
            AnyPolicy.ToArbitrary(),
            Gen.Choose(-1, 14).Select(m => new LocalDate(2015, 1, 15).PlusMonths(m)).ToArbitrary(),
            Gen.Elements("A", "B", "C").Zip(Gen.Elements(null, "p1", "p2", "p3")).ToArbitrary(),
            (policy, date, query) =>
            {
                var structure = new Structure(query.Item1);
                var index = new RateIndex(policy);
                ContributionRate? expected;
                try
                {
                    expected = policy.RateFor(date, structure, query.Item2);
                }
                catch (DomainRuleException)
                {
                    expected = null;
                }

                ContributionRate? found;
                try
                {
                    found = index.RateFor(date, structure, query.Item2);
                }
                catch (DomainRuleException)
                {
                    found = null;
                }

                return ReferenceEquals(expected, found).Label($"policy {expected}, index {found} on {date:yyyy-MM-dd}");
            });
}
