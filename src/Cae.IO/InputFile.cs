using Cae.IO.Csv;

namespace Cae.IO;

/// <summary>What the loader found out about an input file.</summary>
/// <param name="Name">The file name as given on the command line.</param>
/// <param name="Encoding">The encoding detected.</param>
/// <param name="Dialect">The dialect detected from the header.</param>
public sealed record InputFile(string Name, InputEncoding Encoding, CsvDialect Dialect);
