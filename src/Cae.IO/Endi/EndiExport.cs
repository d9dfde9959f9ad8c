using System.Collections.Generic;
using System.IO;
using System.Linq;
using System;
using Cae.Domain.Policy;

namespace Cae.IO.Endi;

/// <summary>
/// Reads what enDI (formerly Autonomie, also CAErp), the network's management software, exports (data contract
/// §5'): the data query "Chiffre d'affaire par entrepreneur" (<c>ca_porteurs_periode</c>), one file per period,
/// and optionally "porteurs actifs sur la période" for the typology.
/// </summary>
/// <remarks>
/// <para>The exports give the data contract's paths and activity rows through the same
/// <see cref="Rules.Data.CaeDatasetBuilder"/> as <see cref="ContractCsv"/>, so a tool goes from enDI's files to the
/// report without writing CSV. Each row is accepted or rejected with <c>file:line: column: reason</c>, the column
/// being enDI's header.</para>
/// <para>Cells are read as enDI writes them: <c>;</c> separator, quoted cells, UTF-8 (or Windows-1252 once the file
/// went through Excel), dates <c>%e/%m/%Y</c> (<c> 5/03/2019</c>), French amounts (<c>1 234,56</c>, thousands by a
/// space, U+00A0 or U+202F, with or without <c>€</c>). Month headers (<c>CA janv. 19</c>) are French or English
/// names or abbreviations, case and accents free.</para>
/// <para>The mapping rules: <c>entrepreneur_id</c> ← <c>ID Utilisateur</c> (one person across the exports: the path
/// from the latest export that lists them, the months from all; two entry dates that differ give a warning);
/// <c>establishment</c> ← the mapped <c>Antenne de rattachement</c>; <c>structure</c> ← the mapping's;
/// <c>entry_date</c>, <c>cesa_date</c>, <c>associate_date</c> ← <c>Date d'entrée dans la CAE</c>, <c>Date de
/// contrat</c>, <c>Date d'entrée au sociétariat</c>; an associate with no earlier exit leaves the support path on
/// entering the sociétariat, category <c>associate</c>; otherwise <c>Date de sortie</c> with the mapped category
/// of <c>Motif de sortie</c> (an unmapped reason rejects the path). Each month cell that is neither empty nor zero
/// gives one activity row with its turnover, no purchases, no hours, the contribution left to the policy;
/// a <c>CA TOTAL</c> more than 1 € away from the sum of the months gives a warning naming the person.</para>
/// </remarks>
public static class EndiExport
{
    /// <summary>Reads exports into the same <see cref="LoadResult"/> as <see cref="ContractCsv.Load(string, string, CaePolicy?)"/>.</summary>
    /// <param name="exportFiles">The exports of "Chiffre d'affaire par entrepreneur", e.g. one per year.</param>
    /// <param name="mapping">The CAE's labels.</param>
    /// <param name="peopleFile">The export of "porteurs actifs sur la période", or <c>null</c>.</param>
    /// <param name="policy">When given, sociétariat dates off its assembly calendar are reported as warnings.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">No export is given.</exception>
    /// <exception cref="InputException">A file is missing or unreadable, or its header lacks a required column.</exception>
    public static LoadResult Read(IReadOnlyList<string> exportFiles, EndiMapping mapping, string? peopleFile = null, CaePolicy? policy = null) =>
        Import(exportFiles, mapping, peopleFile, policy).Load;

    /// <summary>Reads exports, keeping the activity rows and the unmapped exit reasons (what <c>cae import endi</c> writes and lists).</summary>
    /// <param name="exportFiles">The exports of "Chiffre d'affaire par entrepreneur", e.g. one per year.</param>
    /// <param name="mapping">The CAE's labels.</param>
    /// <param name="peopleFile">The export of "porteurs actifs sur la période", or <c>null</c>.</param>
    /// <param name="policy">When given, sociétariat dates off its assembly calendar are reported as warnings.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">No export is given.</exception>
    /// <exception cref="InputException">A file is missing or unreadable, or its header lacks a required column.</exception>
    public static EndiImport Import(IReadOnlyList<string> exportFiles, EndiMapping mapping, string? peopleFile = null, CaePolicy? policy = null)
    {
        Guard.NotNull(mapping, nameof(mapping));
        var exports = Files(exportFiles);
        var people = peopleFile is null ? ((byte[], string)?)null : (ReadAllBytes(peopleFile), peopleFile);
        return Import(exports, mapping, people, policy);
    }

    /// <summary>Lists every antenna and exit reason found in exports, for a mapping template.</summary>
    /// <param name="exportFiles">The exports of "Chiffre d'affaire par entrepreneur".</param>
    /// <exception cref="ArgumentNullException"><paramref name="exportFiles"/> is null.</exception>
    /// <exception cref="ArgumentException">No export is given.</exception>
    /// <exception cref="InputException">A file is missing or unreadable, or its header lacks a required column.</exception>
    public static EndiLabels Survey(IReadOnlyList<string> exportFiles) => Survey(Files(exportFiles));

    /// <summary>Reads exports given as bytes (tests).</summary>
    internal static EndiImport Import(IReadOnlyList<(byte[] Bytes, string Name)> exports, EndiMapping mapping, (byte[] Bytes, string Name)? people, CaePolicy? policy) =>
        new EndiImporter(mapping, policy).Run(exports, people);

    /// <summary>Lists the labels of exports given as bytes (tests).</summary>
    internal static EndiLabels Survey(IReadOnlyList<(byte[] Bytes, string Name)> exports)
    {
        var antennas = new Labels();
        var reasons = new Labels();
        foreach (var (bytes, name) in exports)
        {
            var file = EndiExportFile.Load(bytes, name, new List<InputWarning>());
            foreach (var row in file.Rows)
            {
                antennas.Add(row.Antenna);
                if (row.ExitReason is not null)
                {
                    reasons.Add(row.ExitReason);
                }
            }
        }

        return new EndiLabels(antennas.ToList(), reasons.ToList());
    }

    private static List<(byte[] Bytes, string Name)> Files(IReadOnlyList<string> exportFiles)
    {
        Guard.NotNull(exportFiles, nameof(exportFiles));
        if (exportFiles.Count == 0)
        {
            throw new ArgumentException("at least one export is needed", nameof(exportFiles));
        }

        return exportFiles.Select(f => (ReadAllBytes(f), f)).ToList();
    }

    private static byte[] ReadAllBytes(string file)
    {
        Guard.NotNull(file, nameof(file));
        try
        {
            return File.ReadAllBytes(file);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new InputException($"{file}: file not found", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new InputException($"{file}: cannot read the file: {e.Message}", e);
        }
    }

    /// <summary>Labels counted case and accents free, each kept as first written.</summary>
    private sealed class Labels
    {
        private readonly Dictionary<string, int> index = new(StringComparer.Ordinal);
        private readonly List<(string Label, int Rows)> found = new();

        public void Add(string label)
        {
            var key = EndiText.Fold(label);
            if (index.TryGetValue(key, out var i))
            {
                found[i] = (found[i].Label, found[i].Rows + 1);
            }
            else
            {
                index.Add(key, found.Count);
                found.Add((label, 1));
            }
        }

        public List<EndiLabel> ToList() => found.Select(f => new EndiLabel(f.Label, f.Rows)).ToList();
    }
}
