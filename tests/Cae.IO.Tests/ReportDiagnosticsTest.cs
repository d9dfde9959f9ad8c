using System;
using System.IO;
using System.Linq;
using System.Text;
using Cae.Domain.Policy;
using NodaTime;
using Xunit;

namespace Cae.IO.Tests;

public class ReportDiagnosticsTest
{
    private const string Paths = "entrepreneur_id,establishment,structure,entry_date,associate_date,exit_date,exit_category,gender\n"
        + "E1,B,C,2014-01-05,2015-06-14,2015-06-14,associate,X\n"
        + "E2,B,C,never,,,,\n";

    private const string Activity = "entrepreneur_id,month,structure,turnover\nE1,2015-03,C,100.00\nE9,2015-03,C,1.00\n";

    private static readonly CaePolicy Calendar = CaePolicy.Default with
    {
        Assemblies = new AssemblyCalendar(new[] { new LocalDate(2015, 6, 13) }, new Reference("test calendar", null)),
    };

    private static LoadResult Load() =>
        ContractCsv.Load(Encoding.UTF8.GetBytes(Paths), "paths.csv", Encoding.UTF8.GetBytes(Activity), "activity.csv", Calendar);

    [Fact]
    public void From_a_load_takes_its_rejections_and_warnings_and_the_policys_warnings_only_when_asked()
    {
        var load = Load();
        var plain = ReportDiagnostics.From(load);
        var withPolicy = ReportDiagnostics.From(load, null, Calendar);

        Assert.Equal(load.Rejections, plain.Rejections);
        Assert.Equal(load.Warnings, plain.Warnings);
        Assert.Equal(2, plain.Rejections.Count);
        Assert.True(plain.HasRejections);
        Assert.Equal(load.Warnings.Concat(load.AssociateDateWarnings(Calendar)), withPolicy.Warnings);
        Assert.Contains(withPolicy.Warnings, w => w.Column == "associate_date");
        Assert.DoesNotContain(plain.Warnings, w => w.Column == "associate_date");
    }

    [Fact]
    public void From_a_load_and_sessions_lists_the_sessions_rows_after_the_loads_in_the_order_cae_prints_them()
    {
        var load = Load();
        using var sessions = new MemoryStream(Encoding.UTF8.GetBytes("date,kind,establishment,colour\n2015-02-30,info_session,B,red\n"));
        var sessionsLoad = SessionsCsv.Load(sessions, "sessions.csv", null, null, load);
        var diagnostics = ReportDiagnostics.From(load, sessionsLoad, Calendar);

        Assert.Equal(load.Rejections.Concat(sessionsLoad.Rejections), diagnostics.Rejections);
        Assert.Equal("sessions.csv", diagnostics.Rejections[^1].File);
        Assert.Equal(load.Warnings.Concat(load.AssociateDateWarnings(Calendar)).Concat(sessionsLoad.Warnings), diagnostics.Warnings);
        Assert.Equal("sessions.csv", diagnostics.Warnings[^1].File);
    }

    [Fact]
    public void Equality_is_by_value_and_adding_keeps_the_original()
    {
        var row = new RejectedRow("a.csv", 2, "month", "missing");
        var warning = new InputWarning("a.csv", 1, "colour", "unknown column");
        var a = new ReportDiagnostics(new[] { row }, new[] { warning });

        Assert.Equal(a, new ReportDiagnostics(new[] { new RejectedRow("a.csv", 2, "month", "missing") }, new[] { new InputWarning("a.csv", 1, "colour", "unknown column") }));
        Assert.Equal(a.GetHashCode(), new ReportDiagnostics(new[] { row }, new[] { warning }).GetHashCode());
        Assert.NotEqual(a, new ReportDiagnostics(new[] { row with { Line = 3 } }, new[] { warning }));
        Assert.NotEqual(a, new ReportDiagnostics(new[] { row }, Array.Empty<InputWarning>()));
        Assert.NotEqual(a, ReportDiagnostics.Empty);
        Assert.False(a.Equals(null));
        Assert.Equal(new ReportDiagnostics(new[] { row }, new[] { warning, warning }), a.WithWarnings(new[] { warning }));
        Assert.Equal(new ReportDiagnostics(new[] { row, row }, new[] { warning }), a.WithRejections(new[] { row }));
        Assert.Single(a.Warnings);
        Assert.False(ReportDiagnostics.Empty.HasRejections);
        Assert.Throws<ArgumentNullException>(() => new ReportDiagnostics(new RejectedRow[] { null! }, Array.Empty<InputWarning>()));
    }
}
