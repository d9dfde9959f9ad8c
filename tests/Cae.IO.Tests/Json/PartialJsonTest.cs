using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Cae.Rules.Indicators;
using Cae.Rules.Indicators.Additions;
using Cae.Rules.Network;
using Cae.Rules.Tests.Network;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace Cae.IO.Tests.Json;

public class PartialJsonTest
{
    [Property(MaxTest = 30)]
    public Property Read_of_write_equals_the_partial(int seed, byte count)
    {
        var random = new Random(seed);
        var partial = Enumerable.Range(0, 1 + (count % 3))
            .Select(i => NetworkPopulation.Create(random, i, random.Next(40)))
            .Select(c => PartialOf(c, random.Next(2) == 0 ? 2015 : 2014, withAdditions: random.Next(4) != 0))
            .Where(p => p.Year == 2015)
            .Aggregate(ReportPartial.Empty(2015), (sum, p) => sum.Combine(p));
        var json = PartialJson.ToJson(partial);
        var back = PartialJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "partial.json");
        return (back.Equals(partial) && PartialJson.ToJson(back) == json).Label(json);
    }

    [Property(MaxTest = 30)]
    public Property No_partial_holds_an_id_or_a_date_of_a_person(int seed)
    {
        var random = new Random(seed);
        var cae = NetworkPopulation.Create(random, 0, 1 + random.Next(50));
        var json = PartialJson.ToJson(PartialOf(cae, 2015, withAdditions: true));
        var ids = cae.Paths.Select(p => p.EntrepreneurId).Where(id => json.Contains(id, StringComparison.Ordinal)).ToList();

        // No date at all, in any of the contract's forms (yyyy-MM-dd, dd/MM/yyyy, yyyy-MM, MM/yyyy).
        var dates = Regex.Matches(json, @"\d{4}-\d{1,2}|\d{1,2}/\d{4}").Select(m => m.Value).ToList();
        return (ids.Count == 0 && dates.Count == 0).Label(string.Join(", ", ids.Concat(dates)));
    }

    [Theory]
    [InlineData("\"format\": \"cae-report\"", "not a partial report")]
    [InlineData("\"version\": 2", "version 2 of the partial report is unknown")]
    public void Another_format_or_version_is_refused(string replacement, string message)
    {
        var json = PartialJson.ToJson(ReportPartial.Empty(2015));
        var changed = replacement.StartsWith("\"format\"", StringComparison.Ordinal)
            ? json.Replace("\"format\": \"cae-partial\"", replacement, StringComparison.Ordinal)
            : json.Replace("\"version\": 1", replacement, StringComparison.Ordinal);
        Assert.NotEqual(json, changed);
        var e = Assert.Throws<InputException>(() => PartialJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(changed)), "p.json"));
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_field_or_an_amount_finer_than_the_cent_is_refused()
    {
        var json = PartialJson.ToJson(ReportPartial.Empty(2015));
        Assert.Throws<InputException>(() => PartialJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(json.Replace("\"caes\": 0", "\"caes\": 0, \"people\": []", StringComparison.Ordinal))), "p.json"));
        Assert.Throws<InputException>(() => PartialJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(json.Replace("\"support_budget\": 0", "\"support_budget\": 0.001", StringComparison.Ordinal))), "p.json"));
    }

    [Fact]
    public void A_partial_starts_with_its_format_version_and_year()
    {
        var json = PartialJson.ToJson(ReportPartial.Empty(2015));
        Assert.StartsWith("{\n  \"format\": \"cae-partial\",\n  \"version\": 1,\n  \"year\": 2015,", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"people_with_activity_by_structure\": {", "\"people_with_activity_by_structure\": {\"X\": -1, ", "a count (an integer from 0) is expected")]
    [InlineData("\"turnover_by_support_year\": [", "\"turnover_by_support_year\": [{\"support_year\": 0, \"people\": 1, \"person_months\": 1, \"total\": 1}, ", "a support year from 1")]
    [InlineData("\"people_with_activity_by_structure\"", "\"people\": {}, \"people_with_activity_by_structure\"", "unknown field 'people'")]
    public void Bad_additions_are_refused_with_their_path(string find, string replacement, string message)
    {
        var random = new Random(5);
        var json = PartialJson.ToJson(PartialOf(NetworkPopulation.Create(random, 0, 20), 2015, withAdditions: true));
        var changed = json.Replace(find, replacement, StringComparison.Ordinal);
        Assert.NotEqual(json, changed);
        var e = Assert.Throws<InputException>(() => PartialJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(changed)), "p.json"));
        Assert.Contains("p.json: $.additions", e.Message, StringComparison.Ordinal);
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_partial_without_additions_is_written_and_read_as_before()
    {
        var random = new Random(9);
        var partial = PartialOf(NetworkPopulation.Create(random, 0, 20), 2015, withAdditions: false);
        var json = PartialJson.ToJson(partial);
        Assert.DoesNotContain("additions", json, StringComparison.Ordinal);
        Assert.Null(PartialJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "p.json").Additions);
    }

    private static ReportPartial PartialOf(NetworkPopulation.Cae cae, int year, bool withAdditions)
    {
        var data = cae.Dataset();
        var accumulator = new AnnualReportEngine(data, cae.Policy).CreateAccumulator(year);
        accumulator.AddPersons(0, data.PersonCount);
        accumulator.AddRows(0, data.ActivityCount);
        var partial = ReportPartial.Of(accumulator);
        return withAdditions ? partial.WithAdditions(ReportAdditions.Compute(data, year)) : partial;
    }
}
