using System.Runtime.CompilerServices;
using ScoGraph.GraphQL.Language.Ast;
using ScoGraph.GraphQL.Types;

namespace ScoGraph.GraphQL.Execution;

/// <summary>CollectFields (spec 6.3.2): fragments expanded, @skip/@include applied, same response keys merged.</summary>
internal sealed class FieldCollector
{
    private readonly OperationExecution _execution;
    private readonly ObjectType _type;
    private readonly List<CollectedField> _fields = [];
    private Dictionary<string, CollectedField>? _byKey;
    private HashSet<string>? _visitedFragments;

    public FieldCollector(OperationExecution execution, ObjectType type)
    {
        _execution = execution;
        _type = type;
    }

    public void Collect(SelectionSetNode selectionSet)
    {
        // Spreads chain fragment definitions, so nesting here is not bounded by the parser's per-definition limit.
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw new GraphQLException("The operation nests fragments too deeply to be executed.");
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    if (!ShouldInclude(field.Directives)) continue;
                    AddField(field);
                    break;
                case InlineFragmentNode inline:
                    if (!ShouldInclude(inline.Directives) || !DoesFragmentConditionMatch(inline.TypeCondition)) continue;
                    Collect(inline.SelectionSet);
                    break;
                case FragmentSpreadNode spread:
                    var name = spread.Name.Value;
                    if ((_visitedFragments?.Contains(name) ?? false) || !ShouldInclude(spread.Directives)) continue;
                    (_visitedFragments ??= new HashSet<string>(StringComparer.Ordinal)).Add(name);
                    if (!_execution.Fragments.TryGetValue(name, out var fragment) || !DoesFragmentConditionMatch(fragment.TypeCondition)) continue;
                    Collect(fragment.SelectionSet);
                    break;
            }
        }
    }

    /// <summary>The collected fields the type has (graphql-js leaves unknown fields out of the response), with their keys.</summary>
    public CollectedSelection ToSelection()
    {
        var fields = _fields.Where(f => f.Definition is not null).ToArray();
        return new CollectedSelection(fields, new ResultShape(fields.Select(f => f.ResponseKey).ToArray()));
    }

    private void AddField(FieldNode node)
    {
        var key = node.ResponseKey;
        if (_byKey is null)
        {
            // Most selections are small: a linear scan beats hashing until there are a few fields.
            foreach (var existing in _fields)
            {
                if (existing.ResponseKey == key) { existing.Nodes.Add(node); return; }
            }
            if (_fields.Count >= 8) _byKey = _fields.ToDictionary(f => f.ResponseKey, StringComparer.Ordinal);
        }
        else if (_byKey.TryGetValue(key, out var found))
        {
            found.Nodes.Add(node);
            return;
        }
        var field = new CollectedField(key, node);
        field.IsTypeName = node.Name.Value == "__typename";
        field.Definition = _execution.GetFieldDefinition(_type, node.Name.Value);
        _fields.Add(field);
        _byKey?.Add(key, field);
    }

    private bool DoesFragmentConditionMatch(NamedTypeNode? condition)
    {
        if (condition is null) return true;
        var conditionType = _execution.Schema.GetType(condition.Name.Value);
        if (ReferenceEquals(conditionType, _type)) return true;
        return conditionType is InterfaceType or UnionType && _execution.Schema.IsSubType(conditionType, _type);
    }

    /// <summary>@skip(if: true) and @include(if: false) drop a selection (spec 6.3.2 step 3); skip is checked first, as in graphql-js.</summary>
    private bool ShouldInclude(IReadOnlyList<DirectiveNode> directives)
    {
        if (directives.Count == 0) return true;
        if (Find(directives, "skip") is { } skip && Condition(skip, BuiltInDirectives.Skip)) return false;
        if (Find(directives, "include") is { } include && !Condition(include, BuiltInDirectives.Include)) return false;
        return true;
    }

    private static DirectiveNode? Find(IReadOnlyList<DirectiveNode> directives, string name)
    {
        foreach (var directive in directives)
        {
            if (directive.Name.Value == name) return directive;
        }
        return null;
    }

    private bool Condition(DirectiveNode directive, DirectiveDefinition definition)
    {
        if (!InputCoercion.TryGetArgumentValues(definition.Arguments, directive, directive.Arguments, _execution.Variables, out var values, out var error))
        {
            throw new GraphQLErrorException(error);
        }
        return values.TryGetValue("if", out var value) && value is true;
    }
}
