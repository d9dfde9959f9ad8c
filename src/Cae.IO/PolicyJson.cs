using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Cae.IO.Csv;
using Cae.IO.Json;
using Cae.Domain.Errors;
using Cae.Domain.Organisation;
using Cae.Domain.Paths;
using Cae.Domain.Policy;
using Cae.Domain.Values;
using NodaTime;
using NodaTime.Text;

namespace Cae.IO;

/// <summary>
/// Reads <c>policy.json</c> (data contract §1) and scenario files (a policy file holding only the fields it
/// changes, plus <c>name</c>).
/// </summary>
/// <remarks>
/// <para>Every field is optional and falls back to the baseline (the network default for a policy file).
/// Unknown fields are an error: a typo must not silently fall back to a default. Errors are reported as
/// <c>file:line: $.json.path: message</c> and end the command with exit code 2.</para>
/// <para>A scalar such as <c>support_limit_months</c> replaces the dated parameter by a single value in force on
/// every date, referenced to the file. A list (<c>smic_hourly</c>, <c>employer_charges</c>, <c>contribution.rates</c>)
/// replaces the baseline's list. Amounts and rates are read as exact decimals.</para>
/// </remarks>
public static class PolicyJson
{
    private static readonly LocalDatePattern IsoDate = LocalDatePattern.Iso;

    /// <summary>Reads a policy file over the network default (<see cref="CaePolicy.Default"/>).</summary>
    /// <param name="file">The file, as given on the command line (it names the file in messages).</param>
    /// <returns>The default policy with every field the file sets.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="file"/> is null.</exception>
    /// <exception cref="InputException">The file is missing, unreadable or invalid (not JSON, an unknown field, a
    /// value out of range); the message is <c>file:line: $.json.path: message</c>.</exception>
    public static CaePolicy Read(string file)
    {
        Guard.NotNull(file, nameof(file));
        return Overrides(JsonInput.ReadAll(file), file, allowName: false).ApplyTo(CaePolicy.Default);
    }

    /// <summary>Reads a policy document from a stream over the network default (the stream is read to its end, not closed).</summary>
    /// <param name="input">The document, UTF-8 (a byte order mark is allowed).</param>
    /// <param name="name">The name the document goes by in messages and in the references of its values.</param>
    /// <returns>The default policy with every field the document sets.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InputException">The stream cannot be read, or the document is invalid.</exception>
    public static CaePolicy Read(Stream input, string name)
    {
        Guard.NotNull(input, nameof(input));
        Guard.NotNull(name, nameof(name));
        return Overrides(JsonInput.ReadAll(input, name), name, allowName: false).ApplyTo(CaePolicy.Default);
    }

