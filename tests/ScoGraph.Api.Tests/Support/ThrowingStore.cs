using System.Reflection;
using ScoGraph.Domain.Ports;

namespace ScoGraph.Api.Tests.Support;

/// <summary>A store whose every call fails with the exception given: a store that is down, locked or broken.</summary>
public class ThrowingStore : DispatchProxy
{
    private Func<Exception> _failure = () => new InvalidOperationException("no failure configured");

    public static ITimelineStore Create(Func<Exception> failure)
    {
        var store = DispatchProxy.Create<ITimelineStore, ThrowingStore>();
        ((ThrowingStore)(object)store)._failure = failure;
        return store;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        if (targetMethod?.Name is nameof(IAsyncDisposable.DisposeAsync)) return ValueTask.CompletedTask;
        if (targetMethod?.Name is nameof(IDisposable.Dispose)) return null;
        throw _failure();
    }
}
