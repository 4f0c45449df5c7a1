using System.Collections;
using ScoGraph.GraphQL.Language.Ast;

namespace ScoGraph.GraphQL.Tests.Language;

/// <summary>
/// Structural comparison of two ASTs that ignores locations: record equality alone compares the
/// child lists by reference, which is not what a round-trip test means.
/// </summary>
internal static class AstEquivalence
{
    /// <summary>Null when equivalent, else a path to the first difference.</summary>
    public static string? FindDifference(object? left, object? right, string path = "$")
    {
        if (left is null || right is null)
        {
            return left is null && right is null ? null : $"{path}: {Describe(left)} vs {Describe(right)}";
        }
        if (left.GetType() != right.GetType())
        {
            return $"{path}: {left.GetType().Name} vs {right.GetType().Name}";
        }
        if (left is string or bool or Enum)
        {
            return left.Equals(right) ? null : $"{path}: {Describe(left)} vs {Describe(right)}";
        }
        if (left is IList leftList && right is IList rightList)
        {
            if (leftList.Count != rightList.Count)
            {
                return $"{path}: {leftList.Count} items vs {rightList.Count}";
            }
            for (var i = 0; i < leftList.Count; i++)
            {
                if (FindDifference(leftList[i], rightList[i], $"{path}[{i}]") is { } difference)
                {
                    return difference;
                }
            }
            return null;
        }
        if (left is SyntaxNode)
        {
            foreach (var property in left.GetType().GetProperties())
            {
                if (property.Name is nameof(SyntaxNode.Location) or "EqualityContract" || property.GetIndexParameters().Length > 0)
                {
                    continue;
                }
                if (FindDifference(property.GetValue(left), property.GetValue(right), $"{path}.{property.Name}") is { } difference)
                {
                    return difference;
                }
            }
            return null;
        }
        return Equals(left, right) ? null : $"{path}: {Describe(left)} vs {Describe(right)}";
    }

    private static string Describe(object? value) => value is null ? "null" : $"'{value}'";
}
