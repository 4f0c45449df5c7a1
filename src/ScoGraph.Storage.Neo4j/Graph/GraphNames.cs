using ScoGraph.Domain.Facts;
using ScoGraph.Domain.Model;

namespace ScoGraph.Storage.Neo4j.Graph;

/// <summary>
/// Every label and relationship type the adapter writes, from fixed tables: labels and types cannot be Cypher
/// parameters (semantics page 3), so these are the only names ever spliced into statement text.
/// </summary>
internal static class GraphNames
{
    public const string Item = "Item";
    public const string Version = "Version";
    public const string HasVersion = "HAS_VERSION";

    /// <summary>A field fact: (entity)-[:FIELD {predicate, value}]->(the version that states it).</summary>
    public const string Field = "FIELD";

    /// <summary>A claim fact: (subject)-[:CLAIMED {predicate, value}]->(the claim's identity node).</summary>
    public const string Claimed = "CLAIMED";

    private static readonly Dictionary<EntityKind, string> KindLabels = new()
    {
        [EntityKind.State] = "State",
        [EntityKind.Organization] = "Organization",
        [EntityKind.Official] = "Official",
        [EntityKind.Post] = "Post",
        [EntityKind.Tenure] = "Tenure",
        [EntityKind.Meeting] = "Meeting",
        [EntityKind.Agreement] = "Agreement",
        [EntityKind.MembershipChange] = "MembershipChange",
        [EntityKind.Source] = "Source",
        [EntityKind.Claim] = "Claim",
    };

    /// <summary>Relation predicates (subject → object, both identity nodes) and their relationship types.</summary>
    private static readonly Dictionary<string, string> RelationTypes = new(StringComparer.Ordinal)
    {
        [Predicates.Nationality] = "NATIONALITY",
        [Predicates.Parent] = "PART_OF",
        [Predicates.BelongsTo] = "BELONGS_TO",
        [Predicates.HoldsPost] = "HOLDS_POST",
        [Predicates.ParticipatedIn] = "PARTICIPATED_IN",
        [Predicates.HostedBy] = "HOSTED_BY",
        [Predicates.HeldIn] = "HELD_IN",
        [Predicates.SignedAt] = "SIGNED_AT",
        [Predicates.PartyTo] = "PARTY_TO",
        [Predicates.MembershipChange] = "CHANGED_STATUS",
        [Predicates.DecidedAt] = "DECIDED_AT",
        [Predicates.Cites] = "CITES",
        [Predicates.SucceededBy] = "SUCCEEDED_BY",
    };

    /// <summary>Every relationship type a fact can have, in a fixed order.</summary>
    public static IReadOnlyList<string> FactTypes { get; } = [.. RelationTypes.Values, Field, Claimed];

    public static IEnumerable<EntityKind> Kinds => KindLabels.Keys;

    /// <summary>The identity node's kind label (<c>:State</c>...).</summary>
    public static string KindLabel(EntityKind kind) => KindLabels.TryGetValue(kind, out var label)
        ? label
        : throw new ArgumentException($"{(int)kind} is not an entity kind", nameof(kind));

    /// <summary>The version node's per-kind label (<c>:StateVersion</c>...), which the list indexes are on.</summary>
    public static string VersionLabel(EntityKind kind) => KindLabel(kind) + "Version";

    /// <summary>The relationship type a fact is stored as.</summary>
    public static string TypeOf(Fact fact) => fact.Origin switch
    {
        FactOrigin.Field => Field,
        FactOrigin.Claim => Claimed,
        _ => RelationTypes.TryGetValue(fact.Predicate, out var type)
            ? type
            : throw new ArgumentException($"the relation predicate \"{fact.Predicate}\" has no relationship type"),
    };

    /// <summary>
    /// The relationship types that can hold facts of these predicates (null = all). Field predicates live on FIELD;
    /// any predicate may also be claimed, so CLAIMED is always included.
    /// </summary>
    public static IReadOnlyList<string> TypesFor(IReadOnlyCollection<string>? predicates)
    {
        if (predicates is null) return FactTypes;
        var types = new List<string>();
        foreach (var type in FactTypes)
        {
            var relation = RelationTypes.Where(p => p.Value == type).Select(p => p.Key).FirstOrDefault();
            var wanted = type switch
            {
                Field => predicates.Any(p => !RelationTypes.ContainsKey(p)),
                Claimed => true,
                _ => relation is not null && predicates.Contains(relation),
            };
            if (wanted) types.Add(type);
        }
        return types;
    }

    /// <summary>The pattern <c>:A|B|C</c> of these types.</summary>
    public static string TypePattern(IEnumerable<string> types) => ":" + string.Join('|', types);

    public static bool IsRelationPredicate(string predicate) => RelationTypes.ContainsKey(predicate);
}
