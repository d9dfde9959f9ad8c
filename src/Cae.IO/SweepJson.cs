using System;
using System.IO;
using Cae.IO.Json;
using Cae.Rules.WhatIf;

namespace Cae.IO;

/// <summary>
/// Writes a what-if sweep (<c>cae whatif --sweep … --format json</c>) as JSON: an array with one object per run,
/// holding each axis's parameter value under its name (<c>"contribution_rate": 0.08</c>), then each indicator's
/// value under its report path (<c>"salary.total.hours": 78057.78</c>, <c>null</c> when undefined for that run).
/// </summary>
public static class SweepJson
{
    /// <summary>Writes a sweep as JSON text, followed by a new line.</summary>
    /// <param name="result">The sweep.</param>
    /// <param name="output">Where to write.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The writer cannot be written.</exception>
    public static void Write(SweepResult result, TextWriter output)
    {
        Guard.NotNull(result, nameof(result));
        Guard.NotNull(output, nameof(output));
        JsonOut.Document(output, json =>
        {
            json.WriteStartArray();
            foreach (var row in result.Rows)
            {
                json.WriteStartObject();
                for (var a = 0; a < result.Axes.Count; a++)
                {
                    json.WriteNumber(result.Axes[a], row.Parameters[a]);
                }

                for (var i = 0; i < result.Indicators.Count; i++)
                {
                    if (row.Values[i] is { } value)
                    {
                        json.WriteNumber(result.Indicators[i], value);
                    }
                    else
                    {
                        json.WriteNull(result.Indicators[i]);
                    }
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        });
    }
}
