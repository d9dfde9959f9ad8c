using System.Collections.Generic;
using System.Linq;
using Cae.Domain.Errors;
using Cae.Domain.Organisation;
using Cae.Domain.Paths;
using Cae.Domain.Policy;
using Cae.IO.Csv;
using NodaTime;
using C = Cae.IO.Endi.EndiColumns;

namespace Cae.IO.Endi;

// A person's path: built from their latest row, with the checks of their entry dates and admission, and the rejection of all their rows together.
internal sealed partial class EndiImporter
{
    private PathRecord Path(EndiRow row, EndiPeopleFile? people)
    {
        LocalDate? exit = null;
        ExitCategory? category = null;
        if (row.Societariat is { } admitted && (row.Exit is not { } left || left >= admitted))
        {
            // An associate leaves the support path on entering the sociétariat (a later exit leaves the CAE itself).
            exit = admitted;
            category = ExitCategory.Associate;
        }
        else if (row.Exit is { } left2)
        {
            if (row.Societariat is { } late)
            {
                throw new CellRejection(C.SocietariatDate, $"{Day(late)} is after the exit ({Day(left2)}); an associate leaves the support path on entering the sociétariat");
            }

            if (row.ExitReason is null)
            {
                throw new CellRejection(C.ExitReason, $"required value missing: the exit of {Day(left2)} needs its reason");
            }

            if (!mapping.TryGetCategory(row.ExitReason, out category))
            {
                var key = EndiText.Fold(row.ExitReason);
                unmapped[key] = unmapped.TryGetValue(key, out var count) ? (count.Label, count.Paths + 1) : (row.ExitReason, 1);
                throw new CellRejection(C.ExitReason, $"exit reason '{row.ExitReason}' is not mapped to a category (add it to exit_categories in the mapping)");
            }

            exit = left2;
        }

        if (!EndiSex.TryRead(row.Sex, out var gender))
        {
            warnings.Add(new InputWarning(row.File, row.Line, C.Sex, $"unknown value '{row.Sex}' counted as unknown (F, Femme, Madame, M, H, Homme, Monsieur)"));
        }

        EndiPeopleFile.Person? extra = null;
        people?.People.TryGetValue(row.Id, out extra);
        var typology = new Typology(gender, extra?.BirthDate, row.Zone, extra?.StudyLevel, extra?.StatusAtEntry ?? row.StatusAtEntry, null, extra?.Prescriber);
        try
        {
            return new PathRecord(row.Id, new Establishment(mapping.EstablishmentOf(row.Antenna)), new Structure(mapping.Structure), row.Entry, row.Contract, null, row.Societariat, exit, category, typology);
        }
        catch (DomainRuleException e)
        {
            throw new CellRejection(ColumnOf(e.Field), e.Value is null ? e.Rule : $"{e.Rule} (got {e.Value})");
        }
    }

    private void CheckEntryDates(List<EndiRow> rows)
    {
        var latest = rows[rows.Count - 1];
        foreach (var row in rows.Take(rows.Count - 1).Where(r => r.Entry != latest.Entry))
        {
            warnings.Add(new InputWarning(latest.File, latest.Line, C.EntryDate, $"{latest.Who}: {Day(latest.Entry)} here, {Day(row.Entry)} in {row.Where}; the latest export's date is kept"));
        }
    }

    private void CheckAssembly(PathRecord path, EndiRow row)
    {
        if (policy is not null && policy.Admission == AdmissionMode.NextAssembly && path.AssociateDate is { } admitted && !policy.Assemblies.Contains(admitted))
        {
            warnings.Add(new InputWarning(row.File, row.Line, C.SocietariatDate, $"{Day(admitted)} is not a general-assembly date of the policy (admission rule not followed); the row is kept"));
        }
    }

    private void RejectAll(IEnumerable<EndiRow> rows, RejectedRow cause)
    {
        foreach (var row in rows.Where(r => r.File != cause.File || r.Line != cause.Line))
        {
            rejected.Add(new RejectedRow(row.File, row.Line, C.UserId, $"the row of {row.Who} in {cause.File}:{cause.Line} was rejected; a person's rows are kept or rejected together"));
        }
    }

    private static string ColumnOf(string field) => field switch
    {
        "entrepreneur_id" => C.UserId,
        "establishment" => C.Antenna,
        "entry_date" => C.EntryDate,
        "cesa_date" => C.ContractDate,
        "associate_date" => C.SocietariatDate,
        "exit_date" => C.ExitDate,
        "exit_category" => C.ExitReason,
        _ => field,
    };
}
