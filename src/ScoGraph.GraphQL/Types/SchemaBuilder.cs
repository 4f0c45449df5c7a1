using System.Reflection;
using ScoGraph.GraphQL.Execution;
using ScoGraph.GraphQL.Language;
using ScoGraph.GraphQL.Language.Ast;
using ScoGraph.GraphQL.Utilities;

namespace ScoGraph.GraphQL.Types;

/// <summary>
/// Builds a <see cref="Schema"/> from SDL and binds C# behaviour to it:
/// <code>
/// var schema = SchemaBuilder.FromSdl(sdl)
///     .Bind("Query", "state", ctx => store.State(ctx.Argument&lt;string&gt;("id")))
///     .BindType&lt;StateDto&gt;("State")
///     .BindEnum&lt;MembershipStatus&gt;("MembershipStatus")
///     .BindScalar("Date", serialize: ..., parseValue: ..., parseLiteral: ...)
///     .Build(ResolverRequirement.RootFields);
/// </code>
/// <see cref="Build"/> checks the SDL as graphql-js's <c>buildSchema</c> does (SDL rules, then type-system validation)
/// and every binding, and throws one <see cref="SchemaBuildException"/> listing all problems.
/// Each <see cref="Build"/> creates fresh types, so one builder may build several schemas.
/// </summary>
public sealed class SchemaBuilder
{
    private readonly List<DefinitionNode> _definitions = [];
    private readonly List<GraphQLError> _syntaxProblems = [];
    private readonly List<Action<BuildState>> _bindings = [];
    private readonly List<(string Type, string? Field)> _requiredResolvers = [];

    public static SchemaBuilder FromSdl(string sdl) => new SchemaBuilder().AddSdl(sdl);

    /// <summary>Adds (more) SDL; a syntax error is reported by <see cref="Build"/> with the other problems.</summary>
    public SchemaBuilder AddSdl(string sdl)
    {
        try
        {
            AddDocument(Parser.Parse(sdl));
        }
        catch (GraphQLSyntaxException e)
        {
            _syntaxProblems.Add(e.Error);
        }
        return this;
    }

    public SchemaBuilder AddDocument(DocumentNode document)
    {
        _definitions.AddRange(document.Definitions);
        return this;
    }

    // ---- Resolvers

    /// <summary>Binds a resolver to <c>type.field</c> (an object type's field; an interface's field binds all its implementations that have no own resolver).</summary>
    public SchemaBuilder Bind(string typeName, string fieldName, FieldResolver resolver)
    {
        _bindings.Add(state => state.BindField(typeName, fieldName, resolver));
        return this;
    }

    /// <summary>
    /// Declares the most items the list field <c>type.field</c> returns, so the cost analysis weighs it by its real
    /// bound (see <see cref="FieldDefinition.ListSize"/>).
    /// </summary>
    /// <param name="sizedBy">A list argument of the field whose length bounds the list when a request gives it
    /// (see <see cref="FieldDefinition.ListSizeArgument"/>).</param>
    public SchemaBuilder ListSize(string typeName, string fieldName, int size, string? sizedBy = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(size);
        _bindings.Add(state => state.SetListSize(typeName, fieldName, size, sizedBy));
        return this;
    }

    /// <summary>Binds a synchronous resolver.</summary>
    public SchemaBuilder Bind(string typeName, string fieldName, Func<IResolverContext, object?> resolver) =>
        Bind(typeName, fieldName, context => new ValueTask<object?>(resolver(context)));

    /// <summary>Binds an asynchronous resolver.</summary>
    /// <remarks>
    /// The wrappers below await without <c>ConfigureAwait(false)</c> on purpose: the continuation must run on the
    /// executor's loop so that the fields it completes queue their DataLoader keys in the same batch.
    /// </remarks>
    public SchemaBuilder BindAsync<TResult>(string typeName, string fieldName, Func<IResolverContext, Task<TResult>> resolver) =>
        Bind(typeName, fieldName, async context => (object?)await resolver(context));

