using System.Runtime.CompilerServices;
using ScoGraph.GraphQL.Language.Ast;
using ScoGraph.GraphQL.Types;

namespace ScoGraph.GraphQL.Validation.Rules;

/// <summary>
/// 5.2.3.1 Single Root Field: a subscription selects exactly one root field (after applying <c>@skip</c>/<c>@include</c>
/// and fragments as execution would, with no variables), and that field is not an introspection field.
/// </summary>
public sealed class SingleFieldSubscriptionsRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override bool EnterOperationDefinition(OperationDefinitionNode node)
        {
            if (node.Operation != OperationType.Subscription || context.Schema.SubscriptionType is not { } subscriptionType) return true;
            var operationName = node.Name?.Value;
            var fields = new RootFieldCollector(context).Collect(subscriptionType, node.SelectionSet);
            if (fields is null) return true;

            if (fields.Count > 1)
            {
                var extra = new List<SyntaxNode>();
                for (var i = 1; i < fields.Count; i++) extra.AddRange(fields[i].Nodes);
                context.Report(
                    operationName is not null
                        ? $"Subscription \"{operationName}\" must select only one top level field."
                        : "Anonymous Subscription must select only one top level field.",
                    extra);
            }
            foreach (var (_, nodes) in fields)
            {
                if (!nodes[0].Name.Value.StartsWith("__", StringComparison.Ordinal)) continue;
                context.Report(
                    operationName is not null
                        ? $"Subscription \"{operationName}\" must not select an introspection top level field."
                        : "Anonymous Subscription must not select an introspection top level field.",
                    nodes);
            }
            return true;
        }
    }

    /// <summary>The executor's field collection (spec CollectFields) over the root selection set, without variables.</summary>
    private sealed class RootFieldCollector(ValidationContext context)
    {
        private readonly List<(string Key, List<FieldNode> Nodes)> _fields = [];
        private readonly Dictionary<string, int> _indexByKey = new(StringComparer.Ordinal);
        private readonly HashSet<string> _visitedFragments = new(StringComparer.Ordinal);

        /// <summary>The grouped fields, or null when a <c>@skip</c>/<c>@include</c> condition could not be decided (reported).</summary>
        public List<(string Key, List<FieldNode> Nodes)>? Collect(ObjectType type, SelectionSetNode selectionSet) =>
            CollectInto(type, selectionSet) ? _fields : null;

        private bool CollectInto(ObjectType type, SelectionSetNode selectionSet)
        {
            RuntimeHelpers.EnsureSufficientExecutionStack();
            context.SpendFragmentWork(selectionSet.Selections.Count);
            foreach (var selection in selectionSet.Selections)
            {
                var include = ShouldInclude(selection.Directives);
                if (include is null) return false;
                if (include == false) continue;
                switch (selection)
                {
                    case FieldNode field:
                        var key = field.ResponseKey;
                        if (_indexByKey.TryGetValue(key, out var index)) _fields[index].Nodes.Add(field);
                        else
                        {
                            _indexByKey[key] = _fields.Count;
                            _fields.Add((key, [field]));
                        }
                        break;
                    case InlineFragmentNode inline:
                        if (!ConditionMatches(inline.TypeCondition, type)) continue;
                        if (!CollectInto(type, inline.SelectionSet)) return false;
                        break;
                    case FragmentSpreadNode spread:
                        if (!_visitedFragments.Add(spread.Name.Value)) continue;
                        if (context.GetFragment(spread.Name.Value) is not { } fragment || !ConditionMatches(fragment.TypeCondition, type)) continue;
                        if (!CollectInto(type, fragment.SelectionSet)) return false;
                        break;
                }
            }
            return true;
        }

        private bool ConditionMatches(NamedTypeNode? condition, ObjectType type)
        {
            if (condition is null) return true;
            var conditionType = context.Schema.GetTypeFromAst(condition);
            if (ReferenceEquals(conditionType, type)) return true;
            return conditionType is NamedType named && named.IsAbstractType() && context.Schema.IsSubType(named, type);
        }

        /// <summary>
        /// Evaluates <c>@skip</c> then <c>@include</c> with no variable values. graphql-js throws when such a condition
        /// is a variable; we report its message as a validation error instead.
        /// </summary>
        private bool? ShouldInclude(IReadOnlyList<DirectiveNode> directives)
        {
            context.SpendFragmentWork(directives.Count);
            var skip = Condition(directives, "skip");
            if (skip is null) return null;
            if (skip == true) return false;
            var include = Condition(directives, "include");
            if (include is null) return null;
            return include != false;
        }

        /// <summary>
        /// The literal <c>if</c> of the named directive; when the directive is absent, the value that changes nothing
        /// (false for skip, true for include); null when it cannot be decided.
        /// </summary>
        private bool? Condition(IReadOnlyList<DirectiveNode> directives, string name)
        {
            DirectiveNode? directive = null;
            foreach (var candidate in directives)
                if (candidate.Name.Value == name) { directive = candidate; break; }
            if (directive is null) return name == "include";
            context.SpendFragmentWork(directive.Arguments.Count);
            foreach (var argument in directive.Arguments)
            {
                if (argument.Name.Value != "if") continue;
                switch (argument.Value)
                {
                    case BooleanValueNode boolean:
                        return boolean.Value;
                    case VariableNode variable:
                        context.Report(
                            $"Argument \"if\" of required type \"Boolean!\" was provided the variable \"${variable.Name.Value}\" which was not provided a runtime value.",
                            variable);
                        return null;
                    default:
                        // An invalid literal: graphql-js's coercion fails here too; other rules report the value.
                        return null;
                }
            }
            return null;
        }
    }
}
