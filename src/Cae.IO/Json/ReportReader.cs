using System;
using System.Collections.Generic;
using System.Text.Json;
using Cae.Domain.Errors;
using Cae.Domain.Paths;
using Cae.Domain.Values;
using Cae.Rules.Indicators;

namespace Cae.IO.Json;

/// <summary>
/// Reads the JSON of <see cref="ReportDocument"/> back into an <see cref="AnnualReport"/>: the figures the report
/// holds are read, the ones it derives (totals, averages of turnover, self-financing, the sections' comparison with
/// the year before) are recomputed by the report itself and not read. Unknown fields are skipped, so a document of a
/// later version with more sections still reads.
/// </summary>
internal sealed class ReportReader
{
    private readonly string source;
    private readonly JsonPositions positions;

    public ReportReader(string source, JsonPositions positions)
    {
        this.source = source;
        this.positions = positions;
    }

    public AnnualReport Report(JsonElement root)
    {
        var input = Input(root);
        var previous = Optional(root, ReportDocument.PreviousYear, "$") is { ValueKind: not JsonValueKind.Null } p
            ? Report(p, "$." + ReportDocument.PreviousYear, input, null)
            : null;
        return Report(root, "$", input, previous);
    }

    private AnnualReport Report(JsonElement e, string at, InputSummary input, AnnualReport? previous)
    {
        RequireObject(e, at);
        var budget = Optional(e, ReportDocument.SupportBudget, at) is { ValueKind: not JsonValueKind.Null } b
            ? Amount(b, at + "." + ReportDocument.SupportBudget)
            : (Money?)null;
        return new AnnualReport(
            Int(Get(e, "year", at), at + ".year"),
            Section(e, "flows", at, Flows),
            Section(e, "exits", at, Exits),
            Section(e, "path_duration_months", at, Durations),
            Section(e, "turnover", at, Turnover),
            Section(e, "salary", at, Salary),
            Section(e, "contributions", at, Contributions),
            Section(e, "typology", at, Typology),
            budget,
            input,
            previous);
    }

    private InputSummary Input(JsonElement root)
    {
        RequireObject(root, "$");
        var input = Get(root, "input", "$");
        RejectedLines(root);
        return new InputSummary(
            (int)Count(Get(input, "paths_read", "$.input"), "$.input.paths_read", int.MaxValue),
            (int)Count(Get(input, "paths_accepted", "$.input"), "$.input.paths_accepted", int.MaxValue),
            (int)Count(Get(input, "activity_read", "$.input"), "$.input.activity_read", int.MaxValue),
            (int)Count(Get(input, "activity_accepted", "$.input"), "$.input.activity_accepted", int.MaxValue));
    }

    /// <summary>The rejected rows of <c>rejected_rows</c>, each parsed back from <c>file:line: column: reason</c>.</summary>
    /// <param name="root">The document's root.</param>
    public IReadOnlyList<RejectedRow> Rejections(JsonElement root)
    {
        var lines = RejectedLines(root);
        var rows = new RejectedRow[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            var at = $"$.rejected_rows[{i}]";
            rows[i] = RejectedRowText.Parse(lines[i])
                ?? throw Error(at, "'" + Csv.CellText.Quote(lines[i]) + "' is not a rejected row as file:line: column: reason");
        }

        return rows;
    }

    private List<string> RejectedLines(JsonElement root)
    {
        var rows = Get(root, "rejected_rows", "$");
        if (rows.ValueKind != JsonValueKind.Array)
        {
            throw Error("$.rejected_rows", "an array is expected");
        }

        var rejected = new List<string>();
        var i = 0;
        foreach (var row in rows.EnumerateArray())
        {
            rejected.Add(String(row, $"$.rejected_rows[{i++}]"));
        }

        return rejected;
    }

    private FlowSection Flows(JsonElement e, string at) => new(
        FlowCounts(Get(e, "total", at), at + ".total"),
        Table(e, "by_establishment", at, FlowCounts),
        Table(e, "by_structure", at, FlowCounts),
        Table(e, "by_structure_and_establishment", at, (t, here) => Table(t, here, FlowCounts)));

    private FlowCounts FlowCounts(JsonElement e, string at) => new(
        Count(e, "present_start", at),
        Count(e, "entries", at),
        Count(e, "exits", at),
        Count(e, "present_end", at));

    private ExitSection Exits(JsonElement e, string at) => new(
        ExitCounts(Get(e, "total", at), at + ".total"),
        Table(e, "by_establishment", at, ExitCounts),
        Table(e, "by_structure", at, ExitCounts),
        Count(e, "positive", at),
        Count(e, "perennial", at),
        NullableDecimal(Get(e, "positive_rate", at), at + ".positive_rate"),
        NullableDecimal(Get(e, "perennial_rate", at), at + ".perennial_rate"));