    /// <summary>
    /// Binds a resolver that reads its typed parent, e.g. <c>.Bind&lt;StateDto&gt;("State", "code", (state, ctx) =&gt; state.Iso3)</c>.
    /// A parent of another CLR type becomes a field error naming both types.
    /// </summary>
    public SchemaBuilder Bind<TParent>(string typeName, string fieldName, Func<TParent, IResolverContext, object?> resolver) =>
        Bind(typeName, fieldName, context => new ValueTask<object?>(resolver(ParentAs<TParent>(context, typeName, fieldName), context)));

    /// <summary>Binds an asynchronous resolver that reads its typed parent.</summary>
    public SchemaBuilder BindAsync<TParent, TResult>(string typeName, string fieldName, Func<TParent, IResolverContext, Task<TResult>> resolver) =>
        Bind(typeName, fieldName, async context =>
            (object?)await resolver(ParentAs<TParent>(context, typeName, fieldName), context));

    private static TParent ParentAs<TParent>(IResolverContext context, string typeName, string fieldName) =>
        context.Parent is TParent parent
            ? parent
            : throw new InvalidOperationException(
                $"The resolver of \"{typeName}.{fieldName}\" expects a parent of type {typeof(TParent).Name} but got " +
                $"{(context.Parent is null ? "null" : context.Parent.GetType().Name)}.");

    /// <summary>Configures one type fluently: <c>builder.Type("State", t =&gt; t.Field("name", ...).IsTypeOf(...))</c>.</summary>
    public SchemaBuilder Type(string typeName, Action<TypeBinder> configure)
    {
        configure(new TypeBinder(this, typeName));
        return this;
    }

    /// <summary>A fluent binder for one type (call <see cref="TypeBinder.Builder"/> to continue with the schema).</summary>
    public TypeBinder Type(string typeName) => new(this, typeName);

    /// <summary>
    /// Maps an object or interface type to a CLR type: a value of the object type must then be a <typeparamref name="T"/>
    /// (checked through <see cref="NamedType.RuntimeType"/> unless an <c>IsTypeOf</c> is set),
    /// and with <see cref="ResolverRequirement.AllFields"/> fields with a matching property need no resolver.
    /// For an enum type, maps the values to <typeparamref name="T"/>'s members (see <see cref="BindEnum{TEnum}"/>).
    /// </summary>
    public SchemaBuilder BindType<T>(string? typeName = null)
    {
        var name = typeName ?? typeof(T).Name;
        _bindings.Add(state => state.BindClrType(name, typeof(T)));
        return this;
    }

    /// <summary>
    /// Maps an enum type's values to a .NET enum's members, matching names ignoring case and underscores
    /// (<c>DIALOGUE_PARTNER</c> ↔ <c>DialoguePartner</c>); every GraphQL value must find a member.
    /// </summary>
    public SchemaBuilder BindEnum<TEnum>(string? typeName = null) where TEnum : struct, Enum =>
        BindType<TEnum>(typeName);

    /// <summary>Maps one enum value to a runtime value.</summary>
    public SchemaBuilder BindEnumValue(string enumTypeName, string valueName, object value)
    {
        _bindings.Add(state => state.BindEnumValue(enumTypeName, valueName, value));
        return this;
    }

    /// <summary>Binds a custom scalar's coercion; functions left null keep the pass-through defaults.</summary>
    public SchemaBuilder BindScalar(string scalarName, ScalarSerializer? serialize = null, ScalarValueParser? parseValue = null,
        ScalarLiteralParser? parseLiteral = null)
    {
        _bindings.Add(state => state.BindScalar(scalarName, serialize, parseValue, parseLiteral));
        return this;
    }

    public SchemaBuilder IsTypeOf(string objectTypeName, IsTypeOf isTypeOf)
    {
        _bindings.Add(state => state.BindIsTypeOf(objectTypeName, isTypeOf));
        return this;
    }

    public SchemaBuilder ResolveType(string abstractTypeName, ResolveAbstractType resolveType)
    {
        _bindings.Add(state => state.BindResolveType(abstractTypeName, resolveType));
        return this;
    }

