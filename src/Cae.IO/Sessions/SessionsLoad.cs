using System.Collections.Generic;
using System.Globalization;
using Cae.Domain.Errors;
using Cae.Domain.Organisation;
using Cae.Domain.Sessions;
using Cae.IO.Csv;
using C = Cae.IO.Sessions.SessionColumns;

namespace Cae.IO.Sessions;

/// <summary>Reads <c>sessions.csv</c>, a <see cref="CollectiveSession"/> per row, with the rejections of the other files and an unknown <c>kind</c>.</summary>
internal sealed class SessionsLoad : FileLoad
{
    public SessionsLoad(string file, LoadDiagnostics diagnostics)
        : base(file, diagnostics)
    {
    }

    /// <summary>The sessions accepted, in file order.</summary>
    public List<CollectiveSession> Accepted { get; } = new();

    protected override IReadOnlyList<string> ContractColumnNames => C.Sessions;

    protected override IReadOnlyList<string> RequiredColumns => C.SessionsRequired;

    protected override (string Column, string Reason)? ReadRow(ByteCsvReader reader, RowCells cells, int line, List<InputWarning> warnings)
    {
        try
        {
            var date = DateRange.Check(cells.RequiredDate(C.Date), C.Date);
            var kindText = cells.RequiredSharedText(C.Kind);
            if (!SessionKind.TryParse(kindText, out var kind))
            {
                return (C.Kind, $"unknown session kind '{CellText.Quote(kindText)}' (info_session, workshop, project_group, or information collective, atelier, groupe projet)");
            }

            var establishment = new Establishment(cells.RequiredSharedText(C.Establishment));
            var place = cells.SharedText(C.Place);
            var partner = cells.SharedText(C.Partner);
            var attendees = Count(cells.Text(C.Attendees));
            Accepted.Add(new CollectiveSession(date, kind, establishment, place, partner, attendees));
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

    /// <summary>A number of people: a whole number, 0 or more, possibly with spaces between thousands.</summary>
    private static int? Count(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var digits = text.Replace(" ", string.Empty).Replace("\u00A0", string.Empty).Replace("\u202F", string.Empty);
        if (digits.Length == 0 || digits.Length > 9 || !int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            throw new CellRejection(C.Attendees, $"'{CellText.Quote(text)}' is not a number of people (a whole number, 0 or more)");
        }

        return count;
    }
}
