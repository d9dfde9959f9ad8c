using System.Collections.Generic;
using Cae.IO.Csv;
using NodaTime;
using C = Cae.IO.Endi.EndiColumns;

namespace Cae.IO.Endi;

/// <summary>
/// Reads the data query "porteurs actifs sur la période" (<c>--people</c>): per <c>ID Utilisateur</c>, the study
/// level, the prescriber, the birth date and the social status at entry, for the typology.
/// </summary>
internal sealed class EndiPeopleFile
{
    /// <summary>What one row gives to the typology.</summary>
    public sealed record Person(string File, int Line, string? StudyLevel, string? Prescriber, LocalDate? BirthDate, string? StatusAtEntry);

    private EndiPeopleFile()
    {
    }

    /// <summary>The rows read, by <c>ID Utilisateur</c>.</summary>
    public Dictionary<string, Person> People { get; } = new(System.StringComparer.Ordinal);

    /// <summary>The rows rejected.</summary>
    public List<RejectedRow> Rejected { get; } = new();

    /// <summary>Reads the file's bytes.</summary>
    /// <exception cref="InputException">The file is empty, or its header lacks <c>ID Utilisateur</c>.</exception>
    public static EndiPeopleFile Load(byte[] bytes, string name)
    {
        var result = new EndiPeopleFile();
        var reader = EndiRecordReader.Open(bytes, name);
        if (!reader.Read())
        {
            throw new InputException($"{name}:1: header: the file is empty; an enDI export starts with its header row");
        }

        // The query has many more columns than the typology needs: only the ones read are looked at.
        var header = EndiHeader.Read(reader, name, C.People, C.PeopleRequired, withMonths: false, otherColumns: System.Array.Empty<string>(), new List<InputWarning>());
        while (reader.Read())
        {
            var cells = new EndiRowCells(reader, header);
            try
            {
                if (reader.InvalidUtf8.Field >= 0)
                {
                    throw new CellRejection(header.NameAt(reader.InvalidUtf8.Field), $"not valid UTF-8 (byte 0x{reader.InvalidUtf8.Byte:X2})");
                }

                var id = cells.RequiredText(C.UserId);
                if (result.People.TryGetValue(id, out var first))
                {
                    throw new CellRejection(C.UserId, $"'{id}' repeats line {first.Line} of this file; the first row is kept");
                }

                result.People.Add(id, new Person(name, reader.Line, cells.Text(C.StudyLevel), cells.Text(C.Prescriber), cells.Date(C.BirthDate), cells.Text(C.StatusAtEntry)));
            }
            catch (CellRejection e)
            {
                result.Rejected.Add(new RejectedRow(name, reader.Line, e.Column, e.Reason));
            }
        }

        return result;
    }
}