    /// <summary>Marks a field (or, with a null field name, every field of a type) as needing an explicit resolver.</summary>
    public SchemaBuilder RequireResolver(string typeName, string? fieldName = null)
    {
        _requiredResolvers.Add((typeName, fieldName));
        return this;
    }

    // ---- Build

    /// <summary>Builds the schema, or throws <see cref="SchemaBuildException"/> with every problem found.</summary>
    public Schema Build(ResolverRequirement requireResolvers = ResolverRequirement.Marked)
    {
        if (_syntaxProblems.Count > 0) throw new SchemaBuildException([.. _syntaxProblems]);

        var document = new DocumentNode(_definitions);
        var problems = new List<GraphQLError>();
        foreach (var definition in _definitions.OfType<ExecutableDefinitionNode>())
            problems.Add(GraphQLError.At($"A schema document may only contain type-system definitions; found a {definition.Kind}.", definition));
        problems.AddRange(SdlValidator.Validate(document));
        if (problems.Count > 0) throw new SchemaBuildException(problems);

        var state = new BuildState(_definitions, problems);
        state.CreateTypes();
        foreach (var binding in _bindings) binding(state);

        Schema schema;
        try
        {
            schema = state.CreateSchema();
        }
        catch (ArgumentException e)
        {
            problems.Add(new GraphQLError(e.Message));
            throw new SchemaBuildException(problems);
        }
        problems.AddRange(SchemaValidator.ValidateDirectivesAndTypes(schema));
        state.CheckResolvers(schema, requireResolvers, _requiredResolvers);
        if (problems.Count > 0) throw new SchemaBuildException(problems);
        return schema;
    }

    /// <summary>Fluent bindings for one type.</summary>
    public sealed class TypeBinder
    {
        private readonly SchemaBuilder _builder;
        private readonly string _typeName;

        internal TypeBinder(SchemaBuilder builder, string typeName)
        {
            _builder = builder;
            _typeName = typeName;
        }

        /// <summary>Back to the schema builder.</summary>
        public SchemaBuilder Builder => _builder;

        public TypeBinder Field(string fieldName, FieldResolver resolver)
        {
            _builder.Bind(_typeName, fieldName, resolver);
            return this;
        }

        public TypeBinder Field(string fieldName, Func<IResolverContext, object?> resolver)
        {
            _builder.Bind(_typeName, fieldName, resolver);
            return this;
        }

        public TypeBinder IsTypeOf(IsTypeOf isTypeOf)
        {
            _builder.IsTypeOf(_typeName, isTypeOf);
            return this;
        }

        public TypeBinder ResolveType(ResolveAbstractType resolveType)
        {
            _builder.ResolveType(_typeName, resolveType);
            return this;
        }
    }

    /// <summary>The types of one build, and the problems found while building and binding them.</summary>
    private sealed class BuildState(IReadOnlyList<DefinitionNode> definitions, List<GraphQLError> problems)
    {
        private readonly Dictionary<string, NamedType> _types = new(StringComparer.Ordinal);
        private readonly List<NamedType> _typeOrder = [];
        private readonly Dictionary<string, List<TypeExtensionNode>> _extensions = new(StringComparer.Ordinal);
        private readonly List<DirectiveDefinition> _directives = [];
        private readonly Dictionary<NamedType, Type> _clrTypes = new(ReferenceEqualityComparer.Instance);

        private static readonly Dictionary<string, ScalarType> StandardScalars =
            BuiltInScalars.All.ToDictionary(s => s.Name, StringComparer.Ordinal);

