using System.Collections.Generic;
using Cae.Domain.Organisation;
using Cae.Domain.Paths;
using C = Cae.IO.Csv.ContractColumns;

using Cae.IO.Json;

namespace Cae.IO.Csv;

/// <summary>Turns a row of <c>paths.csv</c> into a <see cref="PathRecord"/>.</summary>
/// <remarks>
/// Cells are read in the contract's column order, so the first fault of a row is the one reported. The rules
/// between cells (exit and CESA not before entry, exit date and category together) are the
/// <see cref="PathRecord"/>'s: its <c>DomainRuleException</c> names the column.
/// </remarks>
internal static class PathRowReader
{
    /// <summary>Reads the current row.</summary>
    /// <param name="cells">The row's cells.</param>
    /// <param name="file">The file name for warnings.</param>
    /// <param name="line">The row's line for warnings.</param>
    /// <param name="warnings">Receives the row's warnings (unknown gender).</param>
    /// <exception cref="CellRejection">A cell is missing or does not parse.</exception>
    /// <exception cref="Domain.Errors.DomainRuleException">A rule of the row is broken.</exception>
    public static PathRecord Read(RowCells cells, string file, int line, ICollection<InputWarning> warnings)
    {
        var id = cells.RequiredText(C.EntrepreneurId);
        var establishment = new Establishment(cells.RequiredText(C.Establishment));
        var structure = new Structure(cells.RequiredText(C.Structure));
        var entry = cells.RequiredDate(C.EntryDate);
        var cesa = cells.Date(C.CesaDate);
        var application = cells.Date(C.AssociateApplicationDate);
        var associate = cells.Date(C.AssociateDate);
        var exit = cells.Date(C.ExitDate);
        var categoryText = cells.Text(C.ExitCategory);
        ExitCategory? category = null;
        if (categoryText is not null && !ExitCategory.TryParse(categoryText, out category))
        {
            throw new CellRejection(C.ExitCategory, $"unknown exit category '{categoryText}' (creation, associate, employment, training, reorientation, other, or création, associé, emploi, formation, réorientation, autre)");
        }

        var genderText = cells.Text(C.Gender);
        var birth = cells.Date(C.BirthDate);
        var typology = new Typology(
            ReadGender(genderText, file, line, warnings),
            birth,
            cells.Text(C.ResidenceArea),
            cells.Text(C.Qualification),
            cells.Text(C.StatusAtEntry),
            cells.Text(C.IncomeAtEntry),
            cells.Text(C.Prescriber));

        return new PathRecord(id, establishment, structure, entry, cesa, application, associate, exit, category, typology);
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
