namespace Cae.IO.Csv;

/// <summary>The text of an input file and the encoding it was read in.</summary>
/// <param name="Text">The decoded text, without byte-order mark.</param>
/// <param name="Encoding">The encoding detected.</param>
internal sealed record DecodedText(string Text, InputEncoding Encoding);