    /// <summary>Reads a policy or scenario document into overrides.</summary>
    /// <param name="utf8">The document, UTF-8 without a byte order mark.</param>
    /// <param name="source">The file name for messages.</param>
    /// <param name="allowName">Whether a <c>name</c> field is allowed (scenario files).</param>
    /// <exception cref="InputException">The document is invalid.</exception>
    internal static PolicyOverrides Overrides(byte[] utf8, string source, bool allowName)
    {
        var invalid = InvalidUtf8(utf8);
        if (invalid >= 0)
        {
            var line = 1 + utf8.Take(invalid).Count(b => b == (byte)'\n');
            throw new InputException(FormattableString.Invariant($"{source}:{line}: $: not valid UTF-8 (byte 0x{utf8[invalid]:X2})"));
        }

        JsonPositions positions;
        JsonDocument document;
        try
        {
            positions = JsonPositions.Read(utf8);
            document = JsonDocument.Parse(utf8, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            var line = (e.LineNumber ?? 0) + 1;
            throw new InputException(FormattableString.Invariant($"{source}:{line}: $: not valid JSON: {e.Message}"), e);
        }

        using (document)
        {
            var reader = new Reader(source, positions);
            try
            {
                return reader.ReadRoot(document.RootElement, allowName);
            }
            catch (InvalidOperationException e)
            {
                // A string System.Text.Json cannot give as text (a lone surrogate such as \ud800).
                throw new InputException($"{source}: $: a string of the document is not valid text: {e.Message}", e);
            }
        }
    }

    /// <summary>The index of the first byte that is not part of valid UTF-8, or −1.</summary>
    private static int InvalidUtf8(byte[] utf8)
    {
        try
        {
            _ = new UTF8Encoding(false, true).GetCharCount(utf8);
            return -1;
        }
        catch (DecoderFallbackException e)
        {
            return e.Index >= 0 && e.Index < utf8.Length ? e.Index : 0;
        }
    }

    private sealed class Reader
    {
        private readonly string source;
        private readonly JsonPositions positions;
        private readonly Reference reference;

        public Reader(string source, JsonPositions positions)
        {
            this.source = source;
            this.positions = positions;
            reference = Reference.UserPolicy(Path.GetFileName(source));
        }

        public PolicyOverrides ReadRoot(JsonElement root, bool allowName)
        {
            RequireKind(root, JsonValueKind.Object, "$", "an object");
            var changes = new List<KeyValuePair<string, Func<CaePolicy, CaePolicy>>>();
            string? name = null;
            foreach (var property in root.EnumerateObject())
            {
                var at = "$." + property.Name;
                var v = property.Value;
                Func<CaePolicy, CaePolicy> change;
                switch (property.Name)
                {
                    case "name" when allowName:
                        name = String(v, at);
                        continue;
                    case "support_limit_months":
                        var months = PositiveInt(v, at);
                        change = p => p with { SupportLimitMonths = DatedParameter<int>.Always(p.SupportLimitMonths.Name, p.SupportLimitMonths.Description, months, reference) };
                        break;
                    case "assemblies":
                        var dates = Array(v, at).Select((e, i) => Date(e, $"{at}[{i}]")).ToArray();
                        change = p => p with { Assemblies = new AssemblyCalendar(dates, reference) };
                        break;
                    case "admission":
                        var mode = String(v, at) switch
                        {
                            "next_assembly" => AdmissionMode.NextAssembly,
                            "automatic" => AdmissionMode.Automatic,
                            var other => throw Error(at, $"'{other}' is not an admission mode (next_assembly or automatic)"),
                        };
                        change = p => p with { Admission = mode };
                        break;
                    case "application_cutoff_days":
                        var days = NonNegativeInt(v, at);
                        change = p => p with { ApplicationCutoffDays = days };
                        break;
                    case "contribution":
                        change = Contribution(v, at);
                        break;
                    case "employer_charges":
                        var charges = Array(v, at).Select((e, i) => EmployerCharge(e, $"{at}[{i}]")).ToArray();
                        Guard(at, () => new DatedParameter<EmployerChargeSchedule>("employer_charges", string.Empty, charges));
                        change = p => p with { EmployerCharges = new DatedParameter<EmployerChargeSchedule>(p.EmployerCharges.Name, p.EmployerCharges.Description, charges) };
                        break;
                    case "smic_hourly":
                        var smic = Array(v, at).Select((e, i) => Smic(e, $"{at}[{i}]")).ToArray();
                        Guard(at, () => new DatedParameter<Money>("smic_hourly", string.Empty, smic));
                        change = p => p with { SmicHourly = new DatedParameter<Money>(p.SmicHourly.Name, p.SmicHourly.Description, smic) };
                        break;
                    case "fte_annual_hours":
                        var hours = Guard(at, () => Hours.FromDecimal(Decimal(v, at)));
                        if (hours == Hours.Zero)
                        {
                            throw Error(at, "the FTE basis is a positive number of hours");
                        }

                        change = p => p with { FteAnnualHours = DatedParameter<Hours>.Always(p.FteAnnualHours.Name, p.FteAnnualHours.Description, hours, reference) };
                        break;
                    case "positive_exits":
                        var positive = Categories(v, at);
                        change = p => p with { PositiveExits = positive };
                        break;
                    case "perennial_exits":
                        var perennial = Categories(v, at);
                        change = p => p with { PerennialExits = perennial };
                        break;
                    case "reporting_units":
                        var units = Array(v, at).Select((e, i) => Unit(e, $"{at}[{i}]")).ToArray();
                        change = p => p with { ReportingUnits = new ReportingUnitMap(units) };
                        break;
                    case "support_budget":
                        var budget = Budget(v, at);
                        change = p => p with { SupportBudget = budget };
                        break;
                    default:
                        throw Error(at, $"unknown field '{property.Name}'" + (allowName ? string.Empty : " (a typo must not fall back to a default)"));
                }

                changes.Add(new KeyValuePair<string, Func<CaePolicy, CaePolicy>>(property.Name, change));
            }

            return new PolicyOverrides(source, name, changes);
        }

        private Func<CaePolicy, CaePolicy> Contribution(JsonElement v, string at)
        {
            RequireKind(v, JsonValueKind.Object, at, "an object");
            ContributionBase? @base = null;
            ContributionRate[]? rates = null;
            Money? minimum = null;
            foreach (var property in v.EnumerateObject())
            {
                var here = at + "." + property.Name;
                switch (property.Name)
                {
                    case "base":
                        @base = String(property.Value, here) switch
                        {
                            "gross_margin" => ContributionBase.GrossMargin,
                            "turnover" => ContributionBase.Turnover,
                            var other => throw Error(here, $"'{other}' is not a contribution base (gross_margin or turnover)"),
                        };
                        break;
                    case "rates":
                        rates = Array(property.Value, here).Select((e, i) => ContributionRate(e, $"{here}[{i}]")).ToArray();
                        break;
                    case "monthly_minimum":
                        minimum = Amount(property.Value, here);
                        if (minimum.Value.IsNegative)
                        {
                            throw Error(here, "the monthly minimum is not negative");
                        }

                        break;
                    default:
                        throw Error(here, $"unknown field '{property.Name}'");
                }
            }

            if (rates is not null)
            {
                Guard(at + ".rates", () => new ContributionPolicy(ContributionBase.GrossMargin, rates, Money.Zero));
            }

            return p =>
            {
                var c = p.Contribution;
                return p with { Contribution = new ContributionPolicy(@base ?? c.Base, rates ?? c.Rates, minimum ?? c.MonthlyMinimum) };
            };
        }

        private ContributionRate ContributionRate(JsonElement e, string at)
        {
            RequireKind(e, JsonValueKind.Object, at, "an object");
            LocalDate? from = null;
            Rate? rate = null;
            Structure? structure = null;
            string? person = null;
            RateTier[] tiers = System.Array.Empty<RateTier>();
            foreach (var property in e.EnumerateObject())
            {
                var here = at + "." + property.Name;
                switch (property.Name)
                {
                    case "from": from = Date(property.Value, here); break;
                    case "rate": rate = RateOf(property.Value, here); break;
                    case "structure": structure = Guard(here, () => new Structure(String(property.Value, here))); break;
                    case "entrepreneur_id": person = String(property.Value, here); break;
                    case "tiers":
                        tiers = Array(property.Value, here).Select((t, i) => Tier(t, $"{here}[{i}]")).ToArray();
                        break;
                    default: throw Error(here, $"unknown field '{property.Name}'");
                }
            }

            return Guard(at, () => new ContributionRate(
                from ?? throw Error(at, "a rate needs 'from'"),
                rate ?? throw Error(at, "a rate needs 'rate'"),
                reference,
                structure,
                person,
                tiers));
        }

        private RateTier Tier(JsonElement e, string at)
        {
            RequireKind(e, JsonValueKind.Object, at, "an object");
            Money? above = null;
            Rate? rate = null;
            foreach (var property in e.EnumerateObject())
            {
                var here = at + "." + property.Name;
                switch (property.Name)
                {
                    case "above": above = Amount(property.Value, here); break;
                    case "rate": rate = RateOf(property.Value, here); break;
                    default: throw Error(here, $"unknown field '{property.Name}'");
                }
            }

            return new RateTier(above ?? throw Error(at, "a tier needs 'above'"), rate ?? throw Error(at, "a tier needs 'rate'"));
        }

        private DatedValue<EmployerChargeSchedule> EmployerCharge(JsonElement e, string at)
        {
            RequireKind(e, JsonValueKind.Object, at, "an object");
            LocalDate? from = null;
            EmployerChargeSchedule? schedule = null;
            foreach (var property in e.EnumerateObject())
            {
                var here = at + "." + property.Name;
                switch (property.Name)
                {
                    case "from": from = Date(property.Value, here); break;
                    case "rate":
                        schedule = schedule is null ? EmployerChargeSchedule.Flat(RateOf(property.Value, here)) : throw Error(at, "give either 'rate' or 'by_smic_multiple'");
                        break;
                    case "by_smic_multiple":
                        if (schedule is not null)
                        {
                            throw Error(at, "give either 'rate' or 'by_smic_multiple'");
                        }

                        var points = Array(property.Value, here).Select((pair, i) =>
                        {
                            var pairAt = $"{here}[{i}]";
                            var items = Array(pair, pairAt).ToArray();
                            if (items.Length != 2)
                            {
                                throw Error(pairAt, "a point is [smic_multiple, rate]");
                            }

                            return new KeyValuePair<decimal, Rate>(Decimal(items[0], pairAt + "[0]"), RateOf(items[1], pairAt + "[1]"));
                        }).ToArray();
                        schedule = Guard(here, () => EmployerChargeSchedule.BySmicMultiple(points));
                        break;
                    default: throw Error(here, $"unknown field '{property.Name}'");
                }
            }

            return new DatedValue<EmployerChargeSchedule>(
                from ?? throw Error(at, "an employer-charge entry needs 'from'"),
                schedule ?? throw Error(at, "an employer-charge entry needs 'rate' or 'by_smic_multiple'"),
                reference);
        }

        private DatedValue<Money> Smic(JsonElement e, string at)
        {
            RequireKind(e, JsonValueKind.Object, at, "an object");
            LocalDate? from = null;
            Money? value = null;
            foreach (var property in e.EnumerateObject())
            {
                var here = at + "." + property.Name;
                switch (property.Name)
                {
                    case "from": from = Date(property.Value, here); break;
                    case "value":
                        value = Amount(property.Value, here);
                        if (value.Value <= Money.Zero)
                        {
                            throw Error(here, "the SMIC is a positive amount per hour");
                        }

                        break;
                    default: throw Error(here, $"unknown field '{property.Name}'");
                }
            }

            return new DatedValue<Money>(from ?? throw Error(at, "a SMIC entry needs 'from'"), value ?? throw Error(at, "a SMIC entry needs 'value'"), reference);
        }

        private ReportingUnit Unit(JsonElement e, string at)
        {
            RequireKind(e, JsonValueKind.Object, at, "an object");
            Structure? structure = null;
            Establishment? establishment = null;
            string? label = null;
            foreach (var property in e.EnumerateObject())
            {
                var here = at + "." + property.Name;
                switch (property.Name)
                {
                    case "structure": structure = Guard(here, () => new Structure(String(property.Value, here))); break;
                    case "establishment": establishment = Guard(here, () => new Establishment(String(property.Value, here))); break;
                    case "label": label = String(property.Value, here); break;
                    default: throw Error(here, $"unknown field '{property.Name}'");
                }
            }

            if (string.IsNullOrWhiteSpace(label))
            {
                throw Error(at, "a reporting unit needs a non-empty 'label'");
            }

            return new ReportingUnit(structure ?? throw Error(at, "a reporting unit needs 'structure'"), establishment, label!);
        }

        private IReadOnlyDictionary<int, Money> Budget(JsonElement v, string at)
        {
            RequireKind(v, JsonValueKind.Object, at, "an object of year → amount");
            var budget = new Dictionary<int, Money>();
            foreach (var property in v.EnumerateObject())
            {
                var here = at + "." + property.Name;
                if (!int.TryParse(property.Name, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1900 || year > 9999)
                {
                    throw Error(here, $"'{property.Name}' is not a year");
                }

                var amount = Amount(property.Value, here);
                if (amount <= Money.Zero)
                {
                    throw Error(here, "a support budget is a positive amount");
                }

                budget[year] = amount;
            }

            return budget;
        }

        private ExitCategorySet Categories(JsonElement v, string at) =>
            ExitCategorySet.Of(Array(v, at).Select((e, i) =>
            {
                var here = $"{at}[{i}]";
                var text = String(e, here);
                return ExitCategory.TryParse(text, out var c) ? c : throw Error(here, $"'{text}' is not an exit category (creation, associate, employment, training, reorientation, other)");
            }).ToArray());

        private IEnumerable<JsonElement> Array(JsonElement v, string at)
        {
            RequireKind(v, JsonValueKind.Array, at, "an array");
            return v.EnumerateArray().ToArray();
        }

        private string String(JsonElement v, string at)
        {
            RequireKind(v, JsonValueKind.String, at, "a string");
            return v.GetString()!;
        }

        private decimal Decimal(JsonElement v, string at)
        {
            RequireKind(v, JsonValueKind.Number, at, "a number");
            return v.TryGetDecimal(out var d) ? d : throw Error(at, $"{v.GetRawText()} is out of range");
        }

        private int PositiveInt(JsonElement v, string at)
        {
            var i = NonNegativeInt(v, at);
            return i > 0 ? i : throw Error(at, "a positive whole number is expected");
        }

        private int NonNegativeInt(JsonElement v, string at)
        {
            RequireKind(v, JsonValueKind.Number, at, "a whole number");
            return v.TryGetInt32(out var i) && i >= 0 ? i : throw Error(at, $"{v.GetRawText()} is not a whole number of zero or more");
        }

        private Money Amount(JsonElement v, string at)
        {
            var d = Decimal(v, at);
            return Guard(at, () => Money.FromEuros(d));
        }

        private Rate RateOf(JsonElement v, string at)
        {
            var d = Decimal(v, at);
            return Guard(at, () => Rate.FromFraction(d));
        }

        private LocalDate Date(JsonElement v, string at)
        {
            var text = String(v, at);
            var result = IsoDate.Parse(text);
            return result.Success ? result.Value : throw Error(at, $"'{text}' is not a date (yyyy-MM-dd)");
        }

        private void RequireKind(JsonElement v, JsonValueKind kind, string at, string what)
        {
            if (v.ValueKind != kind)
            {
                throw Error(at, $"{what} is expected, not {v.ValueKind.ToString().ToLowerInvariant()}");
            }
        }

        private T Guard<T>(string at, Func<T> build)
        {
            try
            {
                return build();
            }
            catch (DomainRuleException e)
            {
                throw Error(at, e.Message);
            }
            catch (OverflowException)
            {
                throw Error(at, "the value is too large");
            }
        }

        private InputException Error(string at, string message) =>
            new(FormattableString.Invariant($"{source}:{positions.LineOf(at)}: {at}: {message}"));
    }
}
