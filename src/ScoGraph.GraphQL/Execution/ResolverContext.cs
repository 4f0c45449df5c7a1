using ScoGraph.GraphQL.DataLoader;
using ScoGraph.GraphQL.Language.Ast;
using ScoGraph.GraphQL.Types;

namespace ScoGraph.GraphQL.Execution;

/// <summary>
/// The executor's <see cref="IResolverContext"/>: one small object per resolver call, everything else shared.
/// The response path is built only when someone needs it (an error, an await, a child object, the resolver).
/// </summary>
internal sealed class ResolverContext : IResolverContext
{
    private readonly OperationExecution _execution;
    private readonly CollectedField _field;
    private readonly ResponsePath? _parentPath;
    private readonly ResultMap? _map;
    private readonly int _slot;
    private ResponsePath? _path;

    public ResolverContext(OperationExecution execution, ObjectType parentType, CollectedField field, object? parent,
        IReadOnlyDictionary<string, object?> arguments, ResponsePath? parentPath, ResultMap map, int slot)
    {
        _execution = execution;
        _field = field;
        ParentType = parentType;
        Parent = parent;
        Arguments = arguments;
        _parentPath = parentPath;
        _map = map;
        _slot = slot;
    }

    public ResolverContext(OperationExecution execution, ObjectType parentType, CollectedField field, object? parent,
        IReadOnlyDictionary<string, object?> arguments, ResponsePath path)
    {
        _execution = execution;
        _field = field;
        ParentType = parentType;
        Parent = parent;
        Arguments = arguments;
        _path = path;
    }

    public object? Parent { get; }

    public IReadOnlyDictionary<string, object?> Arguments { get; }

    public T Argument<T>(string name) =>
        Arguments.TryGetValue(name, out var value) ? ArgumentConverter.Convert<T>(value) : default!;

    public bool HasArgument(string name) => Arguments.ContainsKey(name);

    public FieldDefinition Field => _field.Definition!;

    public ObjectType ParentType { get; }

    public IGraphQLType ReturnType => _field.Definition!.Type;

    public Schema Schema => _execution.Schema;

    public IServiceProvider Services => _execution.Services;

    public CancellationToken CancellationToken => _execution.CancellationToken;

    public ResponsePath Path =>
        _path ??= new ResponsePath(_parentPath, _field.ResponseKey, _slot, _map!, _field.Definition!.Type is not NonNullType);

    public FieldNode Selection => _field.First;

    public IReadOnlyList<FieldNode> FieldNodes => _field.Nodes;

    public OperationDefinitionNode Operation => _execution.Operation;

    public IReadOnlyDictionary<string, object?> Variables => _execution.Variables;

    public DataLoaderScope DataLoaders => _execution.DataLoaders;

    public T GetOrAddRequestState<T>(string key, Func<T> factory) where T : class => _execution.GetOrAddRequestState(key, factory);
}
