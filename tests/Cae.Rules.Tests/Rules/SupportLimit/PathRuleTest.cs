using System.Linq;
using Cae.Domain.Organisation;
using Cae.Domain.Paths;
using Cae.Domain.Policy;
using Cae.Rules.SupportLimit;
using Xunit;
using static Cae.Rules.Tests.Rules.SupportLimit.SupportLimitRuleTest;

namespace Cae.Rules.Tests.Rules.SupportLimit;

public class PathRuleTest
{
    private static readonly PathRule June = new(TestPolicies.WithJuneAssemblies());

    [Fact]
    public void Worked_example_entry_2013_03_01_waits_for_the_June_2015_assembly()
    {
        var result = June.Assess(new PathCase(Day("2013-03-01")), Day("2015-04-01"));

        Assert.Equal(Day("2015-03-01"), result.SupportEnd);
        Assert.Equal(25, result.MonthsElapsed);
        Assert.Equal(Day("2015-06-13"), result.AdmissionDate);
        Assert.Equal(3, result.WaitingMonths);
        Assert.Null(result.LegalAssociateDeadline);
        Assert.Empty(result.Violations);
    }

    [Fact]
    public void Waiting_past_the_assembly_is_a_support_limit_violation()
    {
        var result = June.Assess(new PathCase(Day("2013-03-01")), Day("2015-07-01"));

        var v = Assert.Single(result.Violations);
        Assert.Equal("support_limit", v.Rule);
        Assert.Contains("2015-03-01", v.Message);
        Assert.Contains("2015-06-13", v.Message);
        Assert.Equal(LegalParameters.SupportLimit, v.Reference);
    }

    [Fact]
    public void An_admission_off_the_calendar_is_a_violation_not_an_error()
    {
        var path = new PathCase(Day("2013-03-01")) { Cesa = Day("2013-09-01"), AssociateDate = Day("2015-03-02") };

        var violations = June.Violations(path, Day("2016-01-01"));

        var v = Assert.Single(violations);
        Assert.Equal("admission_date", v.Rule);
        Assert.Contains("not a general assembly date", v.Message);
    }

    [Fact]
    public void A_valid_admission_at_the_assembly_breaks_nothing()
    {
        var path = new PathCase(Day("2013-03-01")) { Cesa = Day("2013-09-01"), AssociateDate = Day("2015-06-13") };
        Assert.Empty(June.Violations(path, Day("2016-01-01")));
    }

    [Fact]
    public void Admission_after_the_legal_deadline_is_reported()
    {
        // CESA 2013-03-01 after 12 months of CAPE: deadline 2013-03-01 + 24 months = 2015-03-01;
        // an application of 2014-07-01 is decided at the AG of 2015-06-13, too late.
        var open = new PathCase(Day("2012-03-01")) { CapeMonths = 12, Cesa = Day("2013-03-01"), Application = Day("2014-07-01") };
        var result = June.Assess(open, Day("2014-08-01"));
        Assert.Equal(Day("2015-03-01"), result.LegalAssociateDeadline);
        Assert.Equal(Day("2015-06-13"), result.AdmissionDate);
        Assert.Equal(11, result.WaitingMonths);
        var v = Assert.Single(result.Violations);
        Assert.Equal("associate_deadline", v.Rule);
        Assert.Contains("first admission possible (2015-06-13)", v.Message);
        Assert.Contains("L7331-3", v.Reference.Title);

        var late = open with { AssociateDate = Day("2015-06-13") };
        var lateViolation = Assert.Single(June.Violations(late, Day("2016-01-01")));
        Assert.Equal("associate_deadline", lateViolation.Rule);
        Assert.Contains("admitted on 2015-06-13, after the legal associate deadline of 2015-03-01", lateViolation.Message);
    }

    [Fact]
    public void Still_not_an_associate_after_the_deadline_ends_the_cesa()
    {
        var path = new PathCase(Day("2014-01-10")) { Cesa = Day("2014-01-10") };
        var result = June.Assess(path, Day("2017-02-01"));
        Assert.Contains(result.Violations, v => v.Rule == "associate_deadline" && v.Message.Contains("the CESA ends"));
        Assert.Contains(result.Violations, v => v.Rule == "support_limit");
    }

    [Fact]
    public void Typed_dates_that_break_the_contract_are_violations()
    {
        var path = new PathCase(Day("2015-01-10")) { CapeMonths = 40, Cesa = Day("2014-12-01") };
        var rules = June.Violations(path, Day("2015-02-01")).Select(v => v.Rule).ToArray();
        Assert.Equal(new[] { "cesa_date", "cape_length", "associate_deadline" }, rules);

        var noCesa = new PathCase(Day("2013-03-01")) { AssociateDate = Day("2015-06-13") };
        Assert.Equal("associate_without_cesa", Assert.Single(June.Violations(noCesa, Day("2016-01-01"))).Rule);
    }

    [Fact]
    public void Without_a_calendar_there_is_no_admission_and_the_trace_says_why()
    {
        var rule = new PathRule(CaePolicy.Default);
        var result = rule.Assess(new PathCase(Day("2013-03-01")), Day("2015-04-01"));

        Assert.Null(result.AdmissionDate);
        Assert.Null(result.WaitingMonths);
        Assert.Contains(result.Trace.Steps, s => s.Value.Contains("no general assembly"));
        Assert.Contains("no general assembly of the calendar", Assert.Single(result.Violations).Message);
    }

    [Fact]
    public void A_path_row_is_checked_like_a_case()
    {
        var row = new PathRecord(
            "p1",
            new Establishment("Montbéliard"),
            new Structure("Coopilote"),
            Day("2013-03-01"),
            cesaDate: Day("2013-04-01"),
            associateDate: Day("2015-06-14"),
            exitDate: Day("2015-06-14"),
            exitCategory: ExitCategory.Associate);

        var violations = June.Violations(row, Day("2015-12-31"));

        Assert.Equal(new[] { "admission_date", "support_limit" }, violations.Select(v => v.Rule).ToArray());
    }
}
