using ScoGraph.GraphQL.Introspection;
using ScoGraph.GraphQL.Language.Ast;

namespace ScoGraph.GraphQL.Types;

/// <summary>
/// A complete, immutable GraphQL schema: root types, every reachable named type (in graphql-js's order,
/// introspection types included), directives, and precomputed lookups (types by name, possible types of each
/// abstract type) so execution and validation never search lists. Built by <see cref="SchemaBuilder"/> or in code.
/// </summary>
public sealed class Schema
{
    private readonly Dictionary<string, NamedType> _typeMap = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DirectiveDefinition> _directiveMap = new(StringComparer.Ordinal);
    private readonly Dictionary<NamedType, IReadOnlyList<ObjectType>> _possibleTypes = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<NamedType, HashSet<NamedType>> _subTypes = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// Creates a schema from root types, extra types not reachable from the roots, and directives (the specified
    /// ones when null). Every type reachable from these is collected; all of them are frozen.
    /// Throws <see cref="ArgumentException"/> when two different types share a name.
    /// </summary>
    public Schema(ObjectType? query, ObjectType? mutation = null, ObjectType? subscription = null,
        IEnumerable<NamedType>? types = null, IEnumerable<DirectiveDefinition>? directives = null,
        string? description = null, SchemaDefinitionNode? definition = null, IEnumerable<SchemaExtensionNode>? extensions = null)
    {
        QueryType = query;
        MutationType = mutation;
        SubscriptionType = subscription;
        Description = description;
        Definition = definition;
        Extensions = extensions?.ToArray() ?? [];
        Directives = directives?.ToArray() ?? [.. BuiltInDirectives.All];

        Types = CollectTypes(types?.ToArray() ?? []);
        foreach (var type in Types)
        {
            if (!_typeMap.TryAdd(type.Name, type))
                throw new ArgumentException(
                    $"Schema must contain uniquely named types but contains multiple types named \"{type.Name}\".");
        }
        foreach (var directive in Directives) _directiveMap.TryAdd(directive.Name, directive);

        BuildAbstractTypeMaps();
        foreach (var type in Types) type.Freeze();
        foreach (var directive in Directives) directive.Freeze();
    }

    public string? Description { get; }

    public ObjectType? QueryType { get; }

    public ObjectType? MutationType { get; }

    public ObjectType? SubscriptionType { get; }

    /// <summary>Every named type, in the order graphql-js's <c>getTypeMap()</c> lists them (introspection shows this order).</summary>
    public IReadOnlyList<NamedType> Types { get; }

    public IReadOnlyList<DirectiveDefinition> Directives { get; }

    public SchemaDefinitionNode? Definition { get; }

    public IReadOnlyList<SchemaExtensionNode> Extensions { get; }

    public NamedType? GetType(string name) => _typeMap.GetValueOrDefault(name);

    public T? GetType<T>(string name) where T : NamedType => _typeMap.GetValueOrDefault(name) as T;

    public DirectiveDefinition? GetDirective(string name) => _directiveMap.GetValueOrDefault(name);

    public ObjectType? GetRootType(OperationType operation) => operation switch
    {
        OperationType.Query => QueryType,
        OperationType.Mutation => MutationType,
        OperationType.Subscription => SubscriptionType,
        _ => null,
    };

    /// <summary>The object types a value of an interface or union may have at runtime (empty for other types).</summary>
    public IReadOnlyList<ObjectType> GetPossibleTypes(NamedType abstractType) =>
        _possibleTypes.GetValueOrDefault(abstractType) ?? (abstractType is ObjectType o ? [o] : []);

    /// <summary>
    /// True when <paramref name="maybeSubType"/> (an object or interface) is a member of the union or implements
    /// the interface <paramref name="abstractType"/> (graphql-js <c>isSubType</c>).
    /// </summary>
    public bool IsSubType(NamedType abstractType, NamedType maybeSubType) =>
        _subTypes.TryGetValue(abstractType, out var set) && set.Contains(maybeSubType);