    private ExitCounts ExitCounts(JsonElement e, string at)
    {
        var counts = new long[ExitCategory.Count];
        for (var c = 0; c < counts.Length; c++)
        {
            counts[c] = Count(e, ExitCategory.FromValue(c).Code, at);
        }

        return new ExitCounts(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5]);
    }

    private DurationSection Durations(JsonElement e, string at) => new(
        NullableDecimal(Get(e, "average", at), at + ".average"),
        Table(e, "by_category", at, NullableDecimal));

    private TurnoverSection Turnover(JsonElement e, string at) => new(
        Amount(e, "total", at),
        Amount(e, "associates", at),
        Amount(e, "accompanied", at),
        Table(e, "by_unit", at, UnitTurnover),
        Table(e, "by_structure", at, UnitTurnover));

    private UnitTurnover UnitTurnover(JsonElement e, string at) => new(
        Amount(e, "associates", at),
        Amount(e, "accompanied", at),
        Count(e, "salaried_accompanied", at),
        Count(e, "associates_count", at));

    private SalarySection Salary(JsonElement e, string at) => new(
        UnitSalary(Get(e, "total", at), at + ".total"),
        Table(e, "by_unit", at, UnitSalary));

    private UnitSalary UnitSalary(JsonElement e, string at)
    {
        RequireObject(e, at);
        var hoursAt = at + ".hours";
        var hours = Decimal(Get(e, "hours", at), hoursAt);
        return new UnitSalary(
            Count(e, "salaried", at),
            Build(hoursAt, () => Hours.FromDecimal(hours)),
            Decimal(Get(e, "fte", at), at + ".fte"),
            NullableDecimal(Get(e, "average_hours_per_salaried_per_month", at), at + ".average_hours_per_salaried_per_month"));
    }

    private ContributionSection Contributions(JsonElement e, string at) => new(
        Amount(e, "total", at),
        Table(e, "by_structure", at, Amount),
        Table(e, "by_establishment", at, Amount),
        Table(e, "by_structure_and_establishment", at, (t, here) => Table(t, here, Amount)),
        Table(e, "associates_share_by_structure", at, NullableDecimal));

    private TypologySection Typology(JsonElement e, string at) => new(
        Count(e, ReportDocument.Women, at),
        Count(e, ReportDocument.Men, at),
        Table(e, "by_qualification", at, Count),
        Table(e, "by_status_at_entry", at, Count),
        Table(e, "by_income_at_entry", at, Count),
        Table(e, "by_prescriber", at, Count),
        Table(e, "by_residence_area", at, Count));

    private T Section<T>(JsonElement parent, string name, string at, Func<JsonElement, string, T> read)
    {
        var here = at + "." + name;
        var e = Get(parent, name, at);
        RequireObject(e, here);
        return read(e, here);
    }

    private GroupTable<T> Table<T>(JsonElement parent, string name, string at, Func<JsonElement, string, T> read) =>
        Table(Get(parent, name, at), at + "." + name, read);

    private GroupTable<T> Table<T>(JsonElement e, string at, Func<JsonElement, string, T> read)
    {
        RequireObject(e, at);
        var rows = new List<KeyValuePair<string, T>>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in e.EnumerateObject())
        {
            var here = at + "." + property.Name;
            if (!names.Add(property.Name))
            {
                throw Error(here, $"the group '{property.Name}' appears twice");
            }

            rows.Add(new KeyValuePair<string, T>(property.Name, read(property.Value, here)));
        }

        return new GroupTable<T>(rows);
    }

    private JsonElement Get(JsonElement parent, string name, string at)
    {
        RequireObject(parent, at);
        return parent.TryGetProperty(name, out var value) ? value : throw Error(at, $"'{name}' is missing");
    }

    private JsonElement? Optional(JsonElement parent, string name, string at)
    {
        RequireObject(parent, at);
        return parent.TryGetProperty(name, out var value) ? value : null;
    }

    private long Count(JsonElement parent, string name, string at) => Count(Get(parent, name, at), at + "." + name, long.MaxValue);

    private long Count(JsonElement e, string at) => Count(e, at, long.MaxValue);

    private long Count(JsonElement e, string at, long max) =>
        e.ValueKind == JsonValueKind.Number && e.TryGetInt64(out var n) && n >= 0 && n <= max
            ? n
            : throw Error(at, "a whole number of zero or more is expected");

    private int Int(JsonElement e, string at) =>
        e.ValueKind == JsonValueKind.Number && e.TryGetInt32(out var n) ? n : throw Error(at, "a whole number is expected");

    private Money Amount(JsonElement parent, string name, string at) => Amount(Get(parent, name, at), at + "." + name);

    private Money Amount(JsonElement e, string at)
    {
        var euros = Decimal(e, at);
        return Build(at, () => Money.FromEuros(euros));
    }

    private decimal Decimal(JsonElement e, string at) =>
        e.ValueKind == JsonValueKind.Number && e.TryGetDecimal(out var d) ? d : throw Error(at, "a number is expected");

    private decimal? NullableDecimal(JsonElement e, string at) => e.ValueKind == JsonValueKind.Null ? null : Decimal(e, at);

    private string String(JsonElement e, string at) =>
        e.ValueKind == JsonValueKind.String ? e.GetString()! : throw Error(at, "a string is expected");

    private void RequireObject(JsonElement e, string at)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            throw Error(at, "an object is expected");
        }
    }

    private T Build<T>(string at, Func<T> build)
    {
        try
        {
            return build();
        }
        catch (DomainRuleException e)
        {
            throw Error(at, e.Value is null ? e.Rule : $"{e.Rule} (got {e.Value})");
        }
    }

    private InputException Error(string at, string message) =>
        new(FormattableString.Invariant($"{source}:{positions.LineOf(at)}: {at}: {message}"));
}
