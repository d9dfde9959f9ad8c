using System.IO;
using Cae.IO.Json;
using Cae.Rules.WhatIf;

namespace Cae.IO;

/// <summary>
/// Reads what-if scenario files (data contract §2): a <c>policy.json</c> holding only the fields it changes, plus
/// <c>name</c>, as a <see cref="Scenario"/> to apply over a baseline policy.
/// </summary>
/// <remarks>
/// <para>The fields are those of <see cref="PolicyJson"/>, with the same rules (every field optional, unknown fields
/// an error, messages <c>file:line: $.json.path: message</c>); each field set becomes one change of the scenario,
/// applied in file order over the baseline, whatever the baseline is.</para>
/// <para>The scenario's name is the <c>name</c> field, or else the file's name without its extension.</para>
/// </remarks>
public static class ScenarioJson
{
    /// <summary>Reads a scenario file.</summary>
    /// <param name="file">The file, as given on the command line (it names the file in messages).</param>
    /// <returns>The scenario: its name and one change holding the fields the file sets (none: the identity, named).</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="file"/> is null.</exception>
    /// <exception cref="InputException">The file is missing, unreadable or invalid; the message is
    /// <c>file:line: $.json.path: message</c>.</exception>
    public static Scenario Read(string file)
    {
        Guard.NotNull(file, nameof(file));
        return ToScenario(PolicyJson.Overrides(JsonInput.ReadAll(file), file, allowName: true), file);
    }

    /// <summary>Reads a scenario document from a stream (read to its end, not closed).</summary>
    /// <param name="input">The document, UTF-8 (a byte order mark is allowed).</param>
    /// <param name="name">The name the document goes by in messages; without a <c>name</c> field, the scenario's name
    /// is this one without its folder and extension.</param>
    /// <returns>The scenario.</returns>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InputException">The stream cannot be read, or the document is invalid.</exception>
    public static Scenario Read(Stream input, string name)
    {
        Guard.NotNull(input, nameof(input));
        Guard.NotNull(name, nameof(name));
        return ToScenario(PolicyJson.Overrides(JsonInput.ReadAll(input, name), name, allowName: true), name);
    }

    private static Scenario ToScenario(PolicyOverrides overrides, string source)
    {
        var name = string.IsNullOrWhiteSpace(overrides.Name) ? Path.GetFileNameWithoutExtension(source) : overrides.Name!;
        if (string.IsNullOrWhiteSpace(name))
        {
            name = "scenario";
        }

        return overrides.Fields.Count == 0
            ? Scenario.Named(name)
            : Scenario.Named(name).With(string.Join(", ", overrides.Fields), overrides.ApplyTo);
    }
}
