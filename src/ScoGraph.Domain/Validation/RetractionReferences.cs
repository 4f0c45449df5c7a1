using ScoGraph.Domain.Indexing;
using ScoGraph.Domain.Ports;

namespace ScoGraph.Domain.Validation;

/// <summary>
/// The rule for retracting an entity others refer to: refused while current facts of other items (a tenure naming the
/// official, a meeting naming its host, a claim about it) still reference it, naming them, unless the same batch
/// retracts them too or rewrites them without the reference. Otherwise those facts would point at nothing and the
/// lists that follow them (office holders, participants) would fail. Sources are different: facts whose only source
/// is retracted simply lose that citation. Used by every write path (mutations and imports).
/// </summary>
public static class RetractionReferences
{
    /// <summary>How many referencing items a message names; the rest are counted.</summary>
    private const int Named = 5;

    public static async Task<IReadOnlyList<WriteIssue>> CheckAsync(ITimelineStore store, IReadOnlyList<WriteItem> items, CancellationToken cancellationToken)
    {
        var targets = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is Retract { ItemId: var id } && !id.StartsWith("claim:", StringComparison.Ordinal)) targets.TryAdd(id, i);
        }
        if (targets.Count == 0) return [];

        // A fact references an entity as its subject (a tenure's holdsPost names the official) or as its object.
        var ids = targets.Keys.ToArray();
        var outgoing = store.LoadFactsAsync(new FactQuery(ids, FactDirection.Outgoing), cancellationToken);
        var incoming = store.LoadFactsAsync(new FactQuery(ids, FactDirection.Incoming), cancellationToken);
        var facts = (await outgoing).Concat(await incoming);

        var goneInBatch = items.OfType<Retract>().Select(r => r.ItemId).ToHashSet(StringComparer.Ordinal);
        var rewritten = items.OfType<Upsert>().ToDictionary(u => u.Entity.Id, u => EntityIndexEntry.Of(u.Entity).References, StringComparer.Ordinal);

        var issues = new List<WriteIssue>();
        foreach (var (id, index) in targets)
        {
            var referrers = facts
                .Where(f => (f.Fact.Subject == id || f.Fact.Object == id) && f.Fact.ItemId != id && !goneInBatch.Contains(f.Fact.ItemId))
                .Where(f => !rewritten.TryGetValue(f.Fact.ItemId, out var references) || references.Contains(id))
                .Select(f => f.Fact.ItemId)
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal)
                .ToList();
            if (referrers.Count == 0) continue;
            var named = string.Join(", ", referrers.Take(Named).Select(r => $"\"{r}\""));
            var more = referrers.Count > Named ? $" and {referrers.Count - Named} more" : "";
            issues.Add(new WriteIssue(index, new ValidationIssue("target",
                $"\"{id}\" is still referenced by current facts of {named}{more}; retract or correct those first (or in the same batch).",
                ErrorCodes.StillReferenced, referrers[0])));
        }
        return issues;
    }
}
