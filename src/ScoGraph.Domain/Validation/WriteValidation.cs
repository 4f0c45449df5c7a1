using ScoGraph.Domain.Indexing;
using ScoGraph.Domain.Model;
using ScoGraph.Domain.Ports;

namespace ScoGraph.Domain.Validation;

/// <summary>
/// Validates a write batch before it goes to the store (mutations, imports): every upserted entity with its
/// validator, against the ids the batch itself defines plus the ids the store knows; every retraction for a usable
/// target and a reason. Pure: the caller supplies what the store knows (see <see cref="WriteValidator"/>).
/// </summary>
public static class WriteValidation
{
    /// <summary>The ids the batch refers to but does not define: look these up in the store.</summary>
    public static IReadOnlySet<string> ExternalReferences(IEnumerable<WriteItem> items)
    {
        var list = items.ToList();
        var defined = list.OfType<Upsert>().Select(u => u.Entity.Id).ToHashSet(StringComparer.Ordinal);
        var referenced = new HashSet<string>(StringComparer.Ordinal);
        foreach (var upsert in list.OfType<Upsert>())
        {
            var entry = EntityIndexEntry.Of(upsert.Entity);
            referenced.UnionWith(entry.References);
            referenced.UnionWith(entry.SourceIds);
        }
        referenced.ExceptWith(defined);
        return referenced;
    }

    public static IReadOnlyList<WriteIssue> Validate(IReadOnlyList<WriteItem> items, IReadOnlyDictionary<string, EntityKind> storeKnown)
    {
        var known = new Dictionary<string, EntityKind>(storeKnown, StringComparer.Ordinal);
        foreach (var upsert in items.OfType<Upsert>()) known[upsert.Entity.Id] = upsert.Entity.Kind;
        var validator = new WriteItemValidator(new ReferenceCatalog(known));
        var issues = new List<WriteIssue>();
        for (var i = 0; i < items.Count; i++)
            issues.AddRange(validator.Check(items[i]).Select(issue => new WriteIssue(i, issue)));
        return issues;
    }
}
