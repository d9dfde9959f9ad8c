using System.Linq;
using Cae.Domain.Values;
using Cae.Rules.WhatIf;
using NodaTime;
using Xunit;

namespace Cae.Rules.Tests.WhatIf;

/// <summary>What a scenario means for each person of the 2015 sample.</summary>
public class PersonWhatIfTest
{
    private static readonly WhatIfEngine Engine = new(Coopilote2015.Dataset, Coopilote2015.Policy);

    [Fact]
    public void The_people_add_up_to_the_report_s_contributions_and_a_lower_rate_gives_each_more_hours()
    {
        var result = Engine.Compare(Scenario.Named("8 %").WithContributionRate(0.08m), 2015);

        Assert.True(result.People.Count > result.Baseline.Flows.Total.Accompanied); // the accompanied, and the associates with activity
        Assert.Equal(result.People.Select(p => p.EntrepreneurId).OrderBy(i => i, System.StringComparer.Ordinal), result.People.Select(p => p.EntrepreneurId));
        Assert.Equal(result.Baseline.Contributions.Total, result.People.Aggregate(Money.Zero, (sum, p) => sum + p.Baseline.Contribution));
        Assert.Equal(result.Scenario.Contributions.Total, result.People.Aggregate(Money.Zero, (sum, p) => sum + p.Scenario.Contribution));
        Assert.All(result.People, p =>
        {
            Assert.True(System.Math.Abs(p.Scenario.Contribution.Cents) <= System.Math.Abs(p.Baseline.Contribution.Cents)); // a negative margin: a negative contribution, smaller too
            Assert.True(p.Scenario.Hours >= p.Baseline.Hours);
            Assert.Equal(p.Baseline.Admission, p.Scenario.Admission);
        });
        Assert.Contains(result.People, p => p.Changes);
    }

    [Fact]
    public void Each_waiting_applicant_sees_her_admission_six_months_earlier()
    {
        var december = Scenario.Named("two AGs a year").WithMoreAssemblies(new[] { new LocalDate(2014, 12, 13), new LocalDate(2015, 12, 12) });
        var result = Engine.Compare(december, 2015);

        foreach (var change in result.AdmissionChanges)
        {
            var person = result.Person(change.EntrepreneurId)!;
            Assert.Equal(new LocalDate(2016, 6, 18), person.Baseline.Admission);
            Assert.Equal(new LocalDate(2015, 12, 12), person.Scenario.Admission);
            Assert.True(person.Changes);
        }

        Assert.Equal(12, result.People.Count(p => p.Baseline.Admission != p.Scenario.Admission));
        Assert.Null(result.Person("nobody"));
    }
}
