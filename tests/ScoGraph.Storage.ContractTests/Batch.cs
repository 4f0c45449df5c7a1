using ScoGraph.Domain.Model;
using ScoGraph.Domain.Ports;

namespace ScoGraph.Storage.ContractTests;

/// <summary>Short ways to build write batches in tests.</summary>
public static class Batch
{
    public static WriteBatch Upserting(params Entity[] entities) => new(entities.Select(e => (WriteItem)new Upsert(e)).ToArray());

    public static WriteBatch Of(params WriteItem[] items) => new(items);

    public static WriteBatch Retracting(string itemId, string reason) => new([new Retract(itemId, reason)]);
}
