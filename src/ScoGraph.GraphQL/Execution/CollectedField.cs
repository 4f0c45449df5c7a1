using ScoGraph.GraphQL.Language.Ast;
using ScoGraph.GraphQL.Types;

namespace ScoGraph.GraphQL.Execution;

/// <summary>
/// One entry of a collected selection (spec 6.3.2 CollectFields): a response key, every field node merged
/// under it, and the field's definition on the object type. Collected once per (object type, selection)
/// per request and reused for every object in a list, together with the coerced arguments.
/// </summary>
internal sealed class CollectedField
{
    private object? _arguments; // IReadOnlyDictionary when coerced, GraphQLError when coercion failed
    private ObjectType? _subType;
    private CollectedSelection? _subFields;
    private Dictionary<ObjectType, CollectedSelection>? _moreSubFields;

    public CollectedField(string responseKey, FieldNode first)
    {
        ResponseKey = responseKey;
        Nodes = [first];
    }

    public string ResponseKey { get; }

    public List<FieldNode> Nodes { get; }

    public FieldNode First => Nodes[0];

    /// <summary>Set once the parent type is known; null when the schema has no such field (it is then skipped).</summary>
    public FieldDefinition? Definition
    {
        get;
        set
        {
            field = value;
            var named = value?.Type is NonNullType nonNull ? nonNull.OfType : value?.Type;
            LeafType = named as ScalarType ?? (NamedType?)(named as EnumType);
        }
    }

    /// <summary>The scalar or enum this field returns (possibly non-null), for the executor's fast path.</summary>
    public NamedType? LeafType { get; private set; }

    /// <summary><c>__typename</c>: answered from the parent type without a resolver call.</summary>
    public bool IsTypeName { get; set; }

    private Type? _readType;
    private Func<object, object?>? _read;

    /// <summary>The default resolver's read, with the reader cached for the last parent CLR type seen (lists are uniform).</summary>
    public object? ReadDefault(object? source)
    {
        if (source is null) return null;
        var type = source.GetType();
        if (type != _readType)
        {
            var name = Definition!.Name;
            _read = source is IReadOnlyDictionary<string, object?> or IDictionary<string, object?>
                ? dictionary => DefaultFieldResolver.Read(dictionary, name)
                : PropertyAccessors.Get(type, name) ?? (static _ => null);
            _readType = type;
        }
        return _read!(source);
    }

    public IReadOnlyDictionary<string, object?> GetArguments(OperationExecution execution)
    {
        _arguments ??= InputCoercion.TryGetArgumentValues(Definition!.Arguments, First, First.Arguments, execution.Variables, out var values, out var error)
            ? values
            : error;
        return _arguments as IReadOnlyDictionary<string, object?> ?? throw new GraphQLErrorException((GraphQLError)_arguments);
    }

    /// <summary>The merged sub-selection for <paramref name="type"/>, collected on first use.</summary>
    public CollectedSelection GetSubFields(OperationExecution execution, ObjectType type)
    {
        if (ReferenceEquals(type, _subType)) return _subFields!;
        if (_moreSubFields is not null && _moreSubFields.TryGetValue(type, out var cached)) return cached;

        var collector = new FieldCollector(execution, type);
        foreach (var node in Nodes)
        {
            if (node.SelectionSet is { } selectionSet) collector.Collect(selectionSet);
        }
        var fields = collector.ToSelection();
        if (_subType is null)
        {
            _subType = type;
            _subFields = fields;
        }
        else
        {
            (_moreSubFields ??= new Dictionary<ObjectType, CollectedSelection>(ReferenceEqualityComparer.Instance))[type] = fields;
        }
        return fields;
    }
}
