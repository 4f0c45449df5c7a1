using ScoGraph.Domain.Model;

namespace ScoGraph.Api.Mutations;

/// <summary>
/// How one upsert/record mutation reads its <c>input</c>: the mutation field, its payload type and the payload's
/// node field, the mapping to a domain entity, and the renaming of domain field names the input spells differently
/// (a state's <c>id</c> is its <c>iso3</c>).
/// </summary>
public sealed record EntityInput(
    string MutationField,
    string PayloadType,
    string PayloadField,
    Func<InputReader, Entity> Read,
    IReadOnlyDictionary<string, string>? InputNames = null)
{
    /// <summary>The input's name for a domain field (the first path segment of a validation issue).</summary>
    public string InputName(string domainField) =>
        InputNames is not null && InputNames.TryGetValue(domainField, out var name) ? name : domainField;
}
