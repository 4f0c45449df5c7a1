using System.Runtime.CompilerServices;
using ScoGraph.GraphQL.Language.Ast;

namespace ScoGraph.GraphQL.Validation.Rules;

/// <summary>
/// 5.5.2.2 Fragment Spreads Must Not Form Cycles: a depth-first search from each fragment, reporting each cycle
/// once with the spreads that form it.
/// </summary>
public sealed class NoFragmentCyclesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
        private readonly List<FragmentSpreadNode> _spreadPath = [];
        private readonly Dictionary<string, int> _spreadPathIndexByName = new(StringComparer.Ordinal);

        public override bool EnterOperationDefinition(OperationDefinitionNode node) => false;

        public override bool EnterFragmentDefinition(FragmentDefinitionNode node)
        {
            DetectCycles(node);
            return false;
        }

        private void DetectCycles(FragmentDefinitionNode fragment)
        {
            RuntimeHelpers.EnsureSufficientExecutionStack();
            var fragmentName = fragment.Name.Value;
            if (!_visited.Add(fragmentName)) return;
            var spreads = context.GetFragmentSpreads(fragment.SelectionSet);
            if (spreads.Count == 0) return;

            _spreadPathIndexByName[fragmentName] = _spreadPath.Count;
            foreach (var spread in spreads)
            {
                var spreadName = spread.Name.Value;
                _spreadPath.Add(spread);
                if (!_spreadPathIndexByName.TryGetValue(spreadName, out var cycleIndex))
                {
                    if (context.GetFragment(spreadName) is { } target) DetectCycles(target);
                }
                else
                {
                    var cyclePath = _spreadPath.GetRange(cycleIndex, _spreadPath.Count - cycleIndex);
                    var via = new List<string>(cyclePath.Count);
                    for (var i = 0; i < cyclePath.Count - 1; i++) via.Add('"' + cyclePath[i].Name.Value + '"');
                    context.Report(
                        $"Cannot spread fragment \"{spreadName}\" within itself" + (via.Count > 0 ? $" via {string.Join(", ", via)}." : "."),
                        cyclePath);
                }
                _spreadPath.RemoveAt(_spreadPath.Count - 1);
            }
            _spreadPathIndexByName.Remove(fragmentName);
        }
    }
}
