using ScoGraph.GraphQL.DataLoader;
using ScoGraph.GraphQL.Diagnostics;
using ScoGraph.GraphQL.Language.Ast;
using ScoGraph.GraphQL.Types;

namespace ScoGraph.GraphQL.Execution;

/// <summary>
/// Executes one operation (spec 6.2-6.4) on the <see cref="ExecutionLoop"/> of its request.
/// Fields are executed depth-first and synchronously while resolvers answer synchronously (the order
/// graphql-js gives, and no task per field); a resolver that really awaits is parked as a
/// <see cref="DeferredField"/> and completed when the loop gets it back. Null propagation is by return
/// value (<see cref="Bubble"/>) for synchronous work and by walking the <see cref="ResponsePath"/> for
/// deferred work; either way an error is recorded where it stops, at the nearest nullable position,
/// and errors below a position already nulled are dropped, as graphql-js 16 does.
/// </summary>
internal sealed partial class OperationExecution
{
    private readonly List<GraphQLError> _errors = [];
    private HashSet<ResponsePath>? _nulledPositions;
    private bool _dataNulled;
    private int _outstanding;
    private readonly IExecutionDiagnosticEventListener? _diagnostics;
    private readonly IReadOnlyList<IErrorFilter> _errorFilters;
    private readonly bool _maskUnexpected;
    private readonly string? _requestId;

    public OperationExecution(ExecutionArgs args, OperationDefinitionNode operation,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments, IReadOnlyDictionary<string, object?> variables,
        CancellationToken cancellationToken)
    {
        Schema = args.Schema;
        Operation = operation;
        Fragments = fragments;
        Variables = variables;
        RootValue = args.RootValue;
        Services = args.Services ?? EmptyServiceProvider.Instance;
        CancellationToken = cancellationToken;
        Loop = new ExecutionLoop();
        DataLoaders = new DataLoaderScope(cancellationToken);
        _errorFilters = args.ErrorFilters;
        _maskUnexpected = args.MaskUnexpectedErrors;
        _requestId = args.RequestId;
        if (args.DiagnosticEvents is { } diagnostics)
        {
            _diagnostics = diagnostics;
            DiagnosticContext = args.DiagnosticContext ?? new RequestDiagnosticContext(
                new GraphQLRequest("", args.OperationName, args.Variables) { RequestId = args.RequestId }) { Operation = operation };
            DataLoaders.Diagnostics = (diagnostics, DiagnosticContext);
        }
        // Keys asked for on the loop are dispatched when it goes idle; keys asked for elsewhere must wake it.
        DataLoaders.KeysPending = () =>
        {
            if (!ReferenceEquals(SynchronizationContext.Current, Loop.Context)) Loop.Post(static _ => { }, null);
        };
    }

