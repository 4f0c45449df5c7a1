namespace ScoGraph.GraphQL.Execution;

/// <summary>Sends continuations of resolvers' awaits back to the <see cref="ExecutionLoop"/> they started on.</summary>
internal sealed class ExecutionSynchronizationContext(ExecutionLoop loop) : SynchronizationContext
{
    public override void Post(SendOrPostCallback d, object? state) => loop.Post(d, state);

    // Blocking until the loop runs the callback could deadlock the loop itself; run it here instead.
    public override void Send(SendOrPostCallback d, object? state) => d(state);

    public override SynchronizationContext CreateCopy() => this;
}
