namespace ScoGraph.Domain.Facts;

/// <summary>
/// Two or more current facts (claims, or a claim and the subject's own field) that give different values for the
/// same subject and predicate. All of them are kept; this only reports the disagreement.
/// </summary>
/// <param name="Facts">Every fact in the group, agreeing ones included, ordered by value then item id.</param>
public sealed record Conflict(string Subject, string Predicate, IReadOnlyList<FactRecord> Facts)
{
    /// <summary>The distinct values claimed, in ordinal order.</summary>
    /// <summary>The disagreement in words: <c>entryIntoForce of sco-road-transport-agreement: "2014" (1 source) vs "2017-01-20" (2 sources)</c>.</summary>
    public string Description => $"{Predicate} of {Subject}: " + string.Join(" vs ", Values.Select(value =>
    {
        var sources = Facts.Where(f => (f.Fact.Value ?? "") == value).SelectMany(f => f.Fact.Sources.Select(s => s.SourceId)).Distinct().Count();
        return $"\"{value}\" ({sources} source{(sources == 1 ? "" : "s")})";
    }));

    public IReadOnlyList<string> Values => Facts.Select(f => f.Fact.Value ?? "").Distinct(StringComparer.Ordinal)
        .Order(StringComparer.Ordinal).ToArray();
}