        public void CreateTypes()
        {
            foreach (var extension in definitions.OfType<TypeExtensionNode>())
            {
                if (!_extensions.TryGetValue(extension.Name.Value, out var list)) _extensions[extension.Name.Value] = list = [];
                list.Add(extension);
            }

            foreach (var definition in definitions.OfType<TypeDefinitionNode>())
            {
                var name = definition.Name.Value;
                if (_types.ContainsKey(name)) continue;
                // As graphql-js: a definition of a standard type (String, __Type, ...) keeps the built-in one.
                NamedType type = StandardScalars.TryGetValue(name, out var standard) ? standard
                    : IntrospectionTypes().FirstOrDefault(t => t.Name == name) ?? CreateShell(definition);
                _types[name] = type;
                _typeOrder.Add(type);
            }

            foreach (var type in _typeOrder)
            {
                if (type is ScalarType { IsSpecified: true } || type.IsFrozen) continue;
                foreach (var extension in _extensions.GetValueOrDefault(type.Name) ?? []) type.AddExtension(extension);
                Fill(type);
            }

            foreach (var definition in definitions.OfType<DirectiveDefinitionNode>())
            {
                _directives.Add(new DirectiveDefinition(definition.Name.Value,
                    definition.Locations.Select(l => DirectiveLocations.TryParse(l.Value, out var location) ? location : DirectiveLocation.Query),
                    definition.Description?.Value,
                    definition.Arguments.Select(BuildInputValue).ToList(),
                    definition.Repeatable) { Definition = definition });
            }
        }

        private static NamedType CreateShell(TypeDefinitionNode definition)
        {
            var name = definition.Name.Value;
            var description = definition.Description?.Value;
            NamedType type = definition switch
            {
                ObjectTypeDefinitionNode => new ObjectType(name, description),
                InterfaceTypeDefinitionNode => new InterfaceType(name, description),
                UnionTypeDefinitionNode => new UnionType(name, description),
                EnumTypeDefinitionNode => new EnumType(name, description),
                InputObjectTypeDefinitionNode => new InputObjectType(name, description),
                _ => new ScalarType(name, description),
            };
            type.Definition = definition;
            return type;
        }

        private void Fill(NamedType type)
        {
            var extensions = type.Extensions;
            switch (type)
            {
                case ComplexOutputType complex:
                {
                    var (interfaces, fields) = complex.Definition switch
                    {
                        ObjectTypeDefinitionNode d => (d.Interfaces, d.Fields),
                        InterfaceTypeDefinitionNode d => (d.Interfaces, d.Fields),
                        _ => ((IReadOnlyList<NamedTypeNode>)[], (IReadOnlyList<FieldDefinitionNode>)[]),
                    };
                    var allInterfaces = interfaces.Concat(extensions.SelectMany(e => e switch
                    {
                        ObjectTypeExtensionNode o => o.Interfaces,
                        InterfaceTypeExtensionNode i => i.Interfaces,
                        _ => [],
                    }));
                    var allFields = fields.Concat(extensions.SelectMany(e => e switch
                    {
                        ObjectTypeExtensionNode o => o.Fields,
                        InterfaceTypeExtensionNode i => i.Fields,
                        _ => [],
                    }));
                    foreach (var reference in allInterfaces)
                    {
                        var implemented = Lookup(reference);
                        if (implemented is null) continue;
                        complex.DeclaredInterfaces.Add(implemented);
                        if (implemented is InterfaceType iface) complex.AddInterface(iface);
                    }
                    foreach (var fieldNode in allFields)
                    {
                        complex.AddField(new FieldDefinition(fieldNode.Name.Value, TypeOf(fieldNode.Type), fieldNode.Description?.Value,
                            fieldNode.Arguments.Select(BuildInputValue).ToList(), DeprecationReason(fieldNode.Directives))
                        { Definition = fieldNode });
                    }
                    break;
                }
                case UnionType union:
                {
                    var members = ((UnionTypeDefinitionNode)union.Definition!).Types
                        .Concat(extensions.OfType<UnionTypeExtensionNode>().SelectMany(e => e.Types));
                    foreach (var reference in members)
                    {
                        var member = Lookup(reference);
                        if (member is null) continue;
                        union.DeclaredTypes.Add(member);
                        if (member is ObjectType obj) union.AddType(obj);
                    }
                    break;
                }
                case EnumType enumType:
                {
                    var values = ((EnumTypeDefinitionNode)enumType.Definition!).Values
                        .Concat(extensions.OfType<EnumTypeExtensionNode>().SelectMany(e => e.Values));
                    foreach (var valueNode in values)
                        enumType.AddValue(new EnumValueDefinition(valueNode.Name.Value, null, valueNode.Description?.Value,
                            DeprecationReason(valueNode.Directives)) { Definition = valueNode });
                    break;
                }
                case InputObjectType input:
                {
                    var definition = (InputObjectTypeDefinitionNode)input.Definition!;
                    var fields = definition.Fields.Concat(extensions.OfType<InputObjectTypeExtensionNode>().SelectMany(e => e.Fields));
                    foreach (var fieldNode in fields) input.AddField(BuildInputValue(fieldNode));
                    input.IsOneOf = definition.Directives.Any(d => d.Name.Value == "oneOf");
                    break;
                }
                case ScalarType scalar:
                    scalar.SpecifiedByUrl = SpecifiedByUrl(scalar.Definition?.Directives ?? []);
                    break;
            }
        }

