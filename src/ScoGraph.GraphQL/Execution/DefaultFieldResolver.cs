using ScoGraph.GraphQL.Types;

namespace ScoGraph.GraphQL.Execution;

/// <summary>
/// What a field without a bound resolver answers (graphql-js defaultFieldResolver, .NET style): the parent's
/// dictionary entry or public property of the field's name (case-insensitive), null when there is none. Like
/// graphql-js, a value that is itself a resolver function is called with the field's context.
/// </summary>
public static class DefaultFieldResolver
{
    /// <summary>Reads the field from <paramref name="parent"/> without caching (the executor caches per field).</summary>
    public static object? Read(object? parent, string fieldName)
    {
        switch (parent)
        {
            case null: return null;
            case IReadOnlyDictionary<string, object?> map: return map.TryGetValue(fieldName, out var value) ? value : null;
            case IDictionary<string, object?> dictionary: return dictionary.TryGetValue(fieldName, out var entry) ? entry : null;
            default: return PropertyAccessors.Get(parent.GetType(), fieldName)?.Invoke(parent);
        }
    }

    /// <summary>The default resolver as a <see cref="FieldResolver"/>, for code that wants to wrap it.</summary>
    public static ValueTask<object?> Resolve(IResolverContext context) =>
        Invoke(Read(context.Parent, context.Field.Name), context);

    /// <summary>Calls a function-valued property as a resolver; any other value is the field's value.</summary>
    internal static ValueTask<object?> Invoke(object? value, IResolverContext context) => value switch
    {
        FieldResolver resolver => resolver(context),
        Func<IResolverContext, ValueTask<object?>> asyncFunction => asyncFunction(context),
        Func<IResolverContext, Task<object?>> taskFunction => new ValueTask<object?>(taskFunction(context)),
        Func<IResolverContext, object?> function => new ValueTask<object?>(function(context)),
        Task task => AwaitTask(task),
        IAsyncEnumerable<object?> stream => ReadAll(stream, context.CancellationToken),
        _ => new ValueTask<object?>(value),
    };

    /// <summary>A task-valued property (e.g. <c>Task&lt;T&gt;</c>) resolves to its result, as graphql-js awaits a promise.</summary>
    /// <summary>The value a task or async stream stands for (its result, or the list of its items).</summary>
    internal static ValueTask<object?> AwaitValue(object value, CancellationToken cancellationToken) => value switch
    {
        Task task => AwaitTask(task),
        IAsyncEnumerable<object?> stream => ReadAll(stream, cancellationToken),
        _ => new ValueTask<object?>(value),
    };

    private static async ValueTask<object?> ReadAll(IAsyncEnumerable<object?> stream, CancellationToken cancellationToken)
    {
        var items = new List<object?>();
        await foreach (var item in stream.WithCancellation(cancellationToken)) items.Add(item);
        return items;
    }

    internal static ValueTask<object?> AwaitTask(Task task)
    {
        if (!task.IsCompletedSuccessfully) return AwaitSlowly(task);
        return new ValueTask<object?>(ResultOf(task));
    }

    private static async ValueTask<object?> AwaitSlowly(Task task)
    {
        await task;
        return ResultOf(task);
    }

    private static object? ResultOf(Task task)
    {
        var type = task.GetType();
        // A plain Task is a Task<VoidTaskResult> at runtime: it has no value to give.
        return type.IsGenericType && type.GetGenericArguments()[0].Name != "VoidTaskResult"
            ? PropertyAccessors.Get(type, nameof(Task<object>.Result))?.Invoke(task)
            : null;
    }
}
