using ScoGraph.GraphQL.Execution;
using ScoGraph.GraphQL.Language.Ast;
using ScoGraph.GraphQL.Types;

namespace ScoGraph.GraphQL.Validation;

/// <summary>
/// What rules see during one validation: the schema and document, the type information of the current node, the
/// path of nodes above it, lookups shared by several rules (fragments by name, spreads, variable usages, all cached
/// per node) and the error sink.
/// </summary>
public sealed class ValidationContext
{
    /// <summary>graphql-js's default <c>maxErrors</c>: past it validation stops with a "Too many validation errors" error.</summary>
    public const int MaxErrors = 100;

    private readonly int _maxErrors;

    /// <summary>graphql-js's budget for fragment bookkeeping; exhausting it aborts validation.</summary>
    private int _remainingFragmentWork = 50_000;

    private readonly List<GraphQLError> _errors;
    private readonly TypeInfo _typeInfo;
    private ValidationWalker? _walker;
    private Dictionary<string, FragmentDefinitionNode>? _fragments;
    private readonly Dictionary<SelectionSetNode, List<FragmentSpreadNode>> _fragmentSpreads = new(ReferenceEqualityComparer.Instance);
    // Keyed by the set of directly spread fragment names, as graphql-js does, so operations spreading the same
    // fragments share the result (and the work budget is spent once).
    private readonly Dictionary<string, List<FragmentDefinitionNode>> _referencedFragments = new(StringComparer.Ordinal);
    private readonly Dictionary<List<FragmentDefinitionNode>, List<VariableUsage>> _fragmentVariableUsages = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<ExecutableDefinitionNode, List<VariableUsage>> _variableUsages = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<OperationDefinitionNode, List<VariableUsage>> _recursiveVariableUsages = new(ReferenceEqualityComparer.Instance);

    internal ValidationContext(Schema schema, DocumentNode document, List<GraphQLError> errors, ValidationOptions options)
    {
        _maxErrors = options.MaxErrors;
        HideSuggestions = options.HideSuggestions;
        Schema = schema;
        Document = document;
        _errors = errors;
        _typeInfo = new TypeInfo(schema);
    }

    public Schema Schema { get; }

    public DocumentNode Document { get; }

    /// <summary>True when messages must not include "Did you mean ...?" hints.</summary>
    public bool HideSuggestions { get; }

    internal TypeInfo TypeInfo => _typeInfo;

    internal void AttachWalker(ValidationWalker walker) => _walker = walker;

    /// <summary>The nodes above the current one (the document first, the parent last).</summary>
    public IReadOnlyList<SyntaxNode> Ancestors => _walker?.Ancestors ?? [];

    public IGraphQLType? Type => _typeInfo.Type;
    public NamedType? ParentType => _typeInfo.ParentType;
    public IGraphQLType? InputType => _typeInfo.InputType;
    public IGraphQLType? ParentInputType => _typeInfo.ParentInputType;
    public FieldDefinition? FieldDefinition => _typeInfo.FieldDefinition;
    public DirectiveDefinition? Directive => _typeInfo.Directive;
    public InputValueDefinition? Argument => _typeInfo.Argument;

    public void ReportError(GraphQLError error)
    {
        if (_errors.Count >= _maxErrors)
        {
            _errors.Add(new GraphQLError("Too many validation errors, error limit reached. Validation aborted."));
            throw new ValidationAbortedException(errorLimitReached: true);
        }
        _errors.Add(error);
    }

    /// <summary>Reports <paramref name="message"/> at the given nodes (nodes without a location are left out).</summary>
    public void Report(string message, params ReadOnlySpan<SyntaxNode?> nodes)
    {
        var locations = new List<SourceLocation>(nodes.Length);
        foreach (var node in nodes)
            if (node?.Location is { } location) locations.Add(new SourceLocation(location.Line, location.Column));
        ReportError(new GraphQLError(message, locations));
    }

    public void Report(string message, IEnumerable<SyntaxNode> nodes)
    {
        var locations = new List<SourceLocation>();
        foreach (var node in nodes)
            if (node.Location is { } location) locations.Add(new SourceLocation(location.Line, location.Column));
        ReportError(new GraphQLError(message, locations));
    }

    /// <summary>Counts work against graphql-js's fragment budget; throws (aborting validation) when it runs out.</summary>
    internal void SpendFragmentWork(int cost)
    {
        _remainingFragmentWork -= cost;
        if (_remainingFragmentWork < 0) throw new ValidationAbortedException(errorLimitReached: false);
    }

    /// <summary>The fragment definition named <paramref name="name"/> (when several share the name, the last, as graphql-js).</summary>
    public FragmentDefinitionNode? GetFragment(string name)
    {
        if (_fragments is null)
        {
            _fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
            foreach (var definition in Document.Definitions)
                if (definition is FragmentDefinitionNode fragment) _fragments[fragment.Name.Value] = fragment;
        }
        return _fragments.GetValueOrDefault(name);
    }