        private NamedType? Lookup(NamedTypeNode reference)
        {
            var name = reference.Name.Value;
            if (_types.TryGetValue(name, out var type)) return type;
            if (StandardScalars.TryGetValue(name, out var scalar)) return scalar;
            return IntrospectionTypes().FirstOrDefault(t => t.Name == name);
        }

        private static IEnumerable<NamedType> IntrospectionTypes() => ScoGraph.GraphQL.Introspection.IntrospectionTypes.All;

        private IGraphQLType TypeOf(TypeNode node) => node switch
        {
            NamedTypeNode named => Lookup(named) ?? ScalarType.String, // unknown names were reported by the SDL rules
            ListTypeNode list => new ListType(TypeOf(list.Type)),
            NonNullTypeNode nonNull => new NonNullType(TypeOf(nonNull.Type)),
            _ => throw new ArgumentOutOfRangeException(nameof(node)),
        };

        private InputValueDefinition BuildInputValue(InputValueDefinitionNode node) =>
            new(node.Name.Value, TypeOf(node.Type), node.Description?.Value, node.DefaultValue, DeprecationReason(node.Directives))
            { Definition = node };

        /// <summary>graphql-js: the coerced <c>reason</c> of <c>@deprecated</c> (its default when omitted; an explicit null means not deprecated).</summary>
        private string? DeprecationReason(IReadOnlyList<DirectiveNode> directives)
        {
            var deprecated = directives.FirstOrDefault(d => d.Name.Value == "deprecated");
            if (deprecated is null) return null;
            var reason = deprecated.Arguments.FirstOrDefault(a => a.Name.Value == "reason");
            switch (reason?.Value)
            {
                case null: return BuiltInDirectives.DefaultDeprecationReason;
                case StringValueNode s: return s.Value;
                case NullValueNode: return null;
                default:
                    problems.Add(GraphQLError.At(
                        $"Argument \"@deprecated(reason:)\" has invalid value {ValueLiteralPrinter.Print(reason.Value)}.", reason.Value));
                    return null;
            }
        }

        private string? SpecifiedByUrl(IReadOnlyList<DirectiveNode> directives)
        {
            var specifiedBy = directives.FirstOrDefault(d => d.Name.Value == "specifiedBy");
            var url = specifiedBy?.Arguments.FirstOrDefault(a => a.Name.Value == "url");
            if (url is null) return null;
            if (url.Value is StringValueNode s) return s.Value;
            problems.Add(GraphQLError.At(
                $"Argument \"@specifiedBy(url:)\" has invalid value {ValueLiteralPrinter.Print(url.Value)}.", url.Value));
            return null;
        }

