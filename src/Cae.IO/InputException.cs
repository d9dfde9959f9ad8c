using System;

namespace Cae.IO;

/// <summary>
/// An input that cannot be read at all: a missing or unreadable file, a header without a required column, an
/// invalid policy, scenario or report document. Its message is one line, in the <c>file:line: column: message</c> form
/// where a position is known. A command-line tool reports it as a usage error (exit code 2); a row-level fault
/// is never an <see cref="InputException"/>: it is a rejected row of the <see cref="LoadResult"/>.
/// </summary>
public sealed class InputException : Exception
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">The message, in the <c>file:line: column: message</c> form where a position is known.</param>
    public InputException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the error with its cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="inner">The cause.</param>
    public InputException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
