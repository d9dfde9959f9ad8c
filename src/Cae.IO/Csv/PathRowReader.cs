using System.Collections.Generic;
using Cae.Domain.Errors;
using Cae.Domain.Organisation;
using Cae.Domain.Paths;
using Cae.Rules.Data;
using NodaTime;
using C = Cae.IO.Csv.ContractColumns;

namespace Cae.IO.Csv;

/// <summary>
/// Reads a row of <c>paths.csv</c> into path columns, with the checks a <see cref="PathRecord"/> makes and the
/// contract's date range, and no object a row.
/// </summary>
internal static class PathRowReader
{
    /// <summary>Reads the current row into the columns, or says why it is rejected.</summary>
    /// <exception cref="CellRejection">A cell cannot be read.</exception>
    /// <exception cref="DomainRuleException">The row breaks a rule of a path.</exception>
    public static Rejection? Read(RowCells cells, PathColumns into, string file, int line, ICollection<InputWarning> warnings)
    {
        var id = cells.RequiredText(C.EntrepreneurId);
        var establishment = cells.RequiredSharedText(C.Establishment);
        var structure = cells.RequiredSharedText(C.Structure);
        var entry = cells.RequiredDate(C.EntryDate);
        var cesa = cells.Date(C.CesaDate);
        var application = cells.Date(C.AssociateApplicationDate);
        var associate = cells.Date(C.AssociateDate);
        var exit = cells.Date(C.ExitDate);
        var categoryText = cells.SharedText(C.ExitCategory);
        ExitCategory? category = null;
        if (categoryText is not null && !ExitCategory.TryParse(categoryText, out category))
        {
            throw new CellRejection(C.ExitCategory, $"unknown exit category '{categoryText}' (creation, associate, employment, training, reorientation, other, or création, associé, emploi, formation, réorientation, autre)");
        }

        var genderText = cells.SharedText(C.Gender);
        var birth = cells.Date(C.BirthDate);
        var gender = ReadGender(genderText, file, line, warnings);
        var residence = cells.SharedText(C.ResidenceArea);
        var qualification = cells.SharedText(C.Qualification);
        var status = cells.SharedText(C.StatusAtEntry);
        var income = cells.SharedText(C.IncomeAtEntry);
        var prescriber = cells.SharedText(C.Prescriber);
        if (!TryAdd(into, id, establishment, structure, entry, cesa, application, associate, exit, category, gender, birth, residence, qualification, status, income, prescriber, out var problem, out var rejection))
        {
            return rejection ?? throw problem!;
        }

        return null;
    }

    /// <summary>
    /// Adds a path whose cells are read, once it keeps the rules of a path and the contract's date range; or gives
    /// the rule it breaks (<paramref name="problem"/>) or the date out of range (<paramref name="rejection"/>), adding nothing.
    /// </summary>
    /// <remarks>Both row readers end here: the one over the reader's fields and the one over a line's bytes (<see cref="PathLineReader"/>).</remarks>
    public static bool TryAdd(
        PathColumns into,
        string id,
        string establishment,
        string structure,
        LocalDate entry,
        LocalDate? cesa,
        LocalDate? application,
        LocalDate? associate,
        LocalDate? exit,
        ExitCategory? category,
        Gender gender,
        LocalDate? birth,
        string? residence,
        string? qualification,
        string? status,
        string? income,
        string? prescriber,
        out DomainRuleException? problem,
        out Rejection? rejection)
    {
        problem = PathRecord.Problem(id, new Establishment(establishment), new Structure(structure), entry, cesa, exit, category);
        rejection = problem is null ? CaeDatasetBuilder.CheckPathDates(entry, cesa, application, associate, exit, birth) : null;
        if (problem is not null || rejection is not null)
        {
            return false;
        }

        into.Add(id, establishment, structure, entry, cesa, application, associate, exit, category, gender, birth, residence, qualification, status, income, prescriber);
        return true;
    }

    private static Gender ReadGender(string? text, string file, int line, ICollection<InputWarning> warnings)
    {
        if (!GenderCell.TryRead(text, out var gender))
        {
            warnings.Add(new InputWarning(file, line, C.Gender, $"unknown gender '{text}' counted as unknown (F or M expected)"));
        }

        return gender;
    }
}