        public Schema CreateSchema()
        {
            var schemaDefinition = definitions.OfType<SchemaDefinitionNode>().FirstOrDefault();
            var schemaExtensions = definitions.OfType<SchemaExtensionNode>().ToList();
            var roots = new Dictionary<OperationType, (NamedType Type, SyntaxNode Node)>();
            var operationTypes = (schemaDefinition?.OperationTypes ?? []).Concat(schemaExtensions.SelectMany(e => e.OperationTypes));
            foreach (var operationType in operationTypes)
                if (Lookup(operationType.Type) is { } type) roots[operationType.Operation] = (type, operationType.Type);
            if (schemaDefinition is null)
            {
                foreach (var type in _typeOrder)
                {
                    if (type.Name == "Query") roots[OperationType.Query] = (type, type.Definition!);
                    else if (type.Name == "Mutation") roots[OperationType.Mutation] = (type, type.Definition!);
                    else if (type.Name == "Subscription") roots[OperationType.Subscription] = (type, type.Definition!);
                }
            }

            ObjectType? Root(OperationType operation)
            {
                if (!roots.TryGetValue(operation, out var root)) return null;
                if (root.Type is ObjectType obj) return obj;
                var label = operation switch
                {
                    OperationType.Query => "Query root type must be Object type, it cannot be",
                    OperationType.Mutation => "Mutation root type must be Object type if provided, it cannot be",
                    _ => "Subscription root type must be Object type if provided, it cannot be",
                };
                problems.Add(GraphQLError.At($"{label} {root.Type.Name}.", root.Node));
                return null;
            }

            var query = Root(OperationType.Query);
            var mutation = Root(OperationType.Mutation);
            var subscription = Root(OperationType.Subscription);
            if (query is null && !roots.ContainsKey(OperationType.Query))
                problems.Add(GraphQLError.At("Query root type must be provided.", schemaDefinition));

            var directives = _directives.Concat(BuiltInDirectives.All.Where(s => _directives.All(d => d.Name != s.Name)));
            return new Schema(query, mutation, subscription, _typeOrder, directives,
                schemaDefinition?.Description?.Value, schemaDefinition, schemaExtensions);
        }

        // ---- Bindings

        private NamedType? FindType(string typeName, string what)
        {
            if (_types.TryGetValue(typeName, out var type)) return type;
            problems.Add(new GraphQLError($"Cannot bind {what}: the schema has no type \"{typeName}\"." +
                Suggestions.DidYouMean(Suggestions.List(typeName, _types.Keys))));
            return null;
        }

        public void SetListSize(string typeName, string fieldName, int size, string? sizedBy)
        {
            if (FindType(typeName, $"a list size to \"{typeName}.{fieldName}\"") is ComplexOutputType complex && complex.GetField(fieldName) is { } field)
            {
                if (field.Type.GetNullableType() is not ListType)
                {
                    problems.Add(new GraphQLError($"Cannot set a list size on \"{typeName}.{fieldName}\": it is not a list."));
                    return;
                }
                if (sizedBy is not null && field.Arguments.FirstOrDefault(a => a.Name == sizedBy)?.Type.GetNullableType() is not ListType)
                {
                    problems.Add(new GraphQLError($"Cannot size \"{typeName}.{fieldName}\" by \"{sizedBy}\": it has no list argument of that name."));
                    return;
                }
                field.ListSize = size;
                field.ListSizeArgument = sizedBy;
            }
            else
            {
                problems.Add(new GraphQLError($"Cannot set a list size on \"{typeName}.{fieldName}\": no such field."));
            }
        }

        public void BindField(string typeName, string fieldName, FieldResolver resolver)
        {
            var what = $"a resolver to \"{typeName}.{fieldName}\"";
            switch (FindType(typeName, what))
            {
                case null: return;
                case ComplexOutputType complex when complex.GetField(fieldName) is { } field:
                    field.Resolver = resolver;
                    if (complex is InterfaceType iface)
                    {
                        // An interface's resolver serves every implementation that has none of its own.
                        foreach (var obj in _typeOrder.OfType<ObjectType>().Where(o => o.Implements(iface)))
                            if (obj.GetField(fieldName) is { Resolver: null } implementation) implementation.Resolver = resolver;
                    }
                    return;
                case ComplexOutputType complex:
                    problems.Add(new GraphQLError($"Cannot bind {what}: the type \"{typeName}\" has no field \"{fieldName}\"." +
                        Suggestions.DidYouMean(Suggestions.List(fieldName, complex.Fields.Select(f => f.Name)))));
                    return;
                case var other:
                    problems.Add(new GraphQLError($"Cannot bind {what}: \"{typeName}\" is {Article(other)}, which has no fields to resolve."));
                    return;
            }
        }

