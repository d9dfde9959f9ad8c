using System;

namespace Cae.Cli.Infrastructure;

/// <summary>
/// A usage error or an unreadable input (missing file, malformed policy): reported on stderr as one line,
/// without a stack trace, with exit code 2.
/// </summary>
public sealed class UsageException : Exception
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">The message, already in the <c>file:line: column: message</c> form where a position is known.</param>
    public UsageException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the error with its cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="inner">The cause.</param>
    public UsageException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