    public Schema Schema { get; }
    public OperationDefinitionNode Operation { get; }
    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }
    public IReadOnlyDictionary<string, object?> Variables { get; }
    public object? RootValue { get; }
    public IServiceProvider Services { get; }
    public CancellationToken CancellationToken { get; }
    public ExecutionLoop Loop { get; }
    public DataLoaderScope DataLoaders { get; }

    /// <summary>What diagnostic events are about; null when nobody listens.</summary>
    public RequestDiagnosticContext? DiagnosticContext { get; }

    private readonly Dictionary<string, object> _requestState = new(StringComparer.Ordinal);

    public T GetOrAddRequestState<T>(string key, Func<T> factory) where T : class
    {
        lock (_requestState)
        {
            if (_requestState.TryGetValue(key, out var existing))
            {
                return existing as T ?? throw new InvalidOperationException(
                    $"The request state \"{key}\" holds a {existing.GetType().Name}, not a {typeof(T).Name}.");
            }
            var created = factory();
            _requestState.Add(key, created);
            return created;
        }
    }

    /// <summary>True once the result is handed back; late completions must not touch it any more.</summary>
    public bool IsFinished => _finished;

    private volatile bool _finished;

    public async Task<ExecutionResult> RunAsync(ObjectType rootType)
    {
        try
        {
            return await RunCoreAsync(rootType).ConfigureAwait(false);
        }
        finally
        {
            _finished = true;
            Loop.Close();
        }
    }

    private async Task<ExecutionResult> RunCoreAsync(ObjectType rootType)
    {
        CollectedSelection rootFields;
        try
        {
            var collector = new FieldCollector(this, rootType);
            collector.Collect(Operation.SelectionSet);
            rootFields = collector.ToSelection();
        }
        catch (GraphQLErrorException error)
        {
            return new ExecutionResult(null, [error.Error]);
        }
        var data = new ResultMap(rootFields.Shape);

        if (Operation.Operation == OperationType.Mutation)
        {
            // Mutations run one root field at a time, each finished (sub-selections included) before the next.
            for (var slot = 0; slot < rootFields.Fields.Length; slot++)
            {
                Loop.RunInContext(static s => s.Execution.ExecuteRootField(s.Type, s.Field, s.Data, s.Slot),
                    (Execution: this, Type: rootType, Field: rootFields.Fields[slot], Data: data, Slot: slot));
                await DrainAsync().ConfigureAwait(false);
                if (_dataNulled) break;
            }
        }
        else
        {
            Loop.RunInContext(static s => s.Execution.ExecuteRootFields(s.Type, s.Fields, s.Data),
                (Execution: this, Type: rootType, Fields: rootFields, Data: data));
            await DrainAsync().ConfigureAwait(false);
        }

        CancellationToken.ThrowIfCancellationRequested();
        return new ExecutionResult(_dataNulled ? null : data, _errors.Count > 0 ? _errors : null);
    }

    private void ExecuteRootFields(ObjectType rootType, CollectedSelection fields, ResultMap data)
    {
        if (ExecuteFields(rootType, RootValue, fields, data, null) is Bubble bubble) NullData(bubble.Error);
    }

    private void ExecuteRootField(ObjectType rootType, CollectedField field, ResultMap data, int slot)
    {
        var value = ExecuteField(rootType, RootValue, field, data, slot, null);
        if (value is Bubble bubble) NullData(bubble.Error);
        else if (!ReferenceEquals(value, Deferred)) data.SetAt(slot, value);
    }

    /// <summary>Runs the loop until every deferred field is complete, dispatching data loaders whenever it goes idle.</summary>
    private async Task DrainAsync()
    {
        while (true)
        {
            CancellationToken.ThrowIfCancellationRequested();
            if (Loop.RunPending()) continue;
            if (FlushBubbles()) continue;
            if (_outstanding == 0) return;
            Loop.RunInContext(static loaders => loaders.DispatchPending(), DataLoaders);
            if (Loop.RunPending() || _outstanding == 0) continue;
            await Loop.WaitForWorkAsync(CancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Marker returned by <see cref="ExecuteField"/> for a field that will complete later.</summary>
    internal static readonly object Deferred = new();

    /// <summary>Executes the fields of one object into <paramref name="map"/>; a <see cref="Bubble"/> when a non-null field failed.</summary>
    private object? ExecuteFields(ObjectType type, object? source, CollectedSelection selection, ResultMap map, ResponsePath? path)
    {
        var fields = selection.Fields;
        for (var slot = 0; slot < fields.Length; slot++)
        {
            var value = ExecuteField(type, source, fields[slot], map, slot, path);
            if (value is Bubble) return value;
            if (!ReferenceEquals(value, Deferred)) map.SetAt(slot, value);
        }
        return map;
    }

    private object? ExecuteField(ObjectType parentType, object? source, CollectedField field, ResultMap map, int slot, ResponsePath? parentPath)
    {
        var definition = field.Definition!;
        if (field.IsTypeName) return parentType.Name; // __typename needs no resolver call
        var returnType = definition.Type;
        object? result;
        ResolverContext? context = null;

        if (definition.Resolver is null)
        {
            // The default resolver on a leaf is most of any response: read and serialize it without
            // allocating a path or a context unless something goes wrong.
            try
            {
                // Arguments are coerced (once per request) even when nothing reads them: a bad one is a field error.
                if (definition.Arguments.Count > 0) field.GetArguments(this);
                result = field.ReadDefault(source);
            }
            catch (Exception exception)
            {
                var failedAt = new ResponsePath(parentPath, field.ResponseKey, slot, map, returnType is not NonNullType);
                return HandleError(ToError(exception, field, failedAt), returnType, failedAt);
            }
            if (result is not (Delegate or Task or IAsyncEnumerable<object?>))
            {
                if (result is not null && field.LeafType is { } leaf)
                {
                    if (IsInResponseForm(leaf, result)) return result;
                    var serialized = SerializeLeaf(leaf, result);
                    if (serialized is not LeafFailure failed) return serialized;
                    var failedAt = new ResponsePath(parentPath, field.ResponseKey, slot, map, returnType is not NonNullType);
                    return HandleError(ToError(failed.Exception, field, failedAt), returnType, failedAt);
                }
                return CompleteAt(returnType, parentType, field,
                    new ResponsePath(parentPath, field.ResponseKey, slot, map, returnType is not NonNullType), result, null);
            }
        }

        try
        {
            var arguments = field.GetArguments(this);
            context = new ResolverContext(this, parentType, field, source, arguments, parentPath, map, slot);
            var resolving = definition.Resolver is { } resolver ? resolver(context) : DefaultFieldResolver.Invoke(field.ReadDefault(source), context);
            if (!resolving.IsCompleted)
            {
                _outstanding++;
                DeferredField.Start(this, parentType, field, context.Path, context, returnType, resolving);
                return Deferred;
            }
            result = resolving.Result; // rethrows a resolver's failure
            if (result is Task or IAsyncEnumerable<object?>)
            {
                // A resolver that hands back a task (e.g. a lambda returning repository.GetAsync()) means its result;
                // an async stream means the list of its items.
                var awaited = DefaultFieldResolver.AwaitValue(result, CancellationToken);
                if (!awaited.IsCompleted)
                {
                    _outstanding++;
                    DeferredField.Start(this, parentType, field, context.Path, context, returnType, awaited);
                    return Deferred;
                }
                result = awaited.Result;
            }
        }
        catch (Exception exception)
        {
            var failedAt = context?.Path ?? new ResponsePath(parentPath, field.ResponseKey, slot, map, returnType is not NonNullType);
            return HandleError(ToError(exception, field, failedAt), returnType, failedAt);
        }
        if (result is not null && field.LeafType is { } resolvedLeaf)
        {
            if (IsInResponseForm(resolvedLeaf, result)) return result;
            var serialized = SerializeLeaf(resolvedLeaf, result);
            if (serialized is not LeafFailure failed) return serialized;
            return HandleError(ToError(failed.Exception, field, context.Path), returnType, context.Path);
        }
        return CompleteAt(returnType, parentType, field, context.Path, result, context);
    }

    /// <summary>The field as the executor sees it: meta-fields included (__typename anywhere, __schema/__type on the query root).</summary>
    public FieldDefinition? GetFieldDefinition(ObjectType type, string name) => Schema.GetField(type, name);

    /// <summary>
    /// Completes a leaf result as <see cref="CompleteValue"/> would, calling its serializer once: the response value, or
    /// a <see cref="LeafFailure"/> with the exception CompleteValue would have thrown (a returned exception, the
    /// serializer's own, or the one for a null it returned), for the caller to report as the same field error.
    /// </summary>
    private static object SerializeLeaf(NamedType leaf, object value)
    {
        // graphql-js checks for a returned Error before serializing.
        if (value is Exception returned) return new LeafFailure(returned);
        object? serialized;
        try
        {
            serialized = leaf is ScalarType scalar ? scalar.Serialize(value) : ((EnumType)leaf).Serialize(value);
        }
        catch (Exception exception)
        {
            return new LeafFailure(exception);
        }
        return serialized ?? new LeafFailure(NullSerialization(leaf, value));
    }

    /// <summary>
    /// Built-in scalar values already in their response form (their serializers would return them as they are): the
    /// common case, answered without a serializer call or a failure check.
    /// </summary>
    private static bool IsInResponseForm(NamedType leaf, object value) => value switch
    {
        string => ReferenceEquals(leaf, ScalarType.String) || ReferenceEquals(leaf, ScalarType.ID),
        int => ReferenceEquals(leaf, ScalarType.Int),
        bool => ReferenceEquals(leaf, ScalarType.Boolean),
        double d => ReferenceEquals(leaf, ScalarType.Float) && double.IsFinite(d),
        _ => false,
    };

    /// <summary>What <see cref="SerializeLeaf"/> gives instead of a value; a private type no serializer can return.</summary>
    private sealed class LeafFailure(Exception exception)
    {
        public Exception Exception { get; } = exception;
    }
}
