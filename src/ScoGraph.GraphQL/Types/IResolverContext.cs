using ScoGraph.GraphQL.DataLoader;
using ScoGraph.GraphQL.Execution;
using ScoGraph.GraphQL.Language.Ast;

namespace ScoGraph.GraphQL.Types;

/// <summary>
/// What a <see cref="FieldResolver"/> sees of the field it resolves. The executor implements it, one per
/// field execution (a cheap object: keep it allocation-light). Everything here is read-only for resolvers.
/// </summary>
public interface IResolverContext
{
    /// <summary>The value of the parent object (the operation's root value for root fields).</summary>
    object? Parent { get; }

    /// <summary>
    /// The field's coerced arguments (spec 6.4.1 CoerceArgumentValues): an argument that was neither given
    /// nor has a default is absent; an explicit <c>null</c> is present with a null value. Input objects are
    /// <c>IReadOnlyDictionary&lt;string, object?&gt;</c>, lists are <c>IReadOnlyList&lt;object?&gt;</c>, enums are
    /// their <see cref="EnumValueDefinition.Value"/>, scalars their <see cref="ScalarType.ParseValue"/> result.
    /// </summary>
    IReadOnlyDictionary<string, object?> Arguments { get; }

    /// <summary>
    /// The argument converted to <typeparamref name="T"/> (numbers widened/narrowed, dictionaries mapped onto
    /// records by the executor's converter); <c>default</c> when absent.
    /// </summary>
    T Argument<T>(string name);

    /// <summary>True when the argument is present in <see cref="Arguments"/> (given, defaulted or explicit null).</summary>
    bool HasArgument(string name);

    /// <summary>The field's definition in the schema.</summary>
    FieldDefinition Field { get; }

    /// <summary>The object type the field is selected on (never an interface: abstract types are resolved first).</summary>
    ObjectType ParentType { get; }

    /// <summary>The declared return type of the field.</summary>
    IGraphQLType ReturnType => Field.Type;

    Schema Schema { get; }

    /// <summary>The request's services (scoped per request by the HTTP layer); an empty provider when none was given.</summary>
    IServiceProvider Services { get; }

    CancellationToken CancellationToken { get; }

    /// <summary>Where this field sits in the response (for error paths and logging).</summary>
    ResponsePath Path { get; }

    /// <summary>The first field node of the merged selection (the one errors point at).</summary>
    FieldNode Selection { get; }

    /// <summary>All field nodes merged into this field (same response key), in document order.</summary>
    IReadOnlyList<FieldNode> FieldNodes { get; }

    /// <summary>The operation being executed.</summary>
    OperationDefinitionNode Operation { get; }

    /// <summary>The operation's coerced variable values.</summary>
    IReadOnlyDictionary<string, object?> Variables { get; }

    /// <summary>The request's DataLoaders: one batch/cache per request, shared by every resolver of it.</summary>
    DataLoaderScope DataLoaders { get; }

    /// <summary>
    /// Per-request state shared by all resolvers of one request (created by <paramref name="factory"/> on first use),
    /// for caches and anything else that must live exactly as long as the request.
    /// </summary>
    T GetOrAddRequestState<T>(string key, Func<T> factory) where T : class;
}