    /// <summary>
    /// The field <paramref name="name"/> of a composite type as the executor and validation see it: the meta-fields
    /// <c>__typename</c> (any composite type), <c>__schema</c> and <c>__type</c> (the query type only), else the type's own field.
    /// </summary>
    public FieldDefinition? GetField(NamedType parentType, string name)
    {
        if (name.Length > 2 && name[0] == '_' && name[1] == '_')
        {
            if (name == "__typename") return parentType.IsCompositeType() ? IntrospectionTypes.TypeNameField : null;
            if (ReferenceEquals(parentType, QueryType))
            {
                if (name == "__schema") return IntrospectionTypes.SchemaField;
                if (name == "__type") return IntrospectionTypes.TypeField;
            }
        }
        return (parentType as ComplexOutputType)?.GetField(name);
    }

    /// <summary>The type a type reference names in this schema (graphql-js <c>typeFromAST</c>); null when a name is unknown.</summary>
    public IGraphQLType? GetTypeFromAst(TypeNode node) => node switch
    {
        NamedTypeNode named => GetType(named.Name.Value),
        ListTypeNode list => GetTypeFromAst(list.Type) is { } item ? new ListType(item) : null,
        NonNullTypeNode nonNull => GetTypeFromAst(nonNull.Type) is { } inner and not NonNullType ? new NonNullType(inner) : null,
        _ => null,
    };

    /// <summary>graphql-js's collection order: given types (each followed by the new types it references), roots, directive args, introspection.</summary>
    private IReadOnlyList<NamedType> CollectTypes(NamedType[] givenTypes)
    {
        var order = new List<NamedType>();
        var seen = new HashSet<NamedType>(ReferenceEqualityComparer.Instance);
        foreach (var type in givenTypes)
            if (seen.Add(type)) order.Add(type);

        foreach (var type in givenTypes)
        {
            // As graphql-js: take the type out and re-add it with the types it references right behind it.
            if (seen.Remove(type)) order.Remove(type);
            Collect(type, order, seen);
        }
        if (QueryType is not null) Collect(QueryType, order, seen);
        if (MutationType is not null) Collect(MutationType, order, seen);
        if (SubscriptionType is not null) Collect(SubscriptionType, order, seen);
        foreach (var directive in Directives)
            foreach (var argument in directive.Arguments) Collect(argument.Type, order, seen);
        Collect(IntrospectionTypes.SchemaType, order, seen);
        return order;
    }

    private static void Collect(IGraphQLType type, List<NamedType> order, HashSet<NamedType> seen)
    {
        var named = type.GetNamedType();
        if (!seen.Add(named)) return;
        order.Add(named);
        switch (named)
        {
            case UnionType union:
                foreach (var member in union.Types) Collect(member, order, seen);
                break;
            case ComplexOutputType complex:
                foreach (var implemented in complex.Interfaces) Collect(implemented, order, seen);
                foreach (var field in complex.Fields)
                {
                    Collect(field.Type, order, seen);
                    foreach (var argument in field.Arguments) Collect(argument.Type, order, seen);
                }
                break;
            case InputObjectType input:
                foreach (var field in input.Fields) Collect(field.Type, order, seen);
                break;
        }
    }

    private void BuildAbstractTypeMaps()
    {
        var possible = new Dictionary<NamedType, List<ObjectType>>(ReferenceEqualityComparer.Instance);
        foreach (var type in Types)
        {
            switch (type)
            {
                case ObjectType obj:
                    foreach (var implemented in obj.Interfaces)
                    {
                        if (!possible.TryGetValue(implemented, out var list)) possible[implemented] = list = [];
                        if (!list.Contains(obj)) list.Add(obj);
                        AddSubType(implemented, obj);
                    }
                    break;
                case InterfaceType iface:
                    if (!possible.ContainsKey(iface)) possible[iface] = [];
                    foreach (var implemented in iface.Interfaces) AddSubType(implemented, iface);
                    break;
                case UnionType union:
                    possible[union] = [.. union.Types.Distinct()];
                    foreach (var member in union.Types) AddSubType(union, member);
                    break;
            }
        }
        foreach (var (type, list) in possible) _possibleTypes[type] = list;
    }

    private void AddSubType(NamedType abstractType, NamedType subType)
    {
        if (!_subTypes.TryGetValue(abstractType, out var set))
            _subTypes[abstractType] = set = new HashSet<NamedType>(ReferenceEqualityComparer.Instance);
        set.Add(subType);
    }
}
