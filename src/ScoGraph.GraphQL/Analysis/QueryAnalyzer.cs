using System.Globalization;
using System.Runtime.CompilerServices;
using ScoGraph.GraphQL.Language.Ast;

namespace ScoGraph.GraphQL.Analysis;

/// <summary>
/// Measures an operation (depth, aliases, root fields, directives per field, estimated cost, use of
/// introspection) in one walk over the syntax tree, before validation and execution.
/// Safe on hostile documents: each fragment is summarised once per context and reused (so fragments spread
/// exponentially often cost linear time), a spread of a fragment already being expanded is skipped (the
/// validation rule <c>NoFragmentCycles</c> reports the cycle itself), and nesting (of fields and fragments, across
/// spreads) is followed only down to <see cref="DepthCeiling"/> levels, reported as that depth.
/// <para>
/// Cost model: every field costs 1 plus what it selects. A field with a <c>first</c> or <c>last</c> argument, and
/// any list field, multiplies what it selects by that argument (or the list's declared maximum,
/// <see cref="Types.FieldDefinition.ListSize"/>, or else <see cref="QueryLimits.DefaultListSize"/>).
/// A list directly below a paged field (a connection's <c>edges</c> or <c>nodes</c>) is not multiplied again.
/// Introspection fields (<c>__schema</c>, <c>__type</c>) cost nothing (they read the in-memory schema) but count their
/// depth like any field, so the depth limit bounds them too.
/// </para>
/// </summary>
public sealed class QueryAnalyzer
{
    /// <summary>Deeper nesting is reported as this depth; far beyond any sane limit, and bounded stack use.</summary>
    public const int DepthCeiling = 1000;

    private readonly IReadOnlyDictionary<string, FragmentDefinitionNode> _fragments;
    private readonly IReadOnlyDictionary<string, object?>? _variables;
    private readonly IReadOnlyDictionary<string, ValueNode?> _variableDefaults;
    private readonly IAnalysisTypeInfo _types;
    private readonly int _defaultListSize;
    private readonly Dictionary<(string Fragment, bool Paged, int Level), Summary> _fragmentSummaries = new();
    private readonly HashSet<string> _expanding = new(StringComparer.Ordinal);

    private QueryAnalyzer(
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        OperationDefinitionNode? operation,
        IReadOnlyDictionary<string, object?>? variables,
        IAnalysisTypeInfo types,
        int defaultListSize)
    {
        _fragments = fragments;
        _variables = variables;
        _variableDefaults = operation?.VariableDefinitions
            .GroupBy(v => v.Variable.Name.Value)
            .ToDictionary(g => g.Key, g => g.First().DefaultValue) ?? new Dictionary<string, ValueNode?>();
        _types = types;
        _defaultListSize = defaultListSize;
    }

    /// <summary>
    /// Measures the operation named <paramref name="operationName"/> (or, when the name is absent or matches
    /// nothing, every operation in the document, keeping the largest value of each measure).
    /// </summary>
    public static QueryAnalysis Analyze(
        DocumentNode document,
        string? operationName = null,
        IReadOnlyDictionary<string, object?>? variables = null,
        IAnalysisTypeInfo? types = null,
        QueryLimits? limits = null)
    {
        types ??= NoTypeInfo.Instance;
        var listSize = Math.Max(1, (limits ?? QueryLimits.Default).DefaultListSize);
        var operations = document.Definitions.OfType<OperationDefinitionNode>().ToList();
        var selected = operations.Where(o => operationName is not null && o.Name?.Value == operationName).ToList();
        if (selected.Count == 0) selected = operations;

        // Collected once for all the operations measured.
        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        foreach (var fragment in document.Definitions.OfType<FragmentDefinitionNode>())
        {
            fragments.TryAdd(fragment.Name.Value, fragment); // duplicates are a validation error; the first wins here
        }

        var result = new QueryAnalysis(0, 0, 0, 0, 0, false);
        foreach (var operation in selected)
        {
            var analyzer = new QueryAnalyzer(fragments, operation, variables, types, listSize);
            var rootType = types.RootTypeName(operation.Operation);
            var summary = analyzer.Summarize(operation.SelectionSet, rootType, parentPaged: false, level: 0);
            result = new QueryAnalysis(
                Math.Max(result.Depth, summary.Depth),
                Math.Max(result.Aliases, summary.Aliases),
                Math.Max(result.RootFields, summary.Fields),
                Math.Max(result.MaxDirectivesPerField, Math.Max(summary.MaxDirectives, operation.Directives.Count)),
                Math.Max(result.Cost, summary.Cost),
                result.UsesIntrospection || summary.Introspection);
        }
        return result;
    }

    /// <summary>Measures of one selection set: its own field count plus everything below it.</summary>
    private readonly record struct Summary(int Depth, long Aliases, long Fields, int MaxDirectives, long Cost, bool Introspection)
    {
        public static Summary Empty => default;

        public Summary Merge(Summary other) => new(
            Math.Max(Depth, other.Depth),
            SaturatingMath.Add(Aliases, other.Aliases),
            SaturatingMath.Add(Fields, other.Fields),
            Math.Max(MaxDirectives, other.MaxDirectives),
            SaturatingMath.Add(Cost, other.Cost),
            Introspection || other.Introspection);
    }

