using System.Runtime.CompilerServices;
using ScoGraph.GraphQL.Language.Ast;

namespace ScoGraph.GraphQL.Validation.Rules;

/// <summary>
/// Not a spec rule: graphql-js 16's recommended guard (part of its default rules) against introspection queries
/// that nest the list fields <c>fields</c>, <c>interfaces</c>, <c>possibleTypes</c> and <c>inputFields</c> three
/// or more levels deep below <c>__schema</c> or <c>__type</c>, which can be made exponentially expensive.
/// </summary>
public sealed class MaxIntrospectionDepthRule : IValidationRule
{
    private const int MaxListsDepth = 3;

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        // Per fragment: the greatest entry depth at which its check passed, and the smallest at which it failed.
        private readonly Dictionary<string, int> _checked = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _exceeded = new(StringComparer.Ordinal);

        public override bool EnterField(FieldNode node)
        {
            var name = node.Name.Value;
            if (name is not ("__schema" or "__type")) return true;
            var visited = new Dictionary<string, int>(StringComparer.Ordinal);
            if (!ReachesLimit(node, visited, 0)) return true;
            context.Report("Maximum introspection depth exceeded", node);
            return false;
        }

        private bool ReachesLimit(SyntaxNode node, Dictionary<string, int> visited, int depth)
        {
            RuntimeHelpers.EnsureSufficientExecutionStack();
            if (node is FragmentSpreadNode spread)
            {
                var fragmentName = spread.Name.Value;
                if (_exceeded.TryGetValue(fragmentName, out var exceededDepth) && exceededDepth <= depth) return true;
                if ((visited.TryGetValue(fragmentName, out var visitedDepth) && visitedDepth >= depth) ||
                    (_checked.TryGetValue(fragmentName, out var checkedDepth) && checkedDepth >= depth))
                    return false;
                if (context.GetFragment(fragmentName) is not { } fragment) return false;
                visited[fragmentName] = depth;
                if (ReachesLimit(fragment, visited, depth))
                {
                    _exceeded[fragmentName] = depth;
                    return true;
                }
                _checked[fragmentName] = depth;
                return false;
            }

            if (node is FieldNode { Name.Value: "fields" or "interfaces" or "possibleTypes" or "inputFields" })
            {
                depth++;
                if (depth >= MaxListsDepth) return true;
            }

            var selectionSet = node switch
            {
                FieldNode field => field.SelectionSet,
                InlineFragmentNode inline => inline.SelectionSet,
                FragmentDefinitionNode fragment => fragment.SelectionSet,
                _ => null,
            };
            if (selectionSet is null) return false;
            foreach (var child in selectionSet.Selections)
                if (ReachesLimit(child, visited, depth)) return true;
            return false;
        }
    }
}
