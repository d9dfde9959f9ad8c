using System.Linq;
using Cae.Domain.Policy;
using Cae.Rules.Admission;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;
using static Cae.Rules.Tests.Rules.SupportLimit.SupportLimitRuleTest;

namespace Cae.Rules.Tests.Rules.Admission;

public class AdmissionRuleTest
{
    private static readonly AdmissionRule June = new(TestPolicies.WithJuneAssemblies());

    [Fact]
    public void Worked_example_reaching_the_limit_on_2015_03_01_is_admitted_at_the_June_2015_assembly()
    {
        var result = June.Explain(application: null, supportEnd: Day("2015-03-01"));

        Assert.Equal(AdmissionBasis.SupportLimit, result.Basis);
        Assert.Equal(Day("2015-06-13"), result.AdmissionDate);
        Assert.Equal(3, result.WaitingMonths);
        Assert.Null(result.AfterLegalDeadline);
    }

    [Fact]
    public void An_application_is_decided_at_the_next_assembly_and_the_assembly_day_itself_counts()
    {
        Assert.Equal(Day("2015-06-13"), June.AdmissionDate(Day("2015-06-13")));
        Assert.Equal(Day("2016-06-18"), June.AdmissionDate(Day("2015-06-14")));
        var result = June.Explain(Day("2015-01-20"), Day("2016-03-01"));
        Assert.Equal(AdmissionBasis.Application, result.Basis);
        Assert.Equal(Day("2015-06-13"), result.AdmissionDate);
        Assert.Equal(4, result.WaitingMonths);
    }

    [Fact]
    public void The_cutoff_moves_a_late_application_to_the_following_assembly()
    {
        var rule = new AdmissionRule(TestPolicies.WithJuneAssemblies(cutoffDays: 30));
        Assert.Equal(Day("2015-06-13"), rule.AdmissionDate(Day("2015-05-14")));
        Assert.Equal(Day("2016-06-18"), rule.AdmissionDate(Day("2015-05-15")));
        var trace = rule.ExplainFrom(Day("2015-05-15"), AdmissionBasis.Application).Trace;
        Assert.Equal("30", trace.Find("application_cutoff_days")!.Value);
        Assert.Equal("2015-06-14", trace.Find("earliest_assembly")!.Value);
    }

    [Fact]
    public void Automatic_admission_is_on_application()
    {
        var rule = new AdmissionRule(CaePolicy.Default with { Admission = AdmissionMode.Automatic });
        var result = rule.Explain(Day("2015-02-03"), Day("2016-01-01"));
        Assert.Equal(Day("2015-02-03"), result.AdmissionDate);
        Assert.Equal(0, result.WaitingMonths);
        Assert.Null(rule.ValidateAssociateDate(Day("2015-02-03"), Day("2015-02-03")));
        Assert.NotNull(rule.ValidateAssociateDate(Day("2015-02-02"), Day("2015-02-03")));
    }

    [Fact]
    public void No_assembly_after_eligibility_gives_no_date_and_says_why()
    {
        var result = June.ExplainFrom(Day("2020-07-01"), AdmissionBasis.Application);
        Assert.Null(result.AdmissionDate);
        Assert.Null(result.WaitingMonths);
        Assert.Contains(result.Trace.Steps, s => s.Value.Contains("no general assembly on or after 2020-07-01"));

        var empty = new AdmissionRule(CaePolicy.Default).ExplainFrom(Day("2015-01-01"), AdmissionBasis.Application);
        Assert.Null(empty.AdmissionDate);
        Assert.Contains(empty.Trace.Steps, s => s.Value.Contains("records no general assembly"));
    }

    [Fact]
    public void The_admission_is_compared_with_the_legal_deadline()
    {
        Assert.True(June.Explain(null, Day("2015-03-01"), legalDeadline: Day("2015-06-12")).AfterLegalDeadline);
        Assert.False(June.Explain(null, Day("2015-03-01"), legalDeadline: Day("2015-06-13")).AfterLegalDeadline);
    }

    [Fact]
    public void Recorded_dates_are_validated_against_the_calendar()
    {
        Assert.Null(June.ValidateAssociateDate(Day("2015-06-13")));
        var off = June.ValidateAssociateDate(Day("2015-06-12"));
        Assert.NotNull(off);
        Assert.Equal("admission_date", off!.Rule);
        Assert.Contains("not a general assembly date", off.Message);
        Assert.Equal(AdmissionRule.Statutes, off.Reference);
        var early = June.ValidateAssociateDate(Day("2015-06-13"), application: Day("2015-06-20"));
        Assert.Contains("before the application", early!.Message);
        Assert.Contains("records no general assembly", new AdmissionRule(CaePolicy.Default).ValidateAssociateDate(Day("2015-06-13"))!.Message);
    }

    [Property]
    public Property Admission_is_the_earliest_assembly_on_or_after_eligibility() =>
        Prop.ForAll(
            Generators.Date.ListOf().ToArbitrary(),
            Generators.Date.ToArbitrary(),
            Gen.Choose(0, 60).ToArbitrary(),
            (assemblies, eligible, cutoff) =>
            {
                var policy = TestPolicies.WithAssemblies(assemblies.ToArray()) with { ApplicationCutoffDays = cutoff };
                var admitted = new AdmissionRule(policy).AdmissionDate(eligible);
                var earliest = eligible.PlusDays(cutoff);
                var candidates = assemblies.Where(a => a >= earliest).ToList();
                return admitted is { } day
                    ? (assemblies.Contains(day) && day >= eligible && day >= earliest && candidates.All(c => c >= day)).Label($"admitted {day:yyyy-MM-dd}")
                    : (candidates.Count == 0).Label("no admission although an assembly follows");
            });
}