    private Summary Summarize(SelectionSetNode selectionSet, string? parentType, bool parentPaged, int level)
    {
        // Fragments nest too (a spread continues inside another definition, beyond the parser's per-definition bound),
        // so every selection set counts as a level. Past the ceiling the document reports the ceiling as its depth:
        // any depth limit then refuses it before validation and execution have to walk it.
        if (level >= DepthCeiling || !RuntimeHelpers.TryEnsureSufficientExecutionStack()) return new Summary(DepthCeiling, 0, 0, 0, 0, false);

        var total = Summary.Empty;
        foreach (var selection in selectionSet.Selections)
        {
            var own = selection switch
            {
                FieldNode field => SummarizeField(field, parentType, parentPaged, level),
                InlineFragmentNode inline => Summarize(
                    inline.SelectionSet, inline.TypeCondition?.Name.Value ?? parentType, parentPaged, level + 1),
                FragmentSpreadNode spread => SummarizeSpread(spread, parentPaged, level),
                _ => Summary.Empty,
            };
            own = own with { MaxDirectives = Math.Max(own.MaxDirectives, selection.Directives.Count) };
            total = total.Merge(own);
        }
        return total;
    }

    private Summary SummarizeField(FieldNode field, string? parentType, bool parentPaged, int level)
    {
        var name = field.Name.Value;
        var isIntrospection = name is "__schema" or "__type";
        var shape = parentType is null ? null : _types.GetField(parentType, name);
        var pageSize = PageSize(field);

        var children = field.SelectionSet is null
            ? Summary.Empty
            : Summarize(field.SelectionSet, shape?.TypeName, parentPaged: pageSize is not null, level + 1);

        long cost;
        if (name.StartsWith("__", StringComparison.Ordinal)) cost = 0;
        else if (pageSize is { } size) cost = SaturatingMath.Multiply(size, 1 + children.Cost);
        else if (shape is { IsList: true } list) cost = SaturatingMath.Multiply(parentPaged ? 1 : ListSize(field, list), 1 + children.Cost);
        else cost = SaturatingMath.Add(1, children.Cost);

        return new Summary(
            // Introspection counts like any field: free in cost, but a TypeRef nested 60 levels deep is as much work to
            // walk as any other deep document. graphql-js's own introspection query needs depth 13.
            Depth: Math.Min(DepthCeiling, children.Depth + 1),
            Aliases: SaturatingMath.Add(children.Aliases, field.Alias is null ? 0 : 1),
            Fields: 1,
            MaxDirectives: children.MaxDirectives,
            Cost: cost,
            Introspection: isIntrospection || children.Introspection);
    }

    private Summary SummarizeSpread(FragmentSpreadNode spread, bool parentPaged, int level)
    {
        var name = spread.Name.Value;
        if (!_fragments.TryGetValue(name, out var fragment) || _expanding.Contains(name)) return Summary.Empty;

        // The level only matters near the ceiling; bucket it so normal documents share one summary per fragment.
        var levelBucket = level < DepthCeiling / 2 ? 0 : level;
        var key = (name, parentPaged, levelBucket);
        if (_fragmentSummaries.TryGetValue(key, out var known)) return known;

        _expanding.Add(name);
        var summary = Summarize(fragment.SelectionSet, fragment.TypeCondition.Name.Value, parentPaged, level + 1);
        _expanding.Remove(name);
        _fragmentSummaries[key] = summary;
        return summary;
    }

    /// <summary>
    /// How many items a list field may return: the entries of its sizing argument when the request gives them, else its
    /// declared maximum, else the default list size.
    /// </summary>
    private long ListSize(FieldNode field, FieldShape list)
    {
        var declared = list.ListSize ?? _defaultListSize;
        if (list.ListSizeArgument is not { } name) return declared;
        var argument = field.Arguments.FirstOrDefault(a => a.Name.Value == name);
        long? given = argument?.Value switch
        {
            ListValueNode literal => literal.Values.Count,
            VariableNode variable when _variables is not null && _variables.TryGetValue(variable.Name.Value, out var value) => value switch
            {
                System.Collections.ICollection entries => entries.Count,
                null => 0,
                _ => 1, // a single value is coerced to a list of one
            },
            null => null,
            _ => 1,
        };
        return given is { } count ? Math.Min(count, declared) : declared;
    }

    /// <summary>The value of a <c>first</c> or <c>last</c> argument given literally or through a variable.</summary>
    private long? PageSize(FieldNode field)
    {
        long? size = null;
        foreach (var argument in field.Arguments)
        {
            if (argument.Name.Value is not ("first" or "last")) continue;
            var value = ValueOf(argument.Value);
            if (value is not null) size = Math.Max(size ?? 0, Math.Max(0, value.Value));
        }
        return size;
    }

    private long? ValueOf(ValueNode node) => node switch
    {
        IntValueNode literal => long.TryParse(literal.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)
            ? n
            : SaturatingMath.Max, // digits beyond long: the Int scalar refuses it later; count it as huge now
        VariableNode variable => VariableValue(variable.Name.Value),
        _ => null,
    };

    private long? VariableValue(string name)
    {
        if (_variables is not null && _variables.TryGetValue(name, out var provided))
        {
            return provided switch
            {
                int i => i,
                long l => l,
                double d when double.IsFinite(d) => (long)Math.Clamp(d, -SaturatingMath.Max, SaturatingMath.Max),
                decimal m => (long)Math.Clamp(m, -SaturatingMath.Max, SaturatingMath.Max),
                _ => null,
            };
        }
        return _variableDefaults.TryGetValue(name, out var defaultValue) && defaultValue is not null
            ? ValueOf(defaultValue)
            : null;
    }
}
