using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Cae.IO.Json;
using Cae.Domain.Policy;
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
/// <para>The fields are the parameters of the registry (<see cref="Cae.Domain.Policy.Registry.PolicyParameters"/>), by
/// their contract names. A number such as <c>support_limit_months</c> replaces the dated parameter by a single value in
/// force on every date, referenced to the file; a dated parameter may also be given as a list
/// <c>[{ "from": "2015-01-01", "value": 30, "reference": { "title": "...", "href": "..." } }]</c>, each value with its
/// own reference (<c>reference</c> is optional; without it the value is referenced to the file). A list
/// (<c>smic_hourly</c>, <c>employer_charges</c>, <c>contribution.rates</c>) replaces the baseline's list. Amounts and
/// rates are read as exact decimals. A value out of the parameter's range is an error naming the field.</para>
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
            var reader = new PolicyReader(source, positions);
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
}
