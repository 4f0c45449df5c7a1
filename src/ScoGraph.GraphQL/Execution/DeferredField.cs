using System.Runtime.CompilerServices;
using ScoGraph.GraphQL.Types;

namespace ScoGraph.GraphQL.Execution;

/// <summary>
/// A field whose resolver returned an unfinished task (or a list item that is one). When the task finishes (on whatever thread), the
/// field is posted back to the <see cref="ExecutionLoop"/>, which completes it like a synchronous one.
/// </summary>
internal sealed class DeferredField
{
    private static readonly SendOrPostCallback CompleteCallback = static state => ((DeferredField)state!).Complete();

    private readonly OperationExecution _execution;
    private readonly ObjectType _parentType;
    private readonly CollectedField _field;
    private readonly ResponsePath _path;
    private readonly ResolverContext _context;
    private readonly IGraphQLType _type;
    private readonly ValueTaskAwaiter<object?> _awaiter;

    private DeferredField(OperationExecution execution, ObjectType parentType, CollectedField field, ResponsePath path,
        ResolverContext context, IGraphQLType type, ValueTask<object?> task)
    {
        _execution = execution;
        _parentType = parentType;
        _field = field;
        _path = path;
        _context = context;
        _type = type;
        _awaiter = task.GetAwaiter();
    }

    /// <summary>Completes <paramref name="task"/>'s value as <paramref name="type"/> at <paramref name="path"/> once it is done.</summary>
    public static void Start(OperationExecution execution, ObjectType parentType, CollectedField field, ResponsePath path,
        ResolverContext context, IGraphQLType type, ValueTask<object?> task)
    {
        var deferred = new DeferredField(execution, parentType, field, path, context, type, task);
        // Registered while the loop's context is current, so the completion is posted straight to the loop
        // (or run inline when it happens there) instead of detouring through the thread pool, which would let
        // the loop go idle, dispatch data loaders early and split their batches.
        deferred._awaiter.UnsafeOnCompleted(deferred.Post);
    }

    private void Post() => _execution.Loop.Post(CompleteCallback, this);

    private void Complete()
    {
        if (_execution.IsFinished) return; // the execution was cancelled and has already answered
        object? result = null;
        Exception? failure = null;
        try
        {
            result = _awaiter.GetResult();
        }
        catch (Exception exception)
        {
            failure = exception;
        }
        _execution.CompleteDeferred(_parentType, _field, _path, _context, _type, result, failure);
    }
}
