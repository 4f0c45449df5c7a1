using ScoGraph.Domain.Ports;

namespace ScoGraph.Cli.Stores;

/// <summary>An opened store and what to dispose when the command ends.</summary>
public sealed class OpenStore(ITimelineStore store, IAsyncDisposable? owner) : IAsyncDisposable
{
    public ITimelineStore Store { get; } = store;

    public ValueTask DisposeAsync() => owner?.DisposeAsync() ?? ValueTask.CompletedTask;
}