    /// <summary>
    /// Every fragment spread inside a selection set, at any depth but not through fragments, in graphql-js's order
    /// (the set's own spreads first, then nested sets last-first).
    /// </summary>
    public IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode selectionSet)
    {
        if (_fragmentSpreads.TryGetValue(selectionSet, out var spreads)) return spreads;
        spreads = [];
        var setsToVisit = new Stack<SelectionSetNode>();
        setsToVisit.Push(selectionSet);
        while (setsToVisit.TryPop(out var set))
        {
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case FragmentSpreadNode spread: spreads.Add(spread); break;
                    case FieldNode { SelectionSet: { } nested }: setsToVisit.Push(nested); break;
                    case InlineFragmentNode inline: setsToVisit.Push(inline.SelectionSet); break;
                }
            }
        }
        _fragmentSpreads[selectionSet] = spreads;
        return spreads;
    }

    /// <summary>The fragments an operation uses, directly or through other fragments (each once, unknown names left out).</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation) =>
        CollectReferencedFragments([operation]);

    /// <summary>The fragments any of <paramref name="operations"/> uses, directly or through other fragments.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(IReadOnlyList<OperationDefinitionNode> operations) =>
        CollectReferencedFragments(operations);

    private List<FragmentDefinitionNode> CollectReferencedFragments(IReadOnlyList<OperationDefinitionNode> operations)
    {
        var names = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in operations)
            foreach (var spread in GetFragmentSpreads(operation.SelectionSet))
                if (seen.Add(spread.Name.Value)) names.Add(spread.Name.Value);
        var sortedNames = names.ToArray();
        Array.Sort(sortedNames, StringComparer.Ordinal);
        var key = string.Join(',', sortedNames);
        if (_referencedFragments.TryGetValue(key, out var cached)) return cached;
        SpendFragmentWork(names.Count);

        var fragments = new List<FragmentDefinitionNode>();
        for (var i = 0; i < names.Count; i++)
        {
            var fragment = GetFragment(names[i]);
            if (fragment is null) continue;
            fragments.Add(fragment);
            var spreads = GetFragmentSpreads(fragment.SelectionSet);
            SpendFragmentWork(spreads.Count);
            foreach (var spread in spreads)
                if (seen.Add(spread.Name.Value)) names.Add(spread.Name.Value);
        }
        _referencedFragments[key] = fragments;
        return fragments;
    }

    /// <summary>The variables used directly in an operation or fragment (not through spreads), with their expected types.</summary>
    public IReadOnlyList<VariableUsage> GetVariableUsages(ExecutableDefinitionNode definition)
    {
        if (_variableUsages.TryGetValue(definition, out var usages)) return usages;
        // Definitions already walked were recorded during the main walk; most others use no variables at all.
        if (!VariableScan.ContainsVariable(definition))
        {
            usages = [];
        }
        else
        {
            var typeInfo = new TypeInfo(Schema);
            var collector = new UsageRecorder(this, typeInfo, store: false);
            new ValidationWalker(typeInfo, [collector]).WalkExecutableDefinition(definition);
            usages = collector.Usages;
        }
        _variableUsages[definition] = usages;
        return usages;
    }

    /// <summary>A visitor for the main walk that records each definition's variable usages as it passes them.</summary>
    internal ValidationVisitor CreateUsageRecorder() => new UsageRecorder(this, _typeInfo, store: true);

    /// <summary>The variables an operation uses, including those used in the fragments it spreads (recursively).</summary>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation)
    {
        if (_recursiveVariableUsages.TryGetValue(operation, out var usages)) return usages;
        var fragments = CollectReferencedFragments([operation]);
        if (!_fragmentVariableUsages.TryGetValue(fragments, out var fragmentUsages))
        {
            SpendFragmentWork(fragments.Count);
            fragmentUsages = [];
            foreach (var fragment in fragments)
            {
                var local = GetVariableUsages(fragment);
                SpendFragmentWork(local.Count);
                fragmentUsages.AddRange(local);
            }
            _fragmentVariableUsages[fragments] = fragmentUsages;
        }
        SpendFragmentWork(fragmentUsages.Count);
        usages = [.. GetVariableUsages(operation), .. fragmentUsages];
        _recursiveVariableUsages[operation] = usages;
        return usages;
    }

    /// <summary>Records every variable outside variable definitions, with the type information at its position.</summary>
    private sealed class UsageRecorder(ValidationContext context, TypeInfo typeInfo, bool store) : ValidationVisitor
    {
        public List<VariableUsage> Usages { get; private set; } = [];

        public override bool EnterOperationDefinition(OperationDefinitionNode node)
        {
            Usages = [];
            return true;
        }

        public override bool EnterFragmentDefinition(FragmentDefinitionNode node)
        {
            Usages = [];
            return true;
        }

        // Runs before the rules' Leave (this visitor comes first), so they find the usages already stored.
        public override void LeaveOperationDefinition(OperationDefinitionNode node)
        {
            if (store) context._variableUsages.TryAdd(node, Usages);
        }

        public override void LeaveFragmentDefinition(FragmentDefinitionNode node)
        {
            if (store) context._variableUsages.TryAdd(node, Usages);
        }

        public override bool EnterVariableDefinition(VariableDefinitionNode node) => false;

        public override bool EnterVariable(VariableNode node)
        {
            Usages.Add(new VariableUsage(node, typeInfo.InputType, typeInfo.HasDefaultValue, typeInfo.ParentInputType));
            return true;
        }
    }
}
