using System;
using System.Collections.Generic;
using Cae.Domain.Errors;
using Cae.Domain.Organisation;
using Cae.Domain.Sessions;
using Cae.IO.Csv;
using C = Cae.IO.Sessions.SessionColumns;

namespace Cae.IO.Sessions;

/// <summary>
/// Reads <c>candidates.csv</c>, a <see cref="Candidate"/> per row, with the rejections of the other files, a repeated
/// <c>candidate_id</c> (the later row is rejected) and an <c>entrepreneur_id</c> absent from the accepted paths.
/// </summary>
internal sealed class CandidatesLoad : FileLoad
{
    private readonly ISet<string> people;
    private readonly Dictionary<string, int> seen = new(StringComparer.Ordinal);

    public CandidatesLoad(string file, LoadDiagnostics diagnostics, ISet<string> people)
        : base(file, diagnostics)
    {
        this.people = people;
    }

    /// <summary>The candidates accepted, in file order.</summary>
    public List<Candidate> Accepted { get; } = new();

    protected override IReadOnlyList<string> ContractColumnNames => C.Candidates;

    protected override IReadOnlyList<string> RequiredColumns => C.CandidatesRequired;

    protected override (string Column, string Reason)? ReadRow(ByteCsvReader reader, RowCells cells, int line, List<InputWarning> warnings)
    {
        try
        {
            var id = cells.RequiredText(C.CandidateId);
            var date = DateRange.Check(cells.RequiredDate(C.SessionDate), C.SessionDate);
            var establishment = new Establishment(cells.RequiredSharedText(C.Establishment));
            var prescriber = cells.SharedText(C.Prescriber);
            var person = cells.Text(C.EntrepreneurId);
            var candidate = new Candidate(id, date, establishment, prescriber, person);
            if (seen.TryGetValue(candidate.CandidateId, out var first))
            {
                return (C.CandidateId, FormattableString.Invariant($"candidate_id '{CellText.Quote(candidate.CandidateId)}' repeats an earlier row (line {first}); the first row is kept"));
            }

            if (candidate.EntrepreneurId is { } joined && !people.Contains(joined))
            {
                return (C.EntrepreneurId, $"entrepreneur_id '{CellText.Quote(joined)}' is not in paths.csv");
            }

            seen.Add(candidate.CandidateId, line);
            Accepted.Add(candidate);
            return null;
        }
        catch (CellRejection e)
        {
            return (e.Column, e.Reason);
        }
        catch (DomainRuleException e)
        {
            return (e.Field, e.Value is null ? e.Rule : $"{e.Rule} (got {CellText.Quote(e.Value)})");
        }
    }
}
