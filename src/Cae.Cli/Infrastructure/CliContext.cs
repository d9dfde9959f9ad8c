using System.IO;

namespace Cae.Cli.Infrastructure;

/// <summary>The writers a command prints to.</summary>
/// <param name="Out">Results.</param>
/// <param name="Error">Errors and warnings.</param>
public sealed record CliContext(TextWriter Out, TextWriter Error);
