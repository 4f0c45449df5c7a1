namespace ScoGraph.Domain.Ports;

/// <summary>
/// Conditions on the columns of <see cref="Indexing.EntityIndexEntry"/>; all given conditions must hold (AND).
/// Null means "no condition".
/// </summary>
/// <param name="Ids">Only these ids.</param>
/// <param name="NameContains">Normalized name or one alias contains this text (normalize with <see cref="Indexing.TextNormalizer"/>).</param>
/// <param name="From">The entity's main period possibly overlaps <c>From..To</c> (inclusive, either end may be open).</param>
/// <param name="Category">Exact category (meeting kind, agreement kind, new membership status...).</param>
/// <param name="Place">Exact city or place, compared normalized.</param>
/// <param name="References">The entity refers to every one of these ids (participant, host, party, state, post...).</param>
/// <param name="Categories">The category is one of these (several meeting or agreement kinds); empty matches nothing.
/// Answer it with the category index in the same single query, pages, cursors and total as any other filter.</param>
/// <param name="TextContains">Normalized name, an alias, or (sources) the publisher contains this text (normalize with
/// <see cref="Indexing.TextNormalizer"/>).</param>
/// <param name="Language">Sources in this language, compared case-insensitively.</param>
/// <param name="InForceOn">Agreements in force on this day, at least possibly (<c>Agreement.InForce()?.HoldsOn(day)</c>).</param>
/// <param name="InForceCertainOnly">With <paramref name="InForceOn"/>: only agreements certainly in force that day.</param>
/// <param name="Places">The city or place is one of these, compared normalized (a city and its former names); empty
/// matches nothing.</param>
public sealed record EntityFilter(
    IReadOnlyCollection<string>? Ids = null,
    string? NameContains = null,
    DateOnly? From = null,
    DateOnly? To = null,
    string? Category = null,
    string? Place = null,
    IReadOnlyCollection<string>? References = null,
    IReadOnlyCollection<string>? Categories = null,
    string? TextContains = null,
    string? Language = null,
    DateOnly? InForceOn = null,
    bool InForceCertainOnly = false,
    IReadOnlyCollection<string>? Places = null)
{
    public static EntityFilter None { get; } = new();
}
