using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Cae.Rules.Sessions;

namespace Cae.IO.Sessions;

/// <summary>Reads <c>info_sessions</c> and <c>workshops</c> back from a report's JSON (the inverse of <see cref="SessionSections.GraftInto"/>).</summary>
internal sealed class SessionsJsonReader
{
    private readonly string name;

    public SessionsJsonReader(string name)
    {
        this.name = name;
    }

    public SessionSections Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw Error("$", "a report is a JSON object");
        }

        var year = root.TryGetProperty("year", out var y) && y.ValueKind == JsonValueKind.Number && y.TryGetInt32(out var v) ? v : throw Error("$.year", "a whole number is expected");
        InfoSessionsSection? info = null;
        if (root.TryGetProperty("info_sessions", out var i))
        {
            var at = "$.info_sessions";
            InfoSessionsPreviousYear? previous = null;
            if (Object(i, at).TryGetProperty("previous_year", out var p))
            {
                previous = new InfoSessionsPreviousYear(OptionalLong(p, "sessions", at + ".previous_year"), Long(p, "attendees", at + ".previous_year"));
            }

            info = new InfoSessionsSection(
                OptionalLong(i, "sessions", at),
                OptionalLong(i, "held_in_own_premises", at),
                OptionalLong(i, "held_at_partners", at),
                Counts(Member(i, "sessions_by_place", at), at + ".sessions_by_place"),
                Long(i, "attendees", at),
                Counts(Member(i, "attendees_by_establishment", at), at + ".attendees_by_establishment"),
                Object(Member(i, "attendees_by_prescriber", at), at + ".attendees_by_prescriber").EnumerateObject()
                    .ToDictionary(e => e.Name, e => (IReadOnlyDictionary<string, long>)Counts(e.Value, at + ".attendees_by_prescriber." + e.Name), StringComparer.Ordinal),
                OptionalLong(i, "joined", at),
                OptionalDecimal(Member(i, "joining_rate", at), at + ".joining_rate"),
                Object(Member(i, "joining_rate_by_prescriber", at), at + ".joining_rate_by_prescriber").EnumerateObject()
                    .ToDictionary(e => e.Name, e => OptionalDecimal(e.Value, at + ".joining_rate_by_prescriber." + e.Name), StringComparer.Ordinal),
                previous);
        }

        WorkshopsSection? workshops = null;
        if (root.TryGetProperty("workshops", out var w))
        {
            workshops = new WorkshopsSection(Counts(Member(w, "by_establishment", "$.workshops"), "$.workshops.by_establishment"), Long(w, "project_groups", "$.workshops"));
        }

        return new SessionSections(year, info, workshops);
    }

    private JsonElement Object(JsonElement element, string at) =>
        element.ValueKind == JsonValueKind.Object ? element : throw Error(at, "an object is expected");

    private JsonElement Member(JsonElement element, string member, string at) =>
        Object(element, at).TryGetProperty(member, out var value) ? value : throw Error(at + "." + member, "missing");

    private Dictionary<string, long> Counts(JsonElement element, string at) =>
        Object(element, at).EnumerateObject().ToDictionary(p => p.Name, p => Whole(p.Value, at + "." + p.Name), StringComparer.Ordinal);

    private long Long(JsonElement element, string member, string at) => Whole(Member(element, member, at), at + "." + member);

    private long? OptionalLong(JsonElement element, string member, string at)
    {
        var value = Member(element, member, at);
        return value.ValueKind == JsonValueKind.Null ? null : Whole(value, at + "." + member);
    }

    private long Whole(JsonElement element, string at) =>
        element.ValueKind == JsonValueKind.Number && element.TryGetInt64(out var value) && value >= 0 ? value : throw Error(at, "a whole number, 0 or more, is expected");

    private decimal? OptionalDecimal(JsonElement element, string at) =>
        element.ValueKind == JsonValueKind.Null ? null
        : element.ValueKind == JsonValueKind.Number && element.TryGetDecimal(out var value) ? value
        : throw Error(at, "a number or null is expected");

    private InputException Error(string at, string message) => new($"{name}:1: {at}: {message}");
}
