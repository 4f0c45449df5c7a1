using System.Diagnostics;
using ScoGraph.Domain.Facts;
using ScoGraph.Domain.Model;
using ScoGraph.Domain.Ports;
using ScoGraph.Domain.Versions;

namespace ScoGraph.Api.Operations.Telemetry;

/// <summary>
/// The store as the API sees it: every call is a client span (<c>store {Call}</c>, with the call, the ids asked for
/// and the rows answered) and a latency measurement, whatever adapter is underneath. Only the port is used.
/// </summary>
public sealed class TracingTimelineStore(ITimelineStore inner, ScoGraphMetrics metrics) : ITimelineStore
{
    public ITimelineStore Inner => inner;

    public Task<IReadOnlyDictionary<string, Versioned<Entity>>> LoadEntitiesAsync(
        IReadOnlyCollection<string> ids, DateTimeOffset? knownAt, CancellationToken cancellationToken) =>
        TraceAsync("LoadEntities", ids.Count, null, () => inner.LoadEntitiesAsync(ids, knownAt, cancellationToken), r => r.Count);

    public Task<Page<Versioned<Entity>>> FindEntitiesAsync(EntityQuery query, CancellationToken cancellationToken) =>
        TraceAsync("FindEntities", null, query.Kind.ToString(), () => inner.FindEntitiesAsync(query, cancellationToken), r => r.Items.Count);

    public Task<IReadOnlyList<FactRecord>> LoadFactsAsync(FactQuery query, CancellationToken cancellationToken) =>
        TraceAsync("LoadFacts", query.Ids.Count, null, () => inner.LoadFactsAsync(query, cancellationToken), r => r.Count);

    public Task<IReadOnlyList<FactRecord>> FactsInRangeAsync(FactRangeQuery query, CancellationToken cancellationToken) =>
        TraceAsync("FactsInRange", null, null, () => inner.FactsInRangeAsync(query, cancellationToken), r => r.Count);

    public Task<IReadOnlyList<Versioned<MembershipChange>>> LoadMembershipChangesAsync(
        IReadOnlyCollection<string> organizationIds, DateTimeOffset? knownAt, CancellationToken cancellationToken) =>
        TraceAsync("LoadMembershipChanges", organizationIds.Count, null,
            () => inner.LoadMembershipChangesAsync(organizationIds, knownAt, cancellationToken), r => r.Count);

    public Task<WriteResult> WriteAsync(WriteBatch batch, CancellationToken cancellationToken) =>
        TraceAsync("Write", batch.Items.Count, null, () => inner.WriteAsync(batch, cancellationToken), r => r.Items.Count);

    public Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken) =>
        TraceAsync("Search", null, null, () => inner.SearchAsync(query, cancellationToken), r => r.Count);

    public Task<IReadOnlyList<Versioned<Entity>>> HistoryAsync(string itemId, CancellationToken cancellationToken) =>
        TraceAsync("History", 1, null, () => inner.HistoryAsync(itemId, cancellationToken), r => r.Count);

    public Task<IReadOnlyList<Conflict>> ListConflictsAsync(ConflictQuery query, CancellationToken cancellationToken) =>
        TraceAsync("ListConflicts", null, null, () => inner.ListConflictsAsync(query, cancellationToken), r => r.Count);

    private async Task<T> TraceAsync<T>(string call, int? ids, string? kind, Func<Task<T>> run, Func<T, int> rows)
    {
        using var activity = ScoGraphTelemetry.StoreSource.StartActivity("store " + call, ActivityKind.Client);
        if (activity is not null)
        {
            activity.SetTag(ScoGraphTelemetry.StoreCall, call);
            if (ids is { } count) activity.SetTag(ScoGraphTelemetry.StoreIds, count);
            if (kind is not null) activity.SetTag(ScoGraphTelemetry.EntityKind, kind);
        }
        var started = Stopwatch.GetTimestamp();
        try
        {
            var result = await run();
            metrics.StoreCallFinished(call, Stopwatch.GetElapsedTime(started), null);
            activity?.SetTag(ScoGraphTelemetry.StoreRows, rows(result));
            return result;
        }
        catch (Exception e)
        {
            var errorType = e.GetType().Name;
            metrics.StoreCallFinished(call, Stopwatch.GetElapsedTime(started), errorType);
            activity?.SetStatus(ActivityStatusCode.Error, e is OperationCanceledException ? "cancelled" : e.Message);
            activity?.SetTag(ScoGraphTelemetry.ErrorType, errorType);
            throw;
        }
    }
}
