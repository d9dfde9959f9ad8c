using System.Collections.Generic;

namespace Cae.IO.Csv;

/// <summary>The rejected rows and warnings of one file, in line order.</summary>
internal sealed class LoadDiagnostics
{
    public List<RejectedRow> Rejected { get; } = new();

    public List<InputWarning> Warnings { get; } = new();
}