        private static string Article(NamedType type) => type.Kind switch
        {
            TypeKind.Scalar => "a scalar type",
            TypeKind.Union => "a union type",
            TypeKind.Enum => "an enum type",
            TypeKind.InputObject => "an input object type",
            TypeKind.Interface => "an interface type",
            _ => "an object type",
        };

        public void BindClrType(string typeName, Type clrType)
        {
            var type = FindType(typeName, $"the CLR type {clrType.Name} to \"{typeName}\"");
            switch (type)
            {
                case null: return;
                case EnumType enumType when clrType.IsEnum:
                    BindEnumMembers(enumType, clrType);
                    break;
                case ObjectType or InterfaceType:
                    break;
                default:
                    problems.Add(new GraphQLError(
                        $"Cannot bind the CLR type {clrType.Name} to \"{typeName}\": \"{typeName}\" is {Article(type)}" +
                        (type is EnumType ? $" and {clrType.Name} is not a .NET enum." : "; only object, interface and enum types map to CLR types.")));
                    return;
            }
            type.RuntimeType = clrType;
            _clrTypes[type] = clrType;
        }

        private void BindEnumMembers(EnumType enumType, Type clrEnum)
        {
            var members = new Dictionary<string, object>(StringComparer.Ordinal);
            foreach (var member in Enum.GetValues(clrEnum)) members.TryAdd(EnumType.Normalize(member.ToString()!), member);
            foreach (var value in enumType.Values)
            {
                if (members.TryGetValue(EnumType.Normalize(value.Name), out var member)) value.Value = member;
                else
                    problems.Add(new GraphQLError(
                        $"Cannot bind the enum type \"{enumType.Name}\" to {clrEnum.Name}: the value {value.Name} has no matching member " +
                        $"(members: {string.Join(", ", Enum.GetNames(clrEnum))})."));
            }
        }

        public void BindEnumValue(string enumTypeName, string valueName, object value)
        {
            var what = $"a value to \"{enumTypeName}.{valueName}\"";
            switch (FindType(enumTypeName, what))
            {
                case null: return;
                case EnumType enumType when enumType.GetValue(valueName) is { } enumValue:
                    enumValue.Value = value;
                    return;
                case EnumType enumType:
                    problems.Add(new GraphQLError($"Cannot bind {what}: the enum \"{enumTypeName}\" has no value \"{valueName}\"." +
                        Suggestions.DidYouMean(Suggestions.List(valueName, enumType.Values.Select(v => v.Name)))));
                    return;
                case var other:
                    problems.Add(new GraphQLError($"Cannot bind {what}: \"{enumTypeName}\" is {Article(other)}, not an enum type."));
                    return;
            }
        }

        public void BindScalar(string scalarName, ScalarSerializer? serialize, ScalarValueParser? parseValue, ScalarLiteralParser? parseLiteral)
        {
            var what = $"coercion to the scalar \"{scalarName}\"";
            if (StandardScalars.ContainsKey(scalarName))
            {
                problems.Add(new GraphQLError($"Cannot bind {what}: the built-in scalars cannot be changed."));
                return;
            }
            switch (FindType(scalarName, what))
            {
                case null: return;
                case ScalarType scalar:
                    scalar.SetCoercion(serialize, parseValue, parseLiteral);
                    return;
                case var other:
                    problems.Add(new GraphQLError($"Cannot bind {what}: \"{scalarName}\" is {Article(other)}, not a scalar type."));
                    return;
            }
        }

