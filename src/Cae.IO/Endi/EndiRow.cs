using System.Collections.Generic;
using Cae.Domain.Values;
using NodaTime;

namespace Cae.IO.Endi;

/// <summary>A row of an enDI turnover export, its cells parsed (before the exports are merged).</summary>
internal sealed class EndiRow
{
    public EndiRow(string file, int line, string id)
    {
        File = file;
        Line = line;
        Id = id;
    }

    /// <summary>The export's name.</summary>
    public string File { get; }

    /// <summary>The physical line the row starts on.</summary>
    public int Line { get; }

    /// <summary><c>ID Utilisateur</c>.</summary>
    public string Id { get; }

    /// <summary><c>Prénom Nom</c>, when the export has them, to name the person in messages.</summary>
    public string? Name { get; set; }

    public string Antenna { get; set; } = string.Empty;

    public LocalDate Entry { get; set; }

    public LocalDate? Contract { get; set; }

    public LocalDate? Societariat { get; set; }

    public LocalDate? Exit { get; set; }

    public string? ExitReason { get; set; }

    public string? Sex { get; set; }

    public string? Zone { get; set; }

    public string? StatusAtEntry { get; set; }

    /// <summary><c>CA TOTAL</c>, when the export has it and the cell is not empty.</summary>
    public Money? Total { get; set; }

    /// <summary>The header of each month column, as written (to name the column in messages).</summary>
    public IReadOnlyDictionary<YearMonth, string> MonthHeaders { get; set; } = new Dictionary<YearMonth, string>();

    /// <summary>The non-empty month cells, in column order.</summary>
    public List<(YearMonth Month, Money Turnover)> Months { get; } = new();

    /// <summary>The person as named in messages: <c>'1234' (Prénom Nom)</c>.</summary>
    public string Who => Name is null ? $"'{Id}'" : $"'{Id}' ({Name})";

    /// <summary>Where the row is: <c>file:line</c>.</summary>
    public string Where => $"{File}:{Line}";
}
