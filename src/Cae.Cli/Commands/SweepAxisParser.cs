using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Cae.Cli.Infrastructure;
using Cae.Domain.Errors;
using Cae.Rules.WhatIf;

namespace Cae.Cli.Commands;

/// <summary>Reads the <c>--sweep</c> values of <c>cae whatif</c>.</summary>
public static class SweepAxisParser
{
    /// <summary>Reads one <c>--sweep</c> value: <c>NAME=FROM:TO:STEP</c>, <c>NAME=V1,V2,…</c> or <c>NAME=V</c>.</summary>
    /// <param name="text">The option's value.</param>
    /// <exception cref="UsageException">The value is not of that form, or names an unknown parameter, or a value the parameter cannot take.</exception>
    public static SweepAxis Parse(string text)
    {
        var equals = (text ?? throw new ArgumentNullException(nameof(text))).IndexOf('=');
        if (equals <= 0)
        {
            throw new UsageException($"cae: --sweep: '{text}' is not NAME=FROM:TO:STEP or NAME=V1,V2,...");
        }

        var name = text.Substring(0, equals).Trim();
        var spec = text.Substring(equals + 1).Trim();
        if (!SweepAxis.KnownParameters.Contains(name))
        {
            throw new UsageException($"cae: --sweep: '{name}' is not a parameter a sweep knows ({string.Join(", ", SweepAxis.KnownParameters)})");
        }

        IReadOnlyList<decimal> values;
        var parts = spec.Split(':');
        if (parts.Length == 3)
        {
            var (from, to, step) = (Number(text, parts[0]), Number(text, parts[1]), Number(text, parts[2]));
            try
            {
                values = SweepAxis.Range(from, to, step);
            }
            catch (ArgumentException e)
            {
                throw new UsageException($"cae: --sweep: {name}: {e.Message.Split(new[] { " (Parameter" }, StringSplitOptions.None)[0]}", e);
            }
        }
        else if (parts.Length == 1)
        {
            values = spec.Split(',').Select(v => Number(text, v)).ToArray();
        }
        else
        {
            throw new UsageException($"cae: --sweep: '{text}' is not NAME=FROM:TO:STEP or NAME=V1,V2,...");
        }

        try
        {
            return SweepAxis.Parameter(name, values);
        }
        catch (DomainRuleException e)
        {
            // The domain's message names its field already; the sweep's name is added only when it differs.
            throw new UsageException(e.Field == name ? $"cae: --sweep: {e.Message}" : $"cae: --sweep: {name}: {e.Message}", e);
        }
    }

    private static decimal Number(string option, string text) =>
        decimal.TryParse(text.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new UsageException($"cae: --sweep: '{text.Trim()}' in '{option}' is not a number (e.g. 0.08)");
}
