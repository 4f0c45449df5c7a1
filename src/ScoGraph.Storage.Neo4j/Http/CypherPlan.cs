using System.Text.Json;

namespace ScoGraph.Storage.Neo4j.Http;

/// <summary>Reading the <c>plan.root</c> that <see cref="ICypherSession.PlanAsync"/> returns (semantics page, section 10).</summary>
public static class CypherPlan
{
    /// <summary>
    /// The operator names of a plan, depth-first from the root, without the runtime suffix
    /// (<c>NodeUniqueIndexSeek@neo4j</c> → <c>NodeUniqueIndexSeek</c>), so tests can say "no NodeByLabelScan".
    /// </summary>
    public static IReadOnlyList<string> PlanOperators(JsonElement root)
    {
        var operators = new List<string>();
        Walk(root, operators);
        return operators;
    }

    private static void Walk(JsonElement node, List<string> operators)
    {
        if (node.ValueKind != JsonValueKind.Object) return;
        if (node.TryGetProperty("operatorType", out var type) && type.GetString() is string name)
        {
            var at = name.IndexOf('@', StringComparison.Ordinal);
            operators.Add(at >= 0 ? name[..at] : name);
        }
        if (node.TryGetProperty("children", out var children) && children.ValueKind == JsonValueKind.Array)
            foreach (var child in children.EnumerateArray()) Walk(child, operators);
    }
}
