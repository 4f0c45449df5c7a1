using System.Runtime.CompilerServices;
using System.Text;
using ScoGraph.GraphQL.Language.Ast;
using ScoGraph.GraphQL.Types;

namespace ScoGraph.GraphQL.Validation.Rules;

/// <summary>
/// 5.3.2 Field Selection Merging: fields that share a response name (also through fragments) must be the same field
/// with the same arguments, unless their parents are distinct object types, and must have compatible return types
/// and mergeable sub-selections. Field collections, fragment comparisons and argument comparisons are cached so the
/// check stays polynomial; graphql-js's work budget and message/location caps are kept.
/// </summary>
public sealed class OverlappingFieldsCanBeMergedRule : IValidationRule
{
    private const int MaxConflictDetailLength = 1000;
    private const int MaxConflictNodes = 20;
    private const int MaxComplexityBudget = 500_000;

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private readonly ConflictFinder _finder = new(context);

        public override bool EnterSelectionSet(SelectionSetNode node)
        {
            // Inline fragments' selections are checked as part of the enclosing selection set.
            var ancestors = context.Ancestors;
            if (ancestors.Count > 0 && ancestors[^1] is InlineFragmentNode) return true;
            var selections = node.Selections;
            if (selections.Count == 0 || (selections.Count == 1 && selections[0] is not InlineFragmentNode)) return true;

            foreach (var conflict in _finder.FindConflictsWithinSelectionSet(context.ParentType, node))
            {
                var nodes = new List<SyntaxNode>(conflict.Fields1.Count + conflict.Fields2.Count);
                nodes.AddRange(conflict.Fields1);
                nodes.AddRange(conflict.Fields2);
                context.Report(
                    $"Fields \"{Abbreviate(conflict.ResponseName)}\" conflict because {conflict.Reason}. " +
                    "Use different aliases on the fields to fetch both if this was intentional.",
                    nodes);
            }
            return true;
        }
    }

    private static string Abbreviate(string text) =>
        text.Length > MaxConflictDetailLength ? text[..MaxConflictDetailLength] + "..." : text;

    private sealed record Conflict(string ResponseName, string Reason, List<FieldNode> Fields1, List<FieldNode> Fields2);

    /// <summary>One field selection with the type it is selected on and its definition (when known).</summary>
    private sealed class FieldDetails(NamedType? parentType, FieldNode node, FieldDefinition? definition)
    {
        public NamedType? ParentType { get; } = parentType;
        public FieldNode Node { get; } = node;
        public FieldDefinition? Definition { get; } = definition;
        public bool IsSimpleLeaf { get; } = node.Arguments.Count == 0 && node.SelectionSet is null;
        public FieldInfo? Info { get; set; }
    }

    /// <summary>Lazily prepared facts about a field, only built for fields that overlap with another.</summary>
    private sealed class FieldInfo(NamedType? namedType, IReadOnlyList<ArgumentNode> arguments)
    {
        public Dictionary<FieldInfo, string?> Comparisons { get; } = new(ReferenceEqualityComparer.Instance);
        public NamedType? NamedType { get; } = namedType;
        public IReadOnlyList<ArgumentNode> Arguments { get; } = arguments;
        public Dictionary<string, ValueNode>? ArgumentValues { get; set; }
        public string? TypeString { get; set; }
    }

    /// <summary>The fields of a selection set grouped by response name (in first-seen order) plus the fragments it spreads.</summary>
    private sealed class CollectedFields
    {
        public List<(string ResponseName, List<FieldDetails> Fields)> Groups { get; } = [];
        public Dictionary<string, int> GroupIndex { get; } = new(StringComparer.Ordinal);
        public List<string> FragmentNames { get; } = [];
        public Dictionary<string, bool>? ComparedFragments { get; set; }
        public Dictionary<CollectedFields, List<(string ResponseName, List<FieldDetails> Fields1, List<FieldDetails> Fields2)>>? Overlaps { get; set; }
    }

    private sealed class ConflictFinder(ValidationContext context)
    {
        private static readonly object NoType = new();

        private readonly Dictionary<string, Dictionary<string, bool>> _comparedFragmentPairs = new(StringComparer.Ordinal);
        private readonly Dictionary<object, Dictionary<SelectionSetNode, CollectedFields>> _collected = new(ReferenceEqualityComparer.Instance);
        private readonly Dictionary<ValueNode, string> _stringifiedValues = new(ReferenceEqualityComparer.Instance);
        private int _remainingBudget = MaxComplexityBudget;

        private void Spend(int cost)
        {
            _remainingBudget -= cost;
            if (_remainingBudget < 0) throw new ValidationAbortedException(errorLimitReached: false);
        }

        public List<Conflict> FindConflictsWithinSelectionSet(NamedType? parentType, SelectionSetNode selectionSet)
        {
            var conflicts = new List<Conflict>();
            var collected = CollectFields(parentType, selectionSet);
            CollectConflictsWithin(conflicts, collected);
            var names = collected.FragmentNames;
            if (names.Count != 0 && (collected.Groups.Count != 0 || names.Count > 1))
            {
                for (var i = 0; i < names.Count; i++)
                {
                    CollectConflictsBetweenFieldsAndFragment(conflicts, false, collected, names[i]);
                    for (var j = i + 1; j < names.Count; j++)
                        CollectConflictsBetweenFragments(conflicts, false, names[i], names[j]);
                }
            }
            return conflicts;
        }

        private void CollectConflictsBetweenFieldsAndFragment(List<Conflict> conflicts, bool mutuallyExclusive,
            CollectedFields collected, string fragmentName)
        {
            RuntimeHelpers.EnsureSufficientExecutionStack();
            Spend(1);
            if (collected.Groups.Count == 0) return;
            collected.ComparedFragments ??= new Dictionary<string, bool>(StringComparer.Ordinal);
            // A comparison made for overlapping parents also covers exclusive ones, not the other way round.
            if (collected.ComparedFragments.TryGetValue(fragmentName, out var comparedExclusive) && (!comparedExclusive || mutuallyExclusive))
                return;
            collected.ComparedFragments[fragmentName] = mutuallyExclusive;

            if (context.GetFragment(fragmentName) is not { } fragment) return;
            var fragmentFields = CollectFragmentFields(fragment);
            if (ReferenceEquals(collected, fragmentFields)) return;

            CollectConflictsBetween(conflicts, mutuallyExclusive, collected, fragmentFields);
            foreach (var referenced in fragmentFields.FragmentNames)
                CollectConflictsBetweenFieldsAndFragment(conflicts, mutuallyExclusive, collected, referenced);
        }

        private void CollectConflictsBetweenFragments(List<Conflict> conflicts, bool mutuallyExclusive, string name1, string name2)
        {
            RuntimeHelpers.EnsureSufficientExecutionStack();
            Spend(2);
            if (name1 == name2) return;
            if (PairCompared(name1, name2, mutuallyExclusive) || PairCompared(name2, name1, mutuallyExclusive)) return;
            if (!_comparedFragmentPairs.TryGetValue(name1, out var pairs))
                _comparedFragmentPairs[name1] = pairs = new Dictionary<string, bool>(StringComparer.Ordinal);
            pairs[name2] = mutuallyExclusive;

            if (context.GetFragment(name1) is not { } fragment1 || context.GetFragment(name2) is not { } fragment2) return;
            var fields1 = CollectFragmentFields(fragment1);
            var fields2 = CollectFragmentFields(fragment2);
            CollectConflictsBetween(conflicts, mutuallyExclusive, fields1, fields2);
            foreach (var referenced2 in fields2.FragmentNames)
                CollectConflictsBetweenFragments(conflicts, mutuallyExclusive, name1, referenced2);
            foreach (var referenced1 in fields1.FragmentNames)
                CollectConflictsBetweenFragments(conflicts, mutuallyExclusive, referenced1, name2);
        }

        /// <summary>graphql-js's PairSet: an exclusive query is satisfied by any earlier comparison, an overlapping one only by an overlapping one.</summary>
        private bool PairCompared(string a, string b, bool mutuallyExclusive) =>
            _comparedFragmentPairs.TryGetValue(a, out var pairs) && pairs.TryGetValue(b, out var stored) &&
            (mutuallyExclusive || stored == mutuallyExclusive);

        private List<Conflict> FindConflictsBetweenSubSelectionSets(bool mutuallyExclusive,
            NamedType? parentType1, SelectionSetNode selectionSet1, NamedType? parentType2, SelectionSetNode selectionSet2)
        {
            var conflicts = new List<Conflict>();
            var fields1 = CollectFields(parentType1, selectionSet1);
            var fields2 = CollectFields(parentType2, selectionSet2);
            CollectConflictsBetween(conflicts, mutuallyExclusive, fields1, fields2);
            foreach (var name2 in fields2.FragmentNames)
                CollectConflictsBetweenFieldsAndFragment(conflicts, mutuallyExclusive, fields1, name2);
            foreach (var name1 in fields1.FragmentNames)
                CollectConflictsBetweenFieldsAndFragment(conflicts, mutuallyExclusive, fields2, name1);
            foreach (var name1 in fields1.FragmentNames)
                foreach (var name2 in fields2.FragmentNames)
                    CollectConflictsBetweenFragments(conflicts, mutuallyExclusive, name1, name2);
            return conflicts;
        }

        private void CollectConflictsWithin(List<Conflict> conflicts, CollectedFields collected)
        {
            foreach (var (responseName, fields) in collected.Groups)
            {
                if (fields.Count < 2) continue;
                for (var i = 0; i < fields.Count; i++)
                    for (var j = i + 1; j < fields.Count; j++)
                        if (FindConflict(false, responseName, fields[i], fields[j]) is { } conflict) conflicts.Add(conflict);
            }
        }

        private void CollectConflictsBetween(List<Conflict> conflicts, bool parentFieldsAreMutuallyExclusive,
            CollectedFields collected1, CollectedFields collected2)
        {
            if (collected1.Groups.Count == 0 || collected2.Groups.Count == 0) return;
            foreach (var (responseName, fields1, fields2) in OverlappingFields(collected1, collected2))
                foreach (var field1 in fields1)
                    foreach (var field2 in fields2)
                        if (FindConflict(parentFieldsAreMutuallyExclusive, responseName, field1, field2) is { } conflict)
                            conflicts.Add(conflict);
        }

        private List<(string ResponseName, List<FieldDetails> Fields1, List<FieldDetails> Fields2)> OverlappingFields(
            CollectedFields collected1, CollectedFields collected2)
        {
            collected1.Overlaps ??= new(ReferenceEqualityComparer.Instance);
            if (collected1.Overlaps.TryGetValue(collected2, out var cached)) return cached;
            var overlapping = new List<(string, List<FieldDetails>, List<FieldDetails>)>();
            foreach (var (responseName, fields1) in collected1.Groups)
            {
                Spend(1);
                if (collected2.GroupIndex.TryGetValue(responseName, out var index))
                    overlapping.Add((responseName, fields1, collected2.Groups[index].Fields));
            }
            collected1.Overlaps[collected2] = overlapping;
            return overlapping;
        }

        private Conflict? FindConflict(bool parentFieldsAreMutuallyExclusive, string responseName, FieldDetails details1, FieldDetails details2)
        {
            RuntimeHelpers.EnsureSufficientExecutionStack();
            var node1 = details1.Node;
            var node2 = details2.Node;
            // Fields on two different object types can never apply to the same object, so only their types must agree.
            var mutuallyExclusive = parentFieldsAreMutuallyExclusive ||
                (!ReferenceEquals(details1.ParentType, details2.ParentType) && details1.ParentType is ObjectType && details2.ParentType is ObjectType);
            Spend(2);

            var type1 = details1.Definition?.Type;
            var type2 = details2.Definition?.Type;
            if (details1.IsSimpleLeaf && details2.IsSimpleLeaf && SameTypeReference(type1, type2) && node1.Name.Value == node2.Name.Value)
                return null;

            if (!mutuallyExclusive)
            {
                var info1 = InfoOf(details1);
                var info2 = InfoOf(details2);
                if (!info1.Comparisons.TryGetValue(info2, out var reason))
                {
                    var name1 = node1.Name.Value;
                    var name2 = node2.Name.Value;
                    reason = name1 != name2
                        ? $"\"{Abbreviate(name1)}\" and \"{Abbreviate(name2)}\" are different fields"
                        : SameArguments(info1, info2) ? null : "they have differing arguments";
                    info1.Comparisons[info2] = reason;
                }
                if (reason is not null) return new Conflict(responseName, reason, [node1], [node2]);
            }

            if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
            {
                var info1 = InfoOf(details1);
                var info2 = InfoOf(details2);
                info1.TypeString ??= type1.ToString();
                info2.TypeString ??= type2.ToString();
                return new Conflict(responseName, $"they return conflicting types \"{info1.TypeString}\" and \"{info2.TypeString}\"",
                    [node1], [node2]);
            }

            if (node1.SelectionSet is { } selectionSet1 && node2.SelectionSet is { } selectionSet2)
            {
                var conflicts = FindConflictsBetweenSubSelectionSets(mutuallyExclusive,
                    InfoOf(details1).NamedType, selectionSet1, InfoOf(details2).NamedType, selectionSet2);
                return SubfieldConflicts(conflicts, responseName, node1, node2);
            }
            return null;
        }

        private static bool SameTypeReference(IGraphQLType? type1, IGraphQLType? type2) =>
            ReferenceEquals(type1, type2) || (type1 is not null && type2 is not null && type1.Equals(type2));

        private static FieldInfo InfoOf(FieldDetails details) =>
            details.Info ??= new FieldInfo(details.Definition?.Type.GetNamedType(), details.Node.Arguments);

        private bool SameArguments(FieldInfo info1, FieldInfo info2)
        {
            var arguments1 = info1.Arguments;
            var arguments2 = info2.Arguments;
            if (arguments1.Count == 0) return arguments2.Count == 0;
            if (arguments1.Count != arguments2.Count) return false;
            var values2 = info2.ArgumentValues ??= ValuesByName(arguments2);
            foreach (var argument1 in arguments1)
            {
                Spend(1);
                if (!values2.TryGetValue(argument1.Name.Value, out var value2)) return false;
                if (Stringify(argument1.Value) != Stringify(value2)) return false;
            }
            return true;
        }

        private static Dictionary<string, ValueNode> ValuesByName(IReadOnlyList<ArgumentNode> arguments)
        {
            var values = new Dictionary<string, ValueNode>(StringComparer.Ordinal);
            foreach (var argument in arguments) values[argument.Name.Value] = argument.Value;
            return values;
        }

        /// <summary>
        /// A canonical text for a value literal: equal exactly when graphql-js's JSON form is equal (input object
        /// fields sorted by name, string block-ness significant). Length prefixes keep it unambiguous.
        /// </summary>
        private string Stringify(ValueNode value)
        {
            if (_stringifiedValues.TryGetValue(value, out var cached)) return cached;
            var text = new StringBuilder();
            AppendCanonical(text, value);
            var result = text.ToString();
            _stringifiedValues[value] = result;
            return result;
        }

        private static void AppendCanonical(StringBuilder text, ValueNode value)
        {
            RuntimeHelpers.EnsureSufficientExecutionStack();
            switch (value)
            {
                case VariableNode variable: AppendTagged(text, 'V', variable.Name.Value); break;
                case IntValueNode number: AppendTagged(text, 'I', number.Value); break;
                case FloatValueNode number: AppendTagged(text, 'F', number.Value); break;
                case StringValueNode str: AppendTagged(text, str.Block ? 'T' : 'S', str.Value); break;
                case BooleanValueNode boolean: text.Append(boolean.Value ? "B1" : "B0"); break;
                case NullValueNode: text.Append('N'); break;
                case EnumValueNode enumValue: AppendTagged(text, 'E', enumValue.Value); break;
                case ListValueNode list:
                    text.Append('[');
                    foreach (var item in list.Values) AppendCanonical(text, item);
                    text.Append(']');
                    break;
                case ObjectValueNode obj:
                    var fields = new List<ObjectFieldNode>(obj.Fields);
                    StableSort.Sort(fields, static (a, b) => string.CompareOrdinal(a.Name.Value, b.Name.Value) switch
                    {
                        < 0 => -1,
                        > 0 => 1,
                        _ => 0,
                    });
                    text.Append('{');
                    foreach (var field in fields)
                    {
                        AppendTagged(text, 'K', field.Name.Value);
                        AppendCanonical(text, field.Value);
                    }
                    text.Append('}');
                    break;
            }
        }

        private static void AppendTagged(StringBuilder text, char tag, string value) =>
            text.Append(tag).Append(value.Length).Append(':').Append(value);

        /// <summary>Whether two return types could not both describe one value (lists and non-null must line up, leaves must be equal).</summary>
        private bool DoTypesConflict(IGraphQLType type1, IGraphQLType type2)
        {
            if (ReferenceEquals(type1, type2)) return false;
            Spend(1);
            if (type1 is ListType list1) return type2 is not ListType list2 || DoTypesConflict(list1.OfType, list2.OfType);
            if (type2 is ListType) return true;
            if (type1 is NonNullType nonNull1) return type2 is not NonNullType nonNull2 || DoTypesConflict(nonNull1.OfType, nonNull2.OfType);
            if (type2 is NonNullType) return true;
            if (type1.IsLeafType() || type2.IsLeafType()) return !ReferenceEquals(type1, type2);
            return false;
        }

        private CollectedFields CollectFields(NamedType? parentType, SelectionSetNode selectionSet)
        {
            var key = (object?)parentType ?? NoType;
            if (!_collected.TryGetValue(key, out var bySelectionSet))
                _collected[key] = bySelectionSet = new Dictionary<SelectionSetNode, CollectedFields>(ReferenceEqualityComparer.Instance);
            if (bySelectionSet.TryGetValue(selectionSet, out var cached)) return cached;

            var collected = new CollectedFields();
            var fragmentNames = new HashSet<string>(StringComparer.Ordinal);
            CollectInto(parentType, selectionSet, collected, fragmentNames);
            bySelectionSet[selectionSet] = collected;
            return collected;
        }

        private CollectedFields CollectFragmentFields(FragmentDefinitionNode fragment) =>
            CollectFields(context.Schema.GetTypeFromAst(fragment.TypeCondition) as NamedType, fragment.SelectionSet);

        private void CollectInto(NamedType? parentType, SelectionSetNode selectionSet, CollectedFields collected, HashSet<string> fragmentNames)
        {
            RuntimeHelpers.EnsureSufficientExecutionStack();
            foreach (var selection in selectionSet.Selections)
            {
                switch (selection)
                {
                    case FieldNode field:
                        var definition = (parentType as ComplexOutputType)?.GetField(field.Name.Value);
                        var responseName = field.ResponseKey;
                        if (collected.GroupIndex.TryGetValue(responseName, out var index))
                            collected.Groups[index].Fields.Add(new FieldDetails(parentType, field, definition));
                        else
                        {
                            collected.GroupIndex[responseName] = collected.Groups.Count;
                            collected.Groups.Add((responseName, [new FieldDetails(parentType, field, definition)]));
                        }
                        break;
                    case FragmentSpreadNode spread:
                        if (fragmentNames.Add(spread.Name.Value)) collected.FragmentNames.Add(spread.Name.Value);
                        break;
                    case InlineFragmentNode inline:
                        var inlineType = inline.TypeCondition is { } condition
                            ? context.Schema.GetTypeFromAst(condition) as NamedType
                            : parentType;
                        CollectInto(inlineType, inline.SelectionSet, collected, fragmentNames);
                        break;
                }
            }
        }

        private static Conflict? SubfieldConflicts(List<Conflict> conflicts, string responseName, FieldNode node1, FieldNode node2)
        {
            if (conflicts.Count == 0) return null;
            var message = new StringBuilder();
            foreach (var conflict in conflicts)
            {
                if (message.Length > 0) message.Append(" and ");
                message.Append("subfields \"").Append(Abbreviate(conflict.ResponseName)).Append("\" conflict because ").Append(conflict.Reason);
                if (message.Length > MaxConflictDetailLength) break;
            }
            return new Conflict(responseName, Abbreviate(message.ToString()),
                ConflictNodes(node1, conflicts, first: true), ConflictNodes(node2, conflicts, first: false));
        }

        /// <summary>The enclosing field, then the nodes of the sub-conflicts (the last ones of each), at most 20 in all.</summary>
        private static List<FieldNode> ConflictNodes(FieldNode node, List<Conflict> conflicts, bool first)
        {
            var nodes = new List<FieldNode> { node };
            foreach (var conflict in conflicts)
            {
                var side = first ? conflict.Fields1 : conflict.Fields2;
                var remaining = MaxConflictNodes - nodes.Count;
                var start = Math.Max(0, side.Count - remaining);
                for (var i = start; i < side.Count; i++) nodes.Add(side[i]);
                if (nodes.Count == MaxConflictNodes) break;
            }
            return nodes;
        }
    }
}