        public void BindIsTypeOf(string typeName, IsTypeOf isTypeOf)
        {
            var what = $"IsTypeOf to \"{typeName}\"";
            switch (FindType(typeName, what))
            {
                case null: return;
                case ObjectType obj: obj.IsTypeOf = isTypeOf; return;
                case var other:
                    problems.Add(new GraphQLError($"Cannot bind {what}: \"{typeName}\" is {Article(other)}, not an object type."));
                    return;
            }
        }

        public void BindResolveType(string typeName, ResolveAbstractType resolveType)
        {
            var what = $"ResolveType to \"{typeName}\"";
            switch (FindType(typeName, what))
            {
                case null: return;
                case InterfaceType iface: iface.ResolveType = resolveType; return;
                case UnionType union: union.ResolveType = resolveType; return;
                case var other:
                    problems.Add(new GraphQLError($"Cannot bind {what}: \"{typeName}\" is {Article(other)}, not an interface or union type."));
                    return;
            }
        }

        // ---- Resolver requirements

        public void CheckResolvers(Schema schema, ResolverRequirement requirement, IReadOnlyList<(string Type, string? Field)> marked)
        {
            var required = new List<(ComplexOutputType Type, FieldDefinition Field)>();
            foreach (var (typeName, fieldName) in marked)
            {
                var what = fieldName is null ? $"resolvers for \"{typeName}\"" : $"a resolver for \"{typeName}.{fieldName}\"";
                switch (schema.GetType(typeName))
                {
                    case null:
                        problems.Add(new GraphQLError($"Cannot require {what}: the schema has no type \"{typeName}\"." +
                            Suggestions.DidYouMean(Suggestions.List(typeName, _types.Keys))));
                        break;
                    case ObjectType obj when fieldName is null:
                        required.AddRange(obj.Fields.Select(f => ((ComplexOutputType)obj, f)));
                        break;
                    case ObjectType obj when obj.GetField(fieldName) is { } field:
                        required.Add((obj, field));
                        break;
                    case ObjectType obj:
                        problems.Add(new GraphQLError($"Cannot require {what}: the type \"{typeName}\" has no field \"{fieldName}\"." +
                            Suggestions.DidYouMean(Suggestions.List(fieldName, obj.Fields.Select(f => f.Name)))));
                        break;
                    case var other:
                        problems.Add(new GraphQLError($"Cannot require {what}: \"{typeName}\" is {Article(other)}; only object types resolve fields."));
                        break;
                }
            }

            if (requirement == ResolverRequirement.RootFields)
            {
                foreach (var root in new[] { schema.QueryType, schema.MutationType, schema.SubscriptionType })
                    if (root is not null) required.AddRange(root.Fields.Select(f => ((ComplexOutputType)root, f)));
            }
            else if (requirement == ResolverRequirement.AllFields)
            {
                foreach (var obj in _typeOrder.OfType<ObjectType>())
                    foreach (var field in obj.Fields)
                        if (!HasReadableMember(obj, field)) required.Add((obj, field));
            }

            var reported = new HashSet<FieldDefinition>(ReferenceEqualityComparer.Instance);
            foreach (var (type, field) in required)
            {
                if (field.Resolver is not null || !reported.Add(field)) continue;
                var hint = _clrTypes.TryGetValue(type, out var clr)
                    ? $" and {clr.Name} has no property \"{field.Name}\""
                    : "";
                problems.Add(GraphQLError.At(
                    $"Field \"{type.Name}.{field.Name}\" has no resolver{hint}; bind one with Bind(\"{type.Name}\", \"{field.Name}\", ...).",
                    field.Definition));
            }
        }

        private bool HasReadableMember(ObjectType type, FieldDefinition field)
        {
            if (!_clrTypes.TryGetValue(type, out var clr)) return false;
            if (typeof(System.Collections.IDictionary).IsAssignableFrom(clr) ||
                clr.GetInterfaces().Any(i => i.IsGenericType &&
                    (i.GetGenericTypeDefinition() == typeof(IDictionary<,>) || i.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>))))
                return true;
            return clr.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Any(p => p.GetIndexParameters().Length == 0 && string.Equals(p.Name, field.Name, StringComparison.OrdinalIgnoreCase));
        }
    }
}
